"""The workbench's sources queries against a real database: a run counts as failed by the crawl
vocabulary's failed statuses, not by a list of its own."""

from __future__ import annotations

from helpers import execute

from core.vocabulary import FAILED_CRAWL_STATUSES, CrawlStatus
from newsflow.web.db import Pool
from newsflow.web.queries import sources


def test_overview_counts_every_failed_status_and_nothing_else(db: str) -> None:
    execute(db, "INSERT INTO sources (name, config) VALUES ('tass-en', '{}')")
    for status in CrawlStatus:
        execute(db, "INSERT INTO crawl_runs (source_id, status) SELECT id, %s FROM sources", (str(status),))
    pool = Pool(db, size=1)
    (row,) = sources.overview(pool, days=7)
    assert (row["name"], row["runs"], row["failed_runs"]) == ("tass-en", len(CrawlStatus),
                                                                len(FAILED_CRAWL_STATUSES))
