"""Entry points that break the registry rather than a page, crawled for real against the sample site's
``/shapes/`` outlets: the run says what broke (status, message, ``fetch_failures`` kind) and falls back
to what discovery finds from the homepage, recording what it used."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import truncate_all
from helpers import FAST_CRAWL, rows

from core.urls import canonicalize
from crawlers.registry import EntryOptions, EntryPoint, Source, load_sources
from crawlers.runner import CrawlResult, crawl_source
from newsflow.site import shapes
from newsflow.site.server import SiteHandle, running_site

pytestmark = pytest.mark.slow

ARTICLE = r"/articles/\d+-[a-z0-9-]+\.html"


@pytest.fixture(scope="module")
def site() -> Iterator[SiteHandle]:
    with running_site(articles=12, faults=True) as handle:
        yield handle


def outlet(site: SiteHandle, name: str, kind: str, path: str, *, homepage: bool = True, **options) -> Source:
    return Source(
        name=f"shape-{name}", domains=["127.0.0.1"],
        homepage=f"{site.base_url}/shapes/{name}/" if homepage else None,
        entry_points=[EntryPoint(kind=kind, url=site.base_url + path,
                                 options=EntryOptions(**{"link_pattern": ARTICLE, **options}))],
    )


def crawl(db: str, source: Source) -> CrawlResult:
    truncate_all(db)
    return crawl_source(source, database_url=db, timeout=60, settings=FAST_CRAWL)


def failures(db: str, run_id: int) -> list[tuple[str, str, str]]:
    return rows(db, "SELECT kind, url, coalesce(detail, '') FROM fetch_failures WHERE crawl_run_id = %s "
                "ORDER BY id", (run_id,))


def stored(db: str, run_id: int) -> set[str]:
    return {url for (url,) in rows(db, "SELECT canonical_url FROM raw_pages WHERE crawl_run_id = %s",
                                   (run_id,))}


def fresh_articles(site: SiteHandle) -> set[str]:
    return {canonicalize(url) for url in list(reversed(site.article_urls()))[:10]}


@pytest.mark.parametrize(("name", "path", "problem", "used", "via"), [
    ("moved", "/shapes/moved/rss.xml", "entry_gone", "/shapes/moved/feed", "common path"),
    ("linked", "/shapes/linked/news.rss", "entry_gone", "/shapes/linked/x/latest-headlines.xml",
     "homepage link"),
    ("notfeed", "/shapes/notfeed/rss", "not_a_feed", "/shapes/notfeed/feeds/all.xml", "homepage link"),
    ("stale", "/shapes/stale/feed.xml", "stale_entry", "/shapes/stale/current.xml", "homepage link"),
    ("robots", "/shapes/robots/feed.xml", "entry_gone", "/shapes/robots/news-sitemap.xml", "robots.txt"),
])
def test_a_broken_entry_point_falls_back_to_discovery(db, site, name, path, problem, used, via) -> None:
    result = crawl(db, outlet(site, name, "feed", path))
    found = failures(db, result.crawl_run_id)
    kinds = {kind: (url, detail) for kind, url, detail in found}
    assert kinds[problem][0] == site.base_url + path, found
    assert kinds["fallback"][0] == site.base_url + used, found
    assert via in kinds["fallback"][1] and path in kinds["fallback"][1]
    assert result.status == "partial", result.message
    assert "discovery stood in" in result.message and f"used {site.base_url}{used}" in result.message
    assert fresh_articles(site) <= stored(db, result.crawl_run_id)


def test_without_a_homepage_the_broken_entry_point_is_a_failed_run(db, site) -> None:
    result = crawl(db, outlet(site, "moved", "feed", "/shapes/moved/rss.xml", homepage=False))
    assert result.status == "failed", result.message
    assert [kind for kind, _url, _detail in failures(db, result.crawl_run_id)] == ["entry_gone"]


def test_a_moved_feed_found_again_costs_one_request_when_unchanged(db, site) -> None:
    source = outlet(site, "moved", "feed", "/shapes/moved/rss.xml")
    crawl(db, source)  # stores everything and the discovered feed's validator
    again = crawl_source(source, database_url=db, timeout=60, settings=FAST_CRAWL)
    assert again.status == "partial" and again.pages_fetched == 0, again.message
    assert "unchanged" in again.message


def test_sitemap_index_follows_only_the_article_children(db, site) -> None:
    loose = r"/shapes/record/[a-z0-9-]+$"  # matches tag and author pages too, as on the real site
    site.reset_request_log()
    result = crawl(db, outlet(site, "record", "sitemap", "/shapes/record/sitemap.xml", homepage=False,
                              link_pattern=loose, child_pattern="sitemaps/page"))
    assert result.status == "ok", result.message
    expected = {canonicalize(site.base_url + shapes.record_path(a)) for a in _articles(site)[:10]}
    assert stored(db, result.crawl_run_id) == expected
    assert not [path for path in site.request_log if "tags" in path or "authors" in path]


def test_two_level_sections_are_taken_by_the_registry_pattern(db, site) -> None:
    (vov,) = [s for s in load_sources() if s.name == "vov-en"]
    pattern = vov.entry_points[1].options.link_pattern
    assert pattern is not None
    result = crawl(db, outlet(site, "vov", "listing", "/shapes/vov/en/politics", homepage=False,
                              link_pattern=pattern, max_pages=1))
    expected = {canonicalize(site.base_url + shapes.vov_path(a)) for a in _articles(site)[:12]}
    assert any("/politics/domestic/" in url for url in expected)  # two section levels among them
    assert any(url.split("/politics/")[1].count("/") == 0 for url in expected)  # and one
    assert stored(db, result.crawl_run_id) == expected, result.message


def test_an_article_redirected_off_site_is_a_failure(db, site) -> None:
    result = crawl(db, outlet(site, "offsite", "feed", "/shapes/offsite/feed.xml", homepage=False,
                              link_pattern=r"/(articles/\d+-[a-z0-9-]+|shapes/offsite/story)\.html"))
    found = failures(db, result.crawl_run_id)
    offsite = site.base_url + "/shapes/offsite/story.html"
    assert ("offsite_redirect", offsite) in [(kind, url) for kind, url, _detail in found], found
    assert result.status == "partial", result.message


def _articles(site: SiteHandle):
    from newsflow.site.content import make_article

    return [make_article(i) for i in reversed(range(len(site.article_urls())))]
