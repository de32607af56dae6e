"""The ``CrawlRun`` extension on its own: a real Scrapy crawler (not started), the real PostgreSQL.
Its counters are ``crawler.stats`` entries; the spider_closed signal closes the run's row from them."""

from __future__ import annotations

from dataclasses import fields

import pytest
from helpers import rows
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import MemoryStatsCollector

from core.vocabulary import FailureKind, NoteKind
from crawlers.extensions.crawl_run import CrawlRun, Tally
from crawlers.items import RawPage
from crawlers.registry import Source, sync_sources
from crawlers.spiders.news import NewsSpider

FEED = "http://127.0.0.1:9/feed.xml"
SOURCE = Source.model_validate(
    {"name": "sample", "domains": ["127.0.0.1"], "entry_points": [{"kind": "feed", "url": FEED}]}
)


def open_run(**spider_args: str) -> tuple[Crawler, CrawlRun]:
    """A crawler with its spider and stats, and the extension Scrapy would build for it."""
    crawler = Crawler(NewsSpider)
    crawler.spider = NewsSpider.from_crawler(crawler, source_json=SOURCE.model_dump_json(), **spider_args)
    crawler.stats = MemoryStatsCollector(crawler)
    return crawler, CrawlRun.from_crawler(crawler)


def page(url: str) -> dict:
    item = RawPage(url=url, canonical_url=url, final_url=url, status=200, body=b"<html>text</html>")
    return {f.name: getattr(item, f.name) for f in fields(item)}


def test_counters_are_crawler_stats_and_the_closed_row_reports_them(db: str) -> None:
    crawler, run = open_run(limit="5")
    run.count(Tally.ENTRY_REQUESTS)
    run.count(Tally.ENTRY_OK)
    run.count(Tally.LINKS_LISTED, 3)
    run.add_page(page("http://127.0.0.1:9/a/1"))
    run.record_failure("http://127.0.0.1:9/a/2", FailureKind.TIMEOUT, "slow", ancestors=[FEED])
    run.record_failure("http://127.0.0.1:9/a/3", FailureKind.TIMEOUT, "slow again", ancestors=[FEED])
    run.record_failure("http://elsewhere.example/x", NoteKind.OFFSITE, "listed by the feed")
    crawler.stats.set_value("downloader/request_count", 4)

    crawler.signals.send_catch_log(signals.spider_closed, spider=crawler.spider, reason="finished")

    ours = {key: value for key, value in crawler.stats.get_stats().items() if key.startswith("newsflow/")}
    assert ours == {
        "newsflow/entry_requests": 1,
        "newsflow/entry_ok": 1,
        "newsflow/links_listed": 3,
        "newsflow/article_failures/timeout": 2,
        "newsflow/notes/offsite": 1,
        "newsflow/pages_stored": 1,
        "newsflow/failures_recorded": 3,
    }
    assert rows(db, "SELECT status, requests, pages_fetched, pages_failed, message, params->>'limit' "
                    "FROM crawl_runs") == [
        ("partial", 4, 1, 2, "1 new page(s) stored; 2 failure(s): timeout 2; notes: offsite 1", "5")
    ]
    assert rows(db, "SELECT kind, count(*) FROM fetch_failures GROUP BY kind ORDER BY kind") == [
        ("offsite", 1), ("timeout", 2)
    ]
    assert run.closed and not run.doc(FEED).complete  # the feed keeps no validator: retried next time


def test_entry_failures_are_counted_apart_and_decide_the_status(db: str) -> None:
    crawler, run = open_run()
    run.count(Tally.ENTRY_REQUESTS)
    run.record_failure(FEED, FailureKind.CONNECTION_REFUSED, "refused", entry=True)
    status, message = run.close(requests=1, reason="finished")
    assert crawler.stats.get_value("newsflow/entry_failures/connection_refused") == 1
    assert crawler.stats.get_value("newsflow/article_failures/connection_refused") is None
    assert (status, rows(db, "SELECT status, message FROM crawl_runs")[0][1]) == ("unreachable", message)
    assert message.startswith("no entry point could be reached")


def test_a_source_row_already_upserted_is_used_as_it_is(db: str) -> None:
    """Given the row's id (the runner's or the DAG's one upsert), the run writes no sources row."""
    source_id = sync_sources(db, [SOURCE])["sample"]
    # Changed behind its back: an upsert of SOURCE would set it back to enabled.
    rows(db, "UPDATE sources SET enabled = false WHERE id = %s RETURNING id", (source_id,))
    _crawler, run = open_run(source_id=str(source_id))
    run.close(requests=0, reason="finished")
    assert run.source_id == source_id
    assert rows(db, "SELECT id, enabled FROM sources") == [(source_id, False)]
    assert rows(db, "SELECT source_id FROM crawl_runs") == [(source_id,)]


def test_the_extension_stays_off_for_a_spider_without_a_source() -> None:
    class Plain(Spider):
        name = "plain"

    crawler = Crawler(Plain)
    crawler.spider = Plain.from_crawler(crawler)
    crawler.stats = MemoryStatsCollector(crawler)
    with pytest.raises(NotConfigured):
        CrawlRun.from_crawler(crawler)
