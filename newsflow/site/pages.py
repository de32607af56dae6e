"""HTML, feeds, sitemaps and robots.txt of the sample site, rendered from ``content.Article``.

Article pages carry the chrome real news pages have around the body (navigation, date banner, photo
caption and credit, "Read also" and "See also" blocks, related links, comments and a reply form), so
the extractor downstream is tested against boilerplate, not a bare ``<p>`` list.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from email.utils import format_datetime
from html import escape

# Escapes text for output; nothing is parsed with it.
from xml.sax.saxutils import escape as xml_escape  # nosec B406

from newsflow.site.content import EPOCH, Article

SITE_NAME = "Newsflow Sample Times"
PAGE_SIZE = 10
SITEMAP_CHUNK = 500
FEED_SIZE = 50

ROBOTS_TXT = """User-agent: *
Disallow: /private/
Disallow: /search

Sitemap: {base}/sitemap_index.xml
"""

_NAV = """<header class="site-header">
<div class="date-banner">{banner}</div>
<a class="logo" href="/">{site}</a>
<nav class="main-nav"><ul>
<li><a href="/news">News</a></li><li><a href="/news?section=world">World</a></li>
<li><a href="/news?section=business">Business</a></li><li><a href="/news?section=sport">Sport</a></li>
<li><a href="/about.html">About us</a></li>
<li><a href="https://social.example.net/newsflow">Follow us</a></li>
</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"></form>
</header>"""

_FOOTER = """<footer class="site-footer">
<p>&copy; 2026 {site}. All rights reserved. Reproduction only with a link to the source.</p>
<p><a href="/about.html">Contacts</a> | <a href="/about.html#ads">Advertising</a> |
<a href="/feeds/rss.xml">RSS</a></p>
</footer>"""


def _page(title: str, head_extra: str, body: str, banner: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)} | {SITE_NAME}</title>\n{head_extra}\n</head>\n<body>\n"
        + _NAV.format(banner=escape(banner), site=SITE_NAME)
        + f"\n<main>\n{body}\n</main>\n"
        + _FOOTER.format(site=SITE_NAME)
        + "\n</body></html>\n"
    )


def _banner(when: datetime) -> str:
    return when.strftime("%A, %B %d %Y")


def article_html(article: Article, base: str, see_also: Sequence[Article]) -> str:
    """A full article page; ``see_also`` are headlines of other articles shown around the body."""
    url = base + article.path
    iso = article.published_at.isoformat()
    head = (
        f'<link rel="canonical" href="{escape(url)}">\n'
        f'<meta name="author" content="{escape(article.author)}">\n'
        f'<meta property="article:published_time" content="{iso}">\n'
        f'<meta property="og:title" content="{escape(article.title)}">\n'
        f'<meta property="og:url" content="{escape(url)}">\n'
        f'<meta name="description" content="{escape(article.paragraphs[0][:150])}">'
    )
    paragraphs = [f"<p>{escape(text)}</p>" for text in article.paragraphs]
    if see_also:
        first = see_also[0]
        paragraphs.insert(
            2,
            f'<p class="read-also"><strong>Read also:</strong> <a href="{first.path}">'
            f"{escape(first.title)}</a></p>",
        )
    headlines = "\n".join(f'<li><a href="{other.path}">{escape(other.title)}</a></li>' for other in see_also)
    body = f"""<div class="breadcrumbs"><a href="/">Home</a> / <a href="/news">News</a> /
{article.topic.title()}</div>
<article class="post">
<h1 class="entry-title">{escape(article.title)}</h1>
<div class="byline">By <span class="author">{escape(article.author)}</span> |
<time datetime="{iso}">{article.published_at.strftime("%d %b %Y %H:%M")}</time></div>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a>
<a href="#">Print</a></div>
<figure class="lead-photo"><img src="/img/{article.number}.jpg" alt="">
<figcaption>{escape(article.caption)} <span class="credit">{escape(article.credit)}</span></figcaption>
</figure>
<div class="entry-content">
{chr(10).join(paragraphs)}
</div>
<div class="tags">Tags: <a href="/news?tag={article.topic}">{article.topic}</a>
<a href="/news?tag=world">world</a></div>
</article>
<aside class="see-also"><h3>See also</h3><ul>
{headlines}
</ul></aside>
<section class="related-links"><h3>Related news</h3><ul>
<li><a href="/news">Latest news</a></li><li><a href="/news?section=world">More world news</a></li>
<li><a href="https://partner.example.org/world">Partner site: world digest</a></li></ul></section>
<section id="comments" class="comments"><h3>2 comments</h3>
<div class="comment"><b>Reader123</b> <span class="when">2 hours ago</span>
<p>Good to see this covered at last.</p></div>
<div class="comment"><b>anon</b> <span class="when">1 hour ago</span>
<p>Who will check that anyone keeps these promises?</p></div>
<div id="respond"><h3>Leave a Reply</h3>
<p>Your email address will not be published. Required fields are marked *</p>
<form action="/comment" method="post"><textarea name="comment"></textarea>
<input name="author" placeholder="Name *"><input name="email" placeholder="Email *">
<button>Post Comment</button></form></div></section>"""
    return _page(article.title, head, body, _banner(article.published_at))


def listing_html(articles: Sequence[Article], page: int, has_next: bool) -> str:
    """``/news?page=N``: newest first, with a ``rel=next`` link while older pages exist."""
    items = "\n".join(
        f'<li class="teaser"><a class="headline" href="{a.path}">{escape(a.title)}</a> '
        f'<span class="date">{a.published_at.strftime("%d %b %Y")}</span></li>'
        for a in articles
    )
    pager = []
    if page > 1:
        pager.append(f'<a rel="prev" href="/news?page={page - 1}">Newer</a>')
    if has_next:
        pager.append(f'<a rel="next" class="next" href="/news?page={page + 1}">Older</a>')
    body = (
        f'<h1>Latest news - page {page}</h1>\n<ul class="news-list">\n{items}\n</ul>\n'
        f'<div class="pager">{" ".join(pager)}</div>'
    )
    head = f'<link rel="next" href="/news?page={page + 1}">' if has_next else ""
    return _page(f"Latest news, page {page}", head, body, "Latest news")


def home_html(latest: Sequence[Article]) -> str:
    items = "\n".join(f'<li><a href="{a.path}">{escape(a.title)}</a></li>' for a in latest)
    body = f'<h1>{SITE_NAME}</h1>\n<ul class="top-stories">\n{items}\n</ul>\n<a href="/news">All news</a>'
    return _page("Home", "", body, "Today")


def rss_xml(articles: Sequence[Article], base: str) -> str:
    items = "\n".join(
        f"<item><title>{xml_escape(a.title)}</title><link>{xml_escape(base + a.path)}?utm_source=rss</link>"
        f'<guid isPermaLink="false">sample-{a.number}</guid>'
        f"<pubDate>{format_datetime(a.published_at, usegmt=True)}</pubDate>"
        f"<dc:creator>{xml_escape(a.author)}</dc:creator>"
        f"<description>{xml_escape(a.paragraphs[0])}</description></item>"
        for a in articles
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>{SITE_NAME}</title><link>{base}/</link><description>Latest news</description>\n"
        f"{items}\n</channel></rss>\n"
    )


def atom_xml(articles: Sequence[Article], base: str) -> str:
    updated = (articles[0].published_at if articles else EPOCH).isoformat()
    entries = "\n".join(
        f"<entry><title>{xml_escape(a.title)}</title>"
        f'<link rel="alternate" href="{xml_escape(base + a.path)}"/>'
        f"<id>tag:sample,2026:{a.number}</id><published>{a.published_at.isoformat()}</published>"
        f"<updated>{a.published_at.isoformat()}</updated><author><name>{xml_escape(a.author)}</name></author>"
        f"<summary>{xml_escape(a.paragraphs[0])}</summary></entry>"
        for a in articles
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{SITE_NAME}</title><id>{base}/</id><updated>{updated}</updated>"
        f'<link rel="self" href="{base}/feeds/atom.xml"/>\n{entries}\n</feed>\n'
    )


def news_sitemap_xml(articles: Sequence[Article], base: str) -> str:
    """A Google News sitemap (news namespace) of the latest articles."""
    urls = "\n".join(
        f"<url><loc>{xml_escape(base + a.path)}</loc><news:news><news:publication>"
        f"<news:name>{SITE_NAME}</news:name><news:language>en</news:language></news:publication>"
        f"<news:publication_date>{a.published_at.isoformat()}</news:publication_date>"
        f"<news:title>{xml_escape(a.title)}</news:title></news:news></url>"
        for a in articles
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
        f"{urls}\n</urlset>\n"
    )


def urlset_xml(articles: Sequence[Article], base: str) -> str:
    urls = "\n".join(
        f"<url><loc>{xml_escape(base + a.path)}</loc><lastmod>{a.published_at.isoformat()}</lastmod></url>"
        for a in articles
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>\n'
    )


def sitemap_index_xml(entries: Sequence[tuple[str, datetime]], base: str) -> str:
    items = "\n".join(
        f"<sitemap><loc>{xml_escape(base + path)}</loc><lastmod>{when.isoformat()}</lastmod></sitemap>"
        for path, when in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{items}\n</sitemapindex>\n'
    )
