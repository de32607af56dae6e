"""``CrawlRun``: the Scrapy extension that records one crawl of one source. It holds the run's
``crawl_runs`` row, buffers page/failure writes, keeps the state of entry documents (for conditional
requests), and closes the row with the run's status when the spider closes.

Its counters live in ``crawler.stats`` under ``newsflow/`` (``Tally`` names them; failure and note
kinds under ``newsflow/entry_failures/<kind>``, ``newsflow/article_failures/<kind>`` and
``newsflow/notes/<kind>``), so Scrapy's stats dump at the end of a crawl shows them too. The spider,
middlewares and pipeline reach the run with ``crawl_run(crawler)``.

Statuses: ok (new pages, nothing failed, or nothing new because everything is known), partial (new
pages and failures), empty (the entry points answered but listed no articles), unreachable (no entry
point could be reached), blocked (a bot wall), failed (anything else that produced nothing).
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from core.store.db import configured_database_url, connect
from core.vocabulary import UNREACHABLE_KINDS, CrawlStatus, FailureKind, NoteKind
from crawlers import store
from crawlers.registry import Source

log = logging.getLogger(__name__)

BATCH_SIZE = 100
_LOCK_NAMESPACE = 0x6E66  # first key of the per-source advisory lock ("nf")


class Tally(StrEnum):
    """Counters of a run, as ``crawler.stats`` keys."""

    ENTRY_REQUESTS = "newsflow/entry_requests"
    ENTRY_OK = "newsflow/entry_ok"
    ENTRY_UNCHANGED = "newsflow/entry_unchanged"
    LINKS_LISTED = "newsflow/links_listed"
    LINKS_KNOWN = "newsflow/links_known"
    LINKS_DROPPED_BY_LIMIT = "newsflow/links_dropped_by_limit"
    LINKS_TOO_OLD = "newsflow/links_too_old"
    ARTICLES_REQUESTED = "newsflow/articles_requested"
    PAGES_STORED = "newsflow/pages_stored"
    FAILURES_RECORDED = "newsflow/failures_recorded"


# Per-kind counters: these prefixes plus a FailureKind (entry, article) or NoteKind (notes).
ENTRY_FAILURES = "newsflow/entry_failures/"
ARTICLE_FAILURES = "newsflow/article_failures/"
NOTES = "newsflow/notes/"


@dataclass(frozen=True)
class CrawlOrder:
    """What the spider was asked to crawl. ``source_id`` is set when whoever loaded the registry has
    upserted the ``sources`` row already; ``run_id`` when the runner opened the run's row."""

    source: Source
    spider: str
    source_id: int | None = None
    run_id: int | None = None
    limit: int | None = None
    since: date | None = None

    @property
    def params(self) -> dict[str, Any]:
        """``crawl_runs.params`` of a run the spider opens itself (``scrapy crawl`` by hand)."""
        return {"spider": self.spider, "limit": self.limit,
                "since": self.since.isoformat() if self.since else None}


@runtime_checkable
class OrdersACrawl(Protocol):
    """A spider that crawls a registry source (``crawlers.spiders.base.SourceSpider``)."""

    crawl_order: CrawlOrder


@dataclass
class EntryDoc:
    """A feed, sitemap or listing page fetched this run."""

    url: str
    complete: bool = True  # every article under it was stored or known
    validator: dict[str, Any] | None = None  # to save at the end if complete


def crawl_run(crawler: Crawler) -> CrawlRun:
    """The crawl's ``CrawlRun`` (an error when the extension is not enabled)."""
    run = crawler.get_extension(CrawlRun)
    if run is None:
        raise RuntimeError("the CrawlRun extension is not enabled (EXTENSIONS in crawlers/settings.py)")
    return run


