"""Site shapes that break a registry entry rather than a page (served with ``faults=True``), each an
"outlet" under ``/shapes/<name>/`` with its own homepage, so discovery can be tested on one server:

- ``moved``: the configured feed answers 410; the feed now sits at the common path ``feed``.
- ``linked``: the configured feed answers 404; the new one is only linked from the homepage
  (``<link rel="alternate" type="application/rss+xml">``), at no common path.
- ``notfeed``: the configured feed URL answers an HTML page; the homepage links the real feed.
- ``stale``: the configured feed lists items from 2018; the homepage links a current one too.
- ``robots``: the configured feed answers 404; only robots.txt names the outlet's sitemap.
- ``record``: a sitemap index whose children include tag and author maps of one-segment non-article
  pages, like the articles' own one-segment paths (follow only ``sitemaps/page*``).
- ``vov``: a section listing whose articles are one or two section levels deep.
- ``offsite``: a feed listing an article that redirects to another domain.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from html import escape

from newsflow.site import pages
from newsflow.site.content import Article
from newsflow.site.faults import Reply

HTML = {"Content-Type": "text/html; charset=utf-8"}
XML = {"Content-Type": "application/xml; charset=utf-8"}
RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
STALE_DATE = datetime(2018, 3, 1, 9, tzinfo=UTC)
SUBSECTIONS = ("domestic", "diplomacy", "")  # "" = one level only

# Lines robots.txt gains when shapes are served.
ROBOTS_EXTRA = "Sitemap: {base}/shapes/robots/news-sitemap.xml\n"


def _homepage(name: str, feed_links: Sequence[str], latest: Sequence[Article]) -> bytes:
    head = "\n".join(
        f'<link rel="alternate" type="application/rss+xml" title="News" href="{href}">' for href in feed_links
    )
    items = "".join(f'<li><a href="{a.path}">{escape(a.title)}</a></li>' for a in latest[:5])
    body = f"<h1>Outlet {escape(name)}</h1><ul>{items}</ul>"
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(name)}</title>'
            f"{head}</head><body>{body}</body></html>").encode()


def _rss(items: Sequence[tuple[str, str, datetime]]) -> bytes:
    body = "".join(
        f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
        f"<pubDate>{when.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate></item>"
        for title, link, when in items
    )
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Shape</title>'
            f"<link>/</link><description>-</description>{body}</channel></rss>").encode()


def _urlset(urls: Sequence[tuple[str, datetime]]) -> bytes:
    body = "".join(f"<url><loc>{escape(u)}</loc><lastmod>{w.isoformat()}</lastmod></url>" for u, w in urls)
    return ('<?xml version="1.0" encoding="utf-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>').encode()


def record_path(article: Article) -> str:
    return f"/shapes/record/{article.slug}-{article.number}"


def vov_path(article: Article) -> str:
    sub = SUBSECTIONS[article.number % len(SUBSECTIONS)]
    return f"/shapes/vov/en/politics/{sub + '/' if sub else ''}{article.slug}-post{article.number}.vov"


def shape_reply(
    path: str, base: str, newest: Sequence[Article], article_bytes: Callable[[Article], bytes]
) -> Reply | None:
    """The reply for a ``/shapes/`` path, or None (then 404)."""
    fresh = [(a.title, base + a.path, a.published_at) for a in newest[: pages.FEED_SIZE]]
    by_record = {record_path(a): a for a in newest}
    by_vov = {vov_path(a): a for a in newest}
    if path in by_record:
        return Reply(200, HTML, article_bytes(by_record[path]))
    if path in by_vov:
        return Reply(200, HTML, article_bytes(by_vov[path]))
    routes: dict[str, Reply] = {
        "/shapes/moved/": Reply(200, HTML, _homepage("moved", [], newest)),
        "/shapes/moved/rss.xml": Reply(410, HTML, b"<h1>410 Gone</h1>"),
        "/shapes/moved/feed": Reply(200, RSS, _rss(fresh)),
        "/shapes/linked/": Reply(
            200, HTML, _homepage("linked", ["/shapes/linked/x/latest-headlines.xml"], newest)
        ),
        "/shapes/linked/x/latest-headlines.xml": Reply(200, RSS, _rss(fresh)),
        "/shapes/notfeed/": Reply(200, HTML, _homepage("notfeed", ["/shapes/notfeed/feeds/all.xml"], newest)),
        "/shapes/notfeed/rss": Reply(200, HTML, _homepage("notfeed", [], newest)),
        "/shapes/notfeed/feeds/all.xml": Reply(200, RSS, _rss(fresh)),
        "/shapes/stale/": Reply(
            200, HTML, _homepage("stale", ["/shapes/stale/feed.xml", "/shapes/stale/current.xml"], newest)
        ),
        "/shapes/stale/feed.xml": Reply(200, RSS, _rss([(t, u, STALE_DATE) for t, u, _w in fresh[:3]])),
        "/shapes/stale/current.xml": Reply(200, RSS, _rss(fresh)),
        "/shapes/robots/": Reply(200, HTML, _homepage("robots", [], newest)),
        "/shapes/robots/news-sitemap.xml": Reply(200, XML, _urlset([(u, w) for _t, u, w in fresh])),
        "/shapes/offsite/feed.xml": Reply(200, RSS, _rss([
            *fresh[:2], ("Moved away", base + "/shapes/offsite/story.html", newest[0].published_at)
        ])) if newest else Reply(404, HTML, b""),
        "/shapes/offsite/story.html": Reply(302, {"Location": "http://offsite.invalid/story.html"}, b""),
        "/shapes/vov/en/politics": Reply(200, HTML, _listing([vov_path(a) for a in newest[:12]])),
    }
    if path in routes:
        return routes[path]
    return _record(path, base, newest)


def _listing(paths: Sequence[str]) -> bytes:
    links = "".join(f'<li><a href="{p}">Story</a></li>' for p in paths)
    nav = '<a href="/shapes/vov/en/politics/domestic">Domestic</a><a href="/shapes/vov/en/about-us">About</a>'
    body = f"<body>{nav}<ul>{links}</ul></body>"
    return f"<!DOCTYPE html><html><head><title>Politics</title></head>{body}</html>".encode()


def _record(path: str, base: str, newest: Sequence[Article]) -> Reply | None:
    """The Record's shape: an index of page, tag and author maps; tags and authors are pages too."""
    now = newest[0].published_at if newest else STALE_DATE
    tags = [f"/shapes/record/{name}" for name in ("cybercrime", "nation-state", "privacy", "government")]
    authors = [f"/shapes/record/author-{k}" for k in range(3)]
    children = {"sitemaps/tags.xml": tags, "sitemaps/authors.xml": authors}
    if path == "/shapes/record/sitemap.xml":
        entries = [("/shapes/record/sitemaps/tags.xml", now), ("/shapes/record/sitemaps/authors.xml", now),
                   ("/shapes/record/sitemaps/page1.xml", now)]
        return Reply(200, XML, pages.sitemap_index_xml(entries, base).encode())
    if path == "/shapes/record/sitemaps/page1.xml":
        return Reply(200, XML, _urlset([(base + record_path(a), a.published_at) for a in newest[:10]]))
    for child, paths in children.items():
        if path == f"/shapes/record/{child}":
            return Reply(200, XML, _urlset([(base + p, now) for p in paths]))
    if path in tags or path in authors:
        return Reply(200, HTML, _homepage(path.rsplit("/", 1)[-1], [], newest))
    return None
