"""One crawl run of one source: its ``crawl_runs`` row, buffered page/failure writes, the state of
entry documents (for conditional requests) and the final status.

Statuses: ok (new pages, nothing failed, or nothing new because everything is known), partial (new
pages and failures), empty (the entry points answered but listed no articles), unreachable (no entry
point could be reached), blocked (a bot wall), failed (anything else that produced nothing).
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from core.store.db import connect
from core.vocabulary import UNREACHABLE_KINDS, CrawlStatus, FailureKind
from crawlers import store
from crawlers.registry import Source

log = logging.getLogger(__name__)

BATCH_SIZE = 100
_LOCK_NAMESPACE = 0x6E66  # first key of the per-source advisory lock ("nf")


@dataclass
class EntryDoc:
    """A feed, sitemap or listing page fetched this run."""

    url: str
    complete: bool = True  # every article under it was stored or known
    validator: dict[str, Any] | None = None  # to save at the end if complete


@dataclass
class RunCounters:
    entry_requests: int = 0
    entry_ok: int = 0
    entry_unchanged: int = 0
    links_listed: int = 0
    links_known: int = 0
    links_dropped_by_limit: int = 0
    links_too_old: int = 0
    articles_requested: int = 0
    entry_failures: Counter[str] = field(default_factory=Counter)
    article_failures: Counter[str] = field(default_factory=Counter)
    notes: Counter[str] = field(default_factory=Counter)


class CrawlRun:
    def __init__(
        self, database_url: str, source: Source, *, run_id: int | None, params: dict[str, Any]
    ) -> None:
        self.database_url = database_url
        self.source = source
        self.conn = connect(database_url)
        self.conn.autocommit = True
        self.source_id = store.upsert_sources(self.conn, [source])[source.name]
        self._wait_for_other_runs()
        self.run_id = run_id if run_id is not None else store.start_run(self.conn, self.source_id, params)
        self.validators = store.load_validators(self.conn, self.source_id)
        self.counters = RunCounters()
        self.docs: dict[str, EntryDoc] = {}
        self.pages_stored = 0
        self.failures_recorded = 0
        self._pages: list[dict[str, Any]] = []
        self._failures: list[dict[str, Any]] = []
        self.closed = False

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
        kind: str,
        detail: str,
        http_status: int | None = None,
        *,
        ancestors: list[str] | None = None,
        entry: bool = False,
        counts: bool = True,
    ) -> None:
        """A ``fetch_failures`` row. ``counts=False`` is a note (e.g. a charset that lied) that does
        not make the run partial."""
        log.warning("%s: %s %s (%s)", self.source.name, kind, url, detail[:200])
        self._failures.append(
            {
                "crawl_run_id": self.run_id,
                "source_id": self.source_id,
                "url": url,
                "kind": kind,
                "detail": detail,
                "http_status": http_status,
            }
        )
        if counts:
            (self.counters.entry_failures if entry else self.counters.article_failures)[kind] += 1
            self.mark_incomplete(ancestors or [])
        else:
            self.counters.notes[kind] += 1
        if len(self._failures) >= BATCH_SIZE:
            self.flush()

    def flush(self) -> None:
        if self._pages:
            self.pages_stored += store.insert_pages(self.conn, self._pages)
            self._pages = []
        if self._failures:
            self.failures_recorded += store.insert_failures(self.conn, self._failures)
            self._failures = []

    def known(self, canonical_urls: list[str]) -> set[str]:
        return store.known_urls(self.conn, canonical_urls)

    # -- the end ------------------------------------------------------------------------------------
    def status(self) -> tuple[CrawlStatus, str]:
        c = self.counters
        pages = self.pages_stored
        failed = sum(c.entry_failures.values()) + sum(c.article_failures.values())
        every = c.entry_failures + c.article_failures
        kinds = ", ".join(f"{kind} {n}" for kind, n in every.most_common())
        parts = [f"{pages} new page(s) stored"] if pages else []
        if failed:
            parts.append(f"{failed} failure(s): {kinds}")
        if c.notes:
            parts.append("notes: " + ", ".join(f"{kind} {n}" for kind, n in c.notes.most_common()))
        if c.entry_unchanged:
            parts.append(f"{c.entry_unchanged} entry document(s) unchanged since last crawl")
        if c.links_known:
            parts.append(f"{c.links_known} listed article(s) already stored")
        if c.links_too_old:
            parts.append(f"{c.links_too_old} older than --since skipped")
        if c.links_dropped_by_limit:
            parts.append(f"{c.links_dropped_by_limit} left for later by --limit")
        detail = "; ".join(parts) or "nothing listed"
        if pages:
            return (CrawlStatus.PARTIAL if failed else CrawlStatus.OK), detail
        walls = c.article_failures[FailureKind.BOT_WALL]
        if c.entry_failures[FailureKind.BOT_WALL] or (walls and walls == sum(c.article_failures.values())):
            return CrawlStatus.BLOCKED, "blocked by a bot wall / challenge page; " + detail
        if c.entry_failures and c.entry_ok == 0 and c.entry_unchanged == 0:
            if set(c.entry_failures) == {FailureKind.PRIVATE_ADDRESS}:
                return CrawlStatus.FAILED, (
                    "the source points at a loopback/private address and that is refused "
                    "(use --allow-private or NEWSFLOW_ALLOW_PRIVATE_ADDRESSES=1 for a local site); " + detail
                )
            if set(c.entry_failures) <= UNREACHABLE_KINDS:
                return CrawlStatus.UNREACHABLE, (
                    "no entry point could be reached (the site is down, moved, or not "
                    "reachable from here); " + detail
                )
            return CrawlStatus.FAILED, "no entry point could be read; " + detail
        if failed:
            return CrawlStatus.FAILED, "nothing stored; " + detail
        if c.links_listed == 0 and c.entry_unchanged == 0:
            return CrawlStatus.EMPTY, "the entry points answered but listed no articles; " + detail
        return CrawlStatus.OK, "no new articles; " + detail

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
                    status = CrawlStatus.PARTIAL if self.pages_stored else CrawlStatus.FAILED
            store.finish_run(
                self.conn,
                self.run_id,
                status=status,
                requests=requests,
                pages_fetched=self.pages_stored,
                pages_failed=self.failures_recorded - sum(self.counters.notes.values()),
                message=message,
            )
            return status, message
        finally:
            self.conn.close()
