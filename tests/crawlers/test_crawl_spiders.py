"""Real Scrapy crawls (subprocesses) of the sample site into the real PostgreSQL: each entry-point
kind, new-only behaviour with conditional requests, limits, dates, and `scrapy crawl` itself."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from helpers import FAST_CRAWL, entry, execute, rows, source, write_registry

from core.settings import PROJECT_ROOT
from core.urls import canonicalize
from crawlers.registry import load_sources, sync_sources
from crawlers.runner import crawl_source
from newsflow.site.content import make_article
from newsflow.site.server import running_site

PATTERN = r"/articles/\d+-[a-z0-9-]+\.html$"


def registry(
    tmp_path: Path, base: str, *entries: tuple[str, str, dict], name: str = "sample", spider: str = "news"
) -> Path:
    """A registry file with one source on the sample site; entries are (kind, path, options)."""
    points = [entry(kind, base + path, **options) for kind, path, options in entries]
    return write_registry(tmp_path / f"{name}.toml", source(name, *points, spider=spider))


def forget_pages(db: str) -> None:
    """Drop stored pages and validators so the next crawl fetches everything again."""
    execute(db, "TRUNCATE raw_pages, crawl_validators CASCADE")


def crawl(db: str, file: Path, name: str = "sample", **kwargs):
    return crawl_source(name, database_url=db, sources_file=file, timeout=60, settings=FAST_CRAWL, **kwargs)


def test_feed_spider_stores_every_article_losslessly(db: str, news_site, tmp_path: Path) -> None:
    file = registry(tmp_path, news_site.base_url, ("feed", "/feeds/rss.xml", {}), spider="feed")
    result = crawl(db, file)
    assert (result.status, result.pages_fetched, result.pages_failed) == ("ok", 30, 0), result.message
    stored = rows(
        db,
        "SELECT url, canonical_url, final_url, status, body, body_sha256, headers, encoding, "
        "found_via, crawl_run_id FROM raw_pages ORDER BY url",
    )
    assert len(stored) == 30
    url, canonical, final, status, body, sha, headers, encoding, found_via, run_id = stored[0]
    assert url.endswith("?utm_source=rss") and canonical == canonicalize(url) and "utm_" not in canonical
    assert final == url and status == 200 and encoding == "utf-8"
    assert hashlib.sha256(bytes(body)).hexdigest() == sha and b"Leave a Reply" in bytes(body)
    assert headers["Content-Type"].startswith("text/html") and found_via.endswith("/feeds/rss.xml")
    assert run_id == result.crawl_run_id
    assert {row[1] for row in stored} == {canonicalize(u) for u in news_site.article_urls()}
    (run,) = rows(db, "SELECT status, requests, pages_fetched, finished_at IS NOT NULL FROM crawl_runs")
    assert run == ("ok", result.requests, 30, True)


@pytest.mark.slow  # several real crawls
def test_pages_keep_the_date_and_title_their_listing_gave(db: str, news_site, tmp_path: Path) -> None:
    """A feed gives headline and date; a plain urlset sitemap only a date (lastmod); a listing page
    neither. The page row keeps what its listing said (raw_pages.listed_*)."""
    by_url = {canonicalize(news_site.base_url + make_article(n).path): make_article(n) for n in range(30)}
    file = registry(tmp_path, news_site.base_url, ("feed", "/feeds/rss.xml", {}), spider="feed")
    assert crawl(db, file).pages_fetched == 30
    stored = rows(db, "SELECT canonical_url, listed_title, listed_published_at FROM raw_pages")
    assert len(stored) == 30
    for canonical, title, published in stored:
        assert (title, published) == (by_url[canonical].title, by_url[canonical].published_at), canonical

    forget_pages(db)
    sitemap = ("sitemap", "/sitemaps/articles-1.xml", {})
    file = registry(tmp_path, news_site.base_url, sitemap, spider="sitemap")
    assert crawl(db, file).pages_fetched == 30
    stored = rows(db, "SELECT canonical_url, listed_title, listed_published_at FROM raw_pages")
    assert len(stored) == 30 and all(title is None for _, title, _ in stored)
    assert all(published == by_url[canonical].published_at for canonical, _, published in stored)

    forget_pages(db)
    listing = ("listing", "/news", {"link_pattern": PATTERN, "max_pages": 1})
    file = registry(tmp_path, news_site.base_url, listing, spider="listing")
    assert crawl(db, file).pages_fetched == 10
    assert rows(db, "SELECT DISTINCT listed_title, listed_published_at FROM raw_pages") == [(None, None)]


def test_atom_feed_and_sitemap_index(db: str, news_site, tmp_path: Path) -> None:
    file = registry(
        tmp_path,
        news_site.base_url,
        ("feed", "/feeds/atom.xml", {}),
        ("sitemap", "/sitemap_index.xml", {"link_pattern": PATTERN}),
    )
    result = crawl(db, file)
    assert (result.status, result.pages_fetched) == ("ok", 30), result.message
    validators = {
        row[0].removeprefix(news_site.base_url) for row in rows(db, "SELECT url FROM crawl_validators")
    }
    assert validators == {
        "/feeds/atom.xml",
        "/sitemap_index.xml",
        "/sitemaps/news.xml",
        "/sitemaps/articles-1.xml",
    }


def test_listing_spider_follows_pages_up_to_max(db: str, news_site, tmp_path: Path) -> None:
    file = registry(
        tmp_path,
        news_site.base_url,
        ("listing", "/news", {"link_pattern": PATTERN, "max_pages": 2}),
        spider="listing",
    )
    result = crawl(db, file)
    assert (result.status, result.pages_fetched) == ("ok", 20), result.message
    newest = {canonicalize(u) for u in news_site.article_urls()[-20:]}
    assert {row[0] for row in rows(db, "SELECT canonical_url FROM raw_pages")} == newest
    # No link outside the pattern (navigation, "see also" in listings, off-site partner) was fetched.
    assert rows(db, "SELECT count(*) FROM raw_pages WHERE url NOT LIKE %s", ("%/articles/%",)) == [(0,)]


@pytest.mark.slow  # several real crawls
def test_second_crawl_fetches_only_new_articles(db: str, tmp_path: Path) -> None:
    with running_site(articles=25) as site:
        file = registry(
            tmp_path,
            site.base_url,
            ("feed", "/feeds/rss.xml", {}),
            ("sitemap", "/sitemap_index.xml", {"link_pattern": PATTERN}),
            ("listing", "/news", {"link_pattern": PATTERN, "max_pages": 5}),
        )
        first = crawl(db, file)
        assert (first.status, first.pages_fetched) == ("ok", 25), first.message
        article_hits = {path: n for path, n in site.request_log.items() if path.startswith("/articles/")}
        assert len(article_hits) == 25 and set(article_hits.values()) == {1}  # each article fetched once

        site.reset_request_log()
        second = crawl(db, file)
        assert (second.status, second.pages_fetched) == ("ok", 0)
        assert "no new articles" in second.message and "unchanged" in second.message
        assert not [path for path in site.request_log if path.startswith("/articles/")]
        # The feed and sitemap index were asked for conditionally (stored ETags) and answered 304.
        assert all(etag.startswith('"') for (etag,) in rows(db, "SELECT etag FROM crawl_validators"))
        assert "2 entry document(s) unchanged" in second.message
        assert site.request_log["/feeds/rss.xml"] == 1 and site.request_log["/sitemaps/articles-1.xml"] == 0
        assert site.request_log["/news?page=2"] == 0  # the first listing page showed known articles
        assert second.requests <= 5

        site.reset_request_log()
        added = site.add_articles(3)
        third = crawl(db, file)
        assert (third.status, third.pages_fetched) == ("ok", 3), third.message
        fetched = {path for path in site.request_log if path.startswith("/articles/")}
        assert fetched == {url.removeprefix(site.base_url) for url in added}
    assert rows(db, "SELECT count(*), count(DISTINCT canonical_url) FROM raw_pages") == [(28, 28)]


@pytest.mark.slow  # several real crawls
def test_limit_leaves_the_rest_for_the_next_run(db: str, tmp_path: Path) -> None:
    with running_site(articles=12) as site:
        file = registry(tmp_path, site.base_url, ("feed", "/feeds/rss.xml", {}))
        first = crawl(db, file, limit=5)
        assert first.pages_fetched == 5 and "7 left for later by --limit" in first.message
        assert rows(db, "SELECT count(*) FROM crawl_validators") == [(0,)]  # the feed is not done yet
        second = crawl(db, file)
        assert second.pages_fetched == 7
        assert site.request_log["/feeds/rss.xml"] == 2


def test_since_skips_older_articles(db: str, news_site, tmp_path: Path) -> None:
    file = registry(tmp_path, news_site.base_url, ("feed", "/feeds/rss.xml", {}))
    newest, oldest = make_article(29).published_at.date(), make_article(0).published_at.date()
    result = crawl(db, file, since=newest + timedelta(days=1))
    assert (result.status, result.pages_fetched) == ("ok", 0)
    result = crawl(db, file, since=oldest)
    assert result.pages_fetched == 30


def test_scrapy_crawl_command_writes_the_same_tables(db: str, news_site, tmp_path: Path) -> None:
    file = registry(tmp_path, news_site.base_url, ("feed", "/feeds/rss.xml", {}), spider="feed")
    env = {
        **os.environ,
        "DATABASE_URL": db,
        "NEWSFLOW_SOURCES_FILE": str(file),
        "NEWSFLOW_ALLOW_PRIVATE_ADDRESSES": "1",
    }
    command = [sys.executable, "-m", "scrapy", "crawl", "feed", "-a", "source=sample", "-a", "limit=4"]
    for key, value in FAST_CRAWL.items():
        command += ["-s", f"{key}={value}"]
    done = subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    runs = rows(
        db,
        "SELECT r.status, r.pages_fetched, r.params->>'limit', s.name FROM crawl_runs r "
        "JOIN sources s ON s.id = r.source_id",
    )
    assert runs == [("ok", 4, "4", "sample")]
    assert rows(db, "SELECT count(*) FROM raw_pages") == [(4,)]
    # The CrawlRun extension counts in Scrapy's stats, which Scrapy prints at the end.
    assert "'newsflow/pages_stored': 4" in done.stderr.decode()
    assert "'newsflow/articles_requested': 4" in done.stderr.decode()


def count_source_upserts(db: str) -> None:
    """Count the INSERT statements on ``sources`` (each upsert is one) in ``test_source_upserts``."""
    execute(
        db,
        "CREATE TABLE test_source_upserts (at timestamptz DEFAULT now());"
        "CREATE FUNCTION test_count_upsert() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN INSERT INTO test_source_upserts DEFAULT VALUES; RETURN NULL; END $$;"
        "CREATE TRIGGER test_count_upsert AFTER INSERT ON sources "
        "FOR EACH STATEMENT EXECUTE FUNCTION test_count_upsert()",
    )


@pytest.mark.slow  # two real crawls
def test_a_crawl_reads_the_registry_once_and_upserts_its_source_once(
    db: str, news_site, tmp_path: Path
) -> None:
    file = registry(tmp_path, news_site.base_url, ("feed", "/feeds/rss.xml", {}))
    count_source_upserts(db)
    try:
        by_name = crawl(db, file)  # the runner loads the registry and upserts the row; the spider neither
        assert (by_name.status, by_name.pages_fetched) == ("ok", 30), by_name.message
        assert rows(db, "SELECT count(*) FROM test_source_upserts") == [(1,)]

        # As run_once and the DAG do: one load, one upsert, then the registry is not needed again.
        (source,) = load_sources(file)
        ids = sync_sources(db, [source])
        file.unlink()
        forget_pages(db)
        given = crawl_source(source, source_id=ids["sample"], database_url=db, timeout=60,
                             settings=FAST_CRAWL)
        assert (given.status, given.pages_fetched) == ("ok", 30), given.message
        assert rows(db, "SELECT count(*) FROM test_source_upserts") == [(2,)]  # sync_sources' only
    finally:
        execute(db, "DROP TABLE test_source_upserts; DROP TRIGGER test_count_upsert ON sources;"
                    "DROP FUNCTION test_count_upsert()")


def test_private_address_guard(db: str, news_site, tmp_path: Path) -> None:
    file = registry(tmp_path, news_site.base_url, ("feed", "/feeds/rss.xml", {}))
    before = news_site.requests_total()
    result = crawl_source(
        "sample",
        database_url=db,
        sources_file=file,
        timeout=60,
        settings={**FAST_CRAWL, "NEWSFLOW_ALLOW_PRIVATE_ADDRESSES": False},
    )
    assert result.status == "failed" and result.pages_fetched == 0
    assert "private_address" in result.message
    ((kind, detail),) = rows(db, "SELECT kind, detail FROM fetch_failures")
    assert kind == "private_address" and "NEWSFLOW_ALLOW_PRIVATE_ADDRESSES" in detail
    assert news_site.requests_total() == before  # not even robots.txt was asked for


@pytest.mark.parametrize("spider", ["sitemap"])  # feed and listing spiders: see the tests above
def test_kind_spiders_ignore_other_entry_points(db: str, news_site, tmp_path: Path, spider: str) -> None:
    file = registry(
        tmp_path,
        news_site.base_url,
        ("sitemap", "/sitemaps/articles-1.xml", {}),
        ("listing", "/news", {"link_pattern": PATTERN, "max_pages": 1}),
        ("feed", "/feeds/atom.xml", {}),
        spider=spider,
    )
    result = crawl(db, file)
    expected = {"feed": 30, "sitemap": 30, "listing": 10}[spider]
    assert (result.status, result.pages_fetched) == ("ok", expected), result.message
    via = {
        row[0].removeprefix(news_site.base_url)
        for row in rows(db, "SELECT DISTINCT found_via FROM raw_pages")
    }
    assert via == {
        {"feed": "/feeds/atom.xml", "sitemap": "/sitemaps/articles-1.xml", "listing": "/news"}[spider]
    }