class CrawlRun:
    def __init__(self, crawler: Crawler, order: CrawlOrder) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.order = order
        self.source = order.source
        self.conn = connect(configured_database_url())
        self.conn.autocommit = True
        self.source_id = (
            order.source_id
            if order.source_id is not None
            else store.upsert_sources(self.conn, [order.source])[order.source.name]
        )
        self._wait_for_other_runs()
        self.run_id = order.run_id if order.run_id is not None else store.start_run(
            self.conn, self.source_id, order.params
        )
        self.validators = store.load_validators(self.conn, self.source_id)
        self.docs: dict[str, EntryDoc] = {}
        self._pages: list[dict[str, Any]] = []
        self._failures: list[dict[str, Any]] = []
        self.fallbacks: list[str] = []  # what discovery stood in with, or that it found nothing
        self.closed = False
        # The status the run closed with (`scrapy crawl`'s exit status: crawlers/commands/crawl.py).
        self.final_status: CrawlStatus | None = None
        crawler.signals.connect(self._spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlRun:
        # Scrapy builds extensions after the spider, so its order is known here.
        spider = crawler.spider
        if not isinstance(spider, OrdersACrawl):
            raise NotConfigured("the spider crawls no registry source")
        return cls(crawler, spider.crawl_order)

    def _wait_for_other_runs(self) -> None:
        """One crawl of a source at a time: a second one waits for the first (session advisory lock,
        released when this run's connection closes or its process dies), then finds its pages known
        instead of fetching and storing them twice."""
        with self.conn.cursor() as cur:
            cur.execute("SELECT pg_try_advisory_lock(%s, %s)", (_LOCK_NAMESPACE, self.source_id))
            if cur.fetchone()[0]:
                return
            log.info("another crawl of %s is running; waiting for it to finish", self.source.name)
            cur.execute("SELECT pg_advisory_lock(%s, %s)", (_LOCK_NAMESPACE, self.source_id))

    # -- counters (crawler.stats) -------------------------------------------------------------------
    def count(self, tally: Tally, n: int = 1) -> None:
        self.stats.inc_value(tally.value, n)

    def tally(self, tally: Tally) -> int:
        return int(self.stats.get_value(tally.value, 0))

    def _kinds(self, prefix: str) -> Counter[str]:
        """Per-kind counts under ``prefix``, in the order the kinds first occurred."""
        return Counter({
            key.removeprefix(prefix): value
            for key, value in self.stats.get_stats().items()
            if key.startswith(prefix)
        })

    # -- entry documents -------------------------------------------------------------------------
    def doc(self, url: str) -> EntryDoc:
        return self.docs.setdefault(url, EntryDoc(url))

    def mark_incomplete(self, ancestors: list[str]) -> None:
        for url in ancestors:
            self.doc(url).complete = False

    # -- writes -----------------------------------------------------------------------------------
    def add_page(self, row: dict[str, Any]) -> None:
        row.update(crawl_run_id=self.run_id, source_id=self.source_id)
        self._pages.append(row)
        if len(self._pages) >= BATCH_SIZE:
            self.flush()

    def record_failure(
        self,
        url: str,
        kind: FailureKind | NoteKind,
        detail: str,
        http_status: int | None = None,
        *,
        ancestors: list[str] | None = None,
        entry: bool = False,
    ) -> None:
        """A ``fetch_failures`` row. A ``NoteKind`` (e.g. a charset that lied) is a note: it does not
        make the run partial."""
        log.warning("%s: %s %s (%s)", self.source.name, kind, url, detail[:200])
        self._failures.append(
            {
                "crawl_run_id": self.run_id,
                "source_id": self.source_id,
                "url": url,
                "kind": kind.value,
                "detail": detail,
                "http_status": http_status,
            }
        )
        if isinstance(kind, FailureKind):
            self.stats.inc_value((ENTRY_FAILURES if entry else ARTICLE_FAILURES) + kind.value)
            self.mark_incomplete(ancestors or [])
        else:
            self.stats.inc_value(NOTES + kind.value)
        if len(self._failures) >= BATCH_SIZE:
            self.flush()

    def record_fallback(self, url: str, detail: str) -> None:
        """The run reads ``url``, found by discovery, instead of a configured entry point."""
        self.fallbacks.append(f"used {url} ({detail})")
        self.record_failure(url, NoteKind.FALLBACK, detail)

    def flush(self) -> None:
        if self._pages:
            self.count(Tally.PAGES_STORED, store.insert_pages(self.conn, self._pages))
            self._pages = []
        if self._failures:
            self.count(Tally.FAILURES_RECORDED, store.insert_failures(self.conn, self._failures))
            self._failures = []

    def known(self, canonical_urls: list[str]) -> set[str]:
        return store.known_urls(self.conn, canonical_urls)

    # -- the end ------------------------------------------------------------------------------------
    def status(self) -> tuple[CrawlStatus, str]:
        entry_failures, article_failures = self._kinds(ENTRY_FAILURES), self._kinds(ARTICLE_FAILURES)
        notes = self._kinds(NOTES)
        entry_ok, unchanged = self.tally(Tally.ENTRY_OK), self.tally(Tally.ENTRY_UNCHANGED)
        known, too_old = self.tally(Tally.LINKS_KNOWN), self.tally(Tally.LINKS_TOO_OLD)
        dropped = self.tally(Tally.LINKS_DROPPED_BY_LIMIT)
        pages = self.tally(Tally.PAGES_STORED)
        failed = sum(entry_failures.values()) + sum(article_failures.values())
        every = entry_failures + article_failures
        kinds = ", ".join(f"{kind} {n}" for kind, n in every.most_common())
        parts = [f"{pages} new page(s) stored"] if pages else []
        if failed:
            parts.append(f"{failed} failure(s): {kinds}")
        if notes:
            parts.append("notes: " + ", ".join(f"{kind} {n}" for kind, n in notes.most_common()))
        if unchanged:
            parts.append(f"{unchanged} entry document(s) unchanged since last crawl")
        if known:
            parts.append(f"{known} listed article(s) already stored")
        if too_old:
            parts.append(f"{too_old} older than --since skipped")
        if dropped:
            parts.append(f"{dropped} left for later by --limit")
        detail = "; ".join([*self.fallbacks, *parts]) or "nothing listed"
        if notes[NoteKind.FALLBACK] and (pages or entry_ok or unchanged):
            # The source still delivers, but its registry entry needs fixing: never a plain "ok".
            return CrawlStatus.PARTIAL, (
                "a configured entry point is gone, not a feed or stale; discovery stood in; " + detail
            )
        if pages:
            return (CrawlStatus.PARTIAL if failed else CrawlStatus.OK), detail
        walls = article_failures[FailureKind.BOT_WALL]
        if entry_failures[FailureKind.BOT_WALL] or (walls and walls == sum(article_failures.values())):
            return CrawlStatus.BLOCKED, "blocked by a bot wall / challenge page; " + detail
        if entry_failures and entry_ok == 0 and unchanged == 0:
            if set(entry_failures) == {FailureKind.PRIVATE_ADDRESS}:
                return CrawlStatus.FAILED, (
                    "the source points at a loopback/private address and that is refused "
                    "(use --allow-private or NEWSFLOW_ALLOW_PRIVATE_ADDRESSES=1 for a local site); " + detail
                )
            if set(entry_failures) <= UNREACHABLE_KINDS:
                return CrawlStatus.UNREACHABLE, (
                    "no entry point could be reached (the site is down, moved, or not "
                    "reachable from here); " + detail
                )
            return CrawlStatus.FAILED, "no entry point could be read; " + detail
        if failed:
            return CrawlStatus.FAILED, "nothing stored; " + detail
        if self.tally(Tally.LINKS_LISTED) == 0 and unchanged == 0:
            return CrawlStatus.EMPTY, "the entry points answered but listed no articles; " + detail
        return CrawlStatus.OK, "no new articles; " + detail

    def _spider_closed(self, spider: Spider, reason: str) -> None:
        requests = int(self.stats.get_value("downloader/request_count", 0) or 0)
        status, message = self.close(requests=requests, reason=reason)
        log.info("crawl run %s of %s: %s (%s)", self.run_id, self.source.name, status, message)

    def close(self, *, requests: int, reason: str) -> tuple[str, str]:
        if self.closed:
            return "", ""
        self.closed = True
        try:
            self.flush()
            complete = [doc.validator for doc in self.docs.values() if doc.complete and doc.validator]
            store.save_validators(self.conn, self.source_id, complete)
            status, message = self.status()
            if reason not in ("finished", "closespider_itemcount"):
                message = f"stopped early ({reason}); {message}"
                if status == CrawlStatus.OK:
                    status = CrawlStatus.PARTIAL if self.tally(Tally.PAGES_STORED) else CrawlStatus.FAILED
            store.finish_run(
                self.conn,
                self.run_id,
                status=status,
                requests=requests,
                pages_fetched=self.tally(Tally.PAGES_STORED),
                pages_failed=self.tally(Tally.FAILURES_RECORDED) - sum(self._kinds(NOTES).values()),
                message=message,
            )
            self.final_status = status
            return status, message
        finally:
            self.conn.close()
