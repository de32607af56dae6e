"""The sample news site: pages with realistic chrome, feeds, sitemaps, listings, conditional GETs."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest
from defusedxml import ElementTree

from newsflow.site.content import make_article
from newsflow.site.server import running_site


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310 - loopback test site
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - loopback test site
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def test_article_page_has_body_and_chrome(news_site) -> None:
    url = news_site.article_urls()[0]
    status, headers, body = fetch(url)
    html = body.decode()
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    article = make_article(0)
    assert article.paragraphs[0].split(".")[0] in html
    assert f'<link rel="canonical" href="{url}">' in html
    assert 'property="article:published_time"' in html and article.author in html
    for chrome in (
        "Leave a Reply",
        "Required fields are marked *",
        "See also",
        "Related news",
        "figcaption",
        'class="credit"',
        "main-nav",
        "date-banner",
    ):
        assert chrome in html, chrome


def test_articles_are_deterministic_and_mixed() -> None:
    assert make_article(7) == make_article(7)
    topics = {make_article(i).topic for i in range(30)}
    assert {"cyber", "sport", "economy", "culture"} <= topics
    cyber = sum(make_article(i).topic == "cyber" for i in range(100))
    assert 30 <= cyber <= 50


def test_feeds_and_sitemaps_list_the_articles(news_site) -> None:
    urls = set(news_site.article_urls())
    _, _, rss = fetch(news_site.base_url + "/feeds/rss.xml")
    links = {item.findtext("link").split("?")[0] for item in ElementTree.fromstring(rss).iter("item")}
    assert links == urls
    _, _, atom = fetch(news_site.base_url + "/feeds/atom.xml")
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert len(ElementTree.fromstring(atom).findall("a:entry", ns)) == 30
    _, _, index = fetch(news_site.base_url + "/sitemap_index.xml")
    sm = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    children = [loc.text for loc in ElementTree.fromstring(index).iter(sm + "loc")]
    assert children[0].endswith("/sitemaps/news.xml") and children[1].endswith("/sitemaps/articles-1.xml")
    _, _, news = fetch(children[0])
    assert b"http://www.google.com/schemas/sitemap-news/0.9" in news and b"news:publication_date" in news


def test_listing_paginates_newest_first(news_site) -> None:
    _, _, first = fetch(news_site.base_url + "/news")
    _, _, last = fetch(news_site.base_url + "/news?page=3")
    newest = news_site.article_urls()[-1].removeprefix(news_site.base_url)
    assert newest.encode() in first and b'rel="next"' in first
    assert b'rel="next"' not in last
    assert fetch(news_site.base_url + "/news?page=4")[0] == 404


@pytest.mark.parametrize("path", ["/feeds/rss.xml", "/sitemap_index.xml", "/sitemaps/articles-1.xml"])
def test_conditional_requests_give_304(news_site, path: str) -> None:
    status, headers, _ = fetch(news_site.base_url + path)
    assert status == 200
    assert fetch(news_site.base_url + path, {"If-None-Match": headers["ETag"]})[0] == 304
    assert fetch(news_site.base_url + path, {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    assert fetch(news_site.base_url + path, {"If-None-Match": '"stale"'})[0] == 200


def test_robots_txt_disallows_private(news_site) -> None:
    _, _, robots = fetch(news_site.base_url + "/robots.txt")
    assert b"Disallow: /private/" in robots and b"Sitemap: " in robots


def test_new_articles_change_feed_and_log_requests() -> None:
    with running_site(articles=3) as site:
        status, headers, _ = fetch(site.base_url + "/feeds/rss.xml")
        new = site.add_articles(2)
        assert len(new) == 2 and new == site.article_urls()[-2:]
        status, _, rss = fetch(site.base_url + "/feeds/rss.xml", {"If-None-Match": headers["ETag"]})
        assert status == 200 and new[0].removeprefix(site.base_url).encode() in rss
        assert site.request_log["/feeds/rss.xml"] == 2
        assert fetch(site.base_url + "/faults/empty.html")[0] == 404  # faults are off by default


def test_fault_endpoints() -> None:
    with running_site(articles=3, faults=True) as site:
        check_fault_endpoints(site.base_url)


def check_fault_endpoints(base: str) -> None:
    assert fetch(base + "/faults/flaky-500.html")[0] == 500
    assert fetch(base + "/faults/flaky-500.html")[0] == 200
    status, headers, body = fetch(base + "/faults/challenge.html")
    assert status == 403 and b"Just a moment..." in body
    assert fetch(base + "/faults/soft-404.html")[2].count(b"not found") >= 1
    status, headers, body = fetch(base + "/faults/cp1251.html")
    assert "utf-8" in headers["Content-Type"] and body.decode("cp1251").count("безопасности") >= 1
    assert fetch(base + "/faults/empty.html")[2] == b""
    assert b"<!ENTITY lol9" in fetch(base + "/faults/hostile.xml")[2]
    status, headers, body = fetch(base + "/faults/gzip-bomb.html")
    assert headers["Content-Encoding"] == "gzip" and len(body) < 1024 * 1024
