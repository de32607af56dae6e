"""Safe feed/sitemap parsing, article-link selection on saved documents of real sources, page checks."""

from __future__ import annotations

import json

import pytest
from helpers import TESTS
from scrapy.http import HtmlResponse, Request, Response

from crawlers import checks
from crawlers.links import listing_links, next_page, select_links
from crawlers.middlewares.private_guard import is_private
from crawlers.parsing import HostileXML, MalformedXML, parse_feed, parse_sitemap
from crawlers.registry import load_sources
from newsflow.site import faults, pages
from newsflow.site.content import make_article

FIXTURES = TESTS / "fixtures" / "crawl"
SOURCES = {source.name: source for source in load_sources()}


@pytest.mark.parametrize("folder", sorted(p.name for p in FIXTURES.iterdir() if p.is_dir()))
def test_real_source_documents_give_the_expected_articles(folder: str) -> None:
    expected = json.loads((FIXTURES / folder / "expected.json").read_text())
    source = SOURCES[folder]
    entry = source.entry_points[expected["entry"]]
    body = (FIXTURES / folder / expected["file"]).read_bytes()
    base = expected.get("base_url", entry.url)
    if entry.kind == "feed":
        links = parse_feed(body)
    elif entry.kind == "sitemap":
        sitemap = parse_sitemap(body)
        assert sitemap.is_index == expected.get("index", False)
        links = sitemap.links
        if sitemap.is_index:  # children are sitemaps: no article pattern applies
            assert [link.url for link in links] == expected["articles"]
            return
    else:
        links = listing_links(body.decode("utf-8"))
    accepted, offsite = select_links(links, base, entry.options.link_pattern, source.domains)
    assert [link.url for link in accepted] == expected["articles"]
    assert offsite == []


def test_feed_parsing_rss_and_atom_with_dates() -> None:
    articles = [make_article(i) for i in range(3)]
    rss = parse_feed(pages.rss_xml(articles, "http://site.test").encode())
    atom = parse_feed(pages.atom_xml(articles, "http://site.test").encode())
    assert [link.url.split("?")[0] for link in rss] == [f"http://site.test{a.path}" for a in articles]
    assert [link.url for link in atom] == [f"http://site.test{a.path}" for a in articles]
    assert rss[1].published == articles[1].published_at == atom[1].published


def test_news_sitemap_and_index() -> None:
    articles = [make_article(i) for i in range(2)]
    news = parse_sitemap(pages.news_sitemap_xml(articles, "http://s.test").encode())
    assert not news.is_index and news.links[0].published == articles[0].published_at
    assert news.links[0].title == articles[0].title
    index = parse_sitemap(
        pages.sitemap_index_xml([("/a.xml", articles[0].published_at)], "http://s.test").encode()
    )
    assert index.is_index and index.links[0].url == "http://s.test/a.xml"


def test_hostile_and_malformed_xml_are_refused() -> None:
    with pytest.raises(HostileXML):
        parse_feed(faults.HOSTILE_XML)
    with pytest.raises(HostileXML):
        parse_sitemap(
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><urlset>&e;</urlset>'
        )
    with pytest.raises(MalformedXML):
        parse_feed(faults.MALFORMED_XML)
    with pytest.raises(MalformedXML):
        parse_sitemap(b"<html><body>not a sitemap</body></html>")


def test_select_links_filters_pattern_domain_and_duplicates() -> None:
    links = listing_links(
        '<a href="/articles/1-a.html">x</a><a href="/articles/1-a.html">again</a>'
        '<a href="/about.html">about</a><a href="https://evil.test/articles/2-b.html">o</a>'
        '<a href="mailto:x@y">m</a><a href="javascript:void(0)">j</a>'
    )
    accepted, offsite = select_links(links, "http://www.site.test/news", r"/articles/\d+", ["site.test"])
    assert [link.url for link in accepted] == ["http://www.site.test/articles/1-a.html"]
    assert offsite == ["https://evil.test/articles/2-b.html"]
    assert (
        next_page('<a class="next" href="?page=2">Older</a>', "http://s.test/news")
        == "http://s.test/news?page=2"
    )
    assert next_page("<p>last page</p>", "http://s.test/news") is None


def html_response(body: bytes, content_type: str = "text/html; charset=utf-8") -> Response:
    url = "http://site.test/a.html"
    return HtmlResponse(url, body=body, headers={"Content-Type": content_type}, request=Request(url))


def test_page_checks() -> None:
    good = pages.article_html(make_article(1), "http://site.test", []).encode()
    assert checks.problem(html_response(good)) is None
    assert checks.problem(html_response(b"  \n"))[0] == "empty_body"
    assert checks.problem(html_response(b"\x89PNG\r\n\x1a\n\x00\x00"))[0] == "not_html"
    assert checks.problem(Response("http://site.test/a.html", body=b"%PDF-1.4 ..."))[0] == "not_html"
    assert checks.problem(html_response(faults.SOFT_404_HTML))[0] == "soft_404"
    assert checks.problem(html_response(faults.CHALLENGE_HTML))[0] == "bot_wall"
    assert checks.bot_wall(b"<html><title>Just a moment...</title></html>")
    assert checks.bot_wall(good) is None


def test_encoding_decision() -> None:
    cyrillic = ("<html><body><p>" + faults.CYRILLIC_BODY + "</p></body></html>").encode("cp1251")
    encoding, note = checks.decide_encoding(html_response(cyrillic, "text/html; charset=utf-8"))
    assert encoding == "cp1251" and "declared utf-8" in note
    assert checks.decide_encoding(html_response("<p>café</p>".encode(), "text/html")) == ("utf-8", None)
    meta = b'<meta charset="windows-1251"><p>' + faults.CYRILLIC_BODY.encode("cp1251") + b"</p>"
    assert checks.decide_encoding(html_response(meta, "text/html"))[0] == "cp1251"


def test_private_addresses() -> None:
    for address in ("127.0.0.1", "10.1.2.3", "192.168.0.1", "169.254.169.254", "::1", "fd00::1", "0.0.0.0"):  # noqa: S104
        assert is_private(address), address
    for address in ("8.8.8.8", "2001:4860:4860::8888"):
        assert not is_private(address), address


def test_retry_backoff_grows_and_is_capped() -> None:
    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    from crawlers.middlewares.retry_backoff import BackoffRetryMiddleware

    crawler = get_crawler(Spider, {"RETRY_TIMES": 5, "RETRY_BACKOFF_BASE": 1.5, "RETRY_BACKOFF_MAX": 4.0})
    crawler.spider = crawler._create_spider("backoff")
    middleware = BackoffRetryMiddleware.from_crawler(crawler)
    request, delays = Request("http://site.test/a.html"), []
    for _ in range(5):
        request = middleware._retry(request, "503 Service Unavailable")
        delays.append(request.meta["retry_delay"])
    assert delays == [1.5, 3.0, 4.0, 4.0, 4.0]
    assert middleware._retry(request, "503") is None  # RETRY_TIMES exhausted: the errback records it
