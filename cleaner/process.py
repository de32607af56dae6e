"""Turn unprocessed ``raw_pages`` into ``articles`` and ``stories``.

One batch is one transaction: claim pending pages (``FOR UPDATE SKIP LOCKED``, so parallel batches
never collide), decode and extract them (in parallel across batches), then, under one advisory lock
so that dedup decisions are serialised, upsert articles keyed on canonical URL, store exact
duplicates once, cluster near-duplicates into stories, and mark every page processed with its
outcome (``raw_pages.process_status``: article / duplicate / skipped / error). A page that fails
is recorded and the batch goes on. Re-running on the same raw pages leaves the same rows.

``process_pending`` runs ``workers`` processes (default ``NEWSFLOW_PROCESS_PARALLELISM``, the
number of cores). Extraction, the CPU-bound part, overlaps; the write phase does not, and runs in
the order of the batches' first ids, so that article ids, story ids and dedup decisions are those of
a serial run.

The parts, one module each: ``claims`` (a batch's claim and its turn to write), ``page`` (one raw
page read and extracted), ``writes`` (the write phase).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from cleaner.claims import claim, wait_for_turn
from cleaner.page import extract_page
from cleaner.selectors import SourceSelectors
from cleaner.writes import ProcessResult, write_guarded
from core.parallel import run_forked
from core.settings import get_settings
from core.store.db import connect, connection, query
from core.store.retention import drop_old_bodies
from core.store.search import index_batch, index_pending

log = logging.getLogger(__name__)


def pending_batches(database_url: str, batch_size: int) -> list[list[int]]:
    """Ids of the unprocessed raw pages, in order, cut into batches of ``batch_size``."""
    pending = query(database_url, "SELECT id FROM raw_pages WHERE processed_at IS NULL ORDER BY id")
    ids = [row[0] for row in pending]
    size = max(1, int(batch_size))
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def process_pending(database_url: str, *, raw_page_ids: list[int] | None = None,
                    batch_size: int = 500, progress: Callable[[int], object] | None = None,
                    workers: int | None = None) -> ProcessResult:
    """Process pending raw pages (all of them, or only ``raw_page_ids``) in batches of
    ``batch_size`` with ``workers`` processes (default ``NEWSFLOW_PROCESS_PARALLELISM``; never more
    than there are batches); pages locked by another worker are left to it. ``progress`` is called
    with the number of pages of each committed batch."""
    wanted = sorted(set(raw_page_ids)) if raw_page_ids is not None else None
    size = max(1, int(batch_size))
    count = max(1, int(workers if workers is not None else get_settings().process_parallelism))
    # One connection for the count, a serial run's batches, the indexing and the retention sweep.
    conn = connect(database_url)
    try:
        if count > 1:
            count = min(count, -(-_pending_count(conn, wanted) // size))
        if count > 1:
            conn.close()  # before forking: the workers open their own
            total = _run_workers(database_url, wanted, size, count, progress)
            conn = connect(database_url)
        else:  # one batch or none
            total = _drain(database_url, wanted, size, progress, conn)
        index_pending(database_url, conn=conn)  # what the workers left: an interrupted earlier run's
        drop_old_bodies(database_url, get_settings().raw_retention_days, conn=conn)
    finally:
        conn.close()
    return total


def _pending_count(conn, wanted: list[int] | None) -> int:
    with conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM raw_pages WHERE processed_at IS NULL "
                    "AND (%s::bigint[] IS NULL OR id = ANY(%s))", (wanted, wanted))
        return int(cur.fetchone()[0])


def _drain(database_url: str, wanted: list[int] | None, size: int,
           progress: Callable[[int], object] | None, conn=None) -> ProcessResult:
    """One worker: claim and process batches until none is left (on ``conn``, else on a connection
    of its own)."""
    total = ProcessResult()
    with connection(database_url, conn) as conn:
        while True:
            with conn:
                result = _process_batch(conn, wanted, size)
            if result is None:
                break
            total.add(result)
            # This batch's articles made searchable here, after its commit and outside the write
            # order: indexing then runs on every worker's core, not after the last worker on one.
            if written := result.articles_new + result.articles_updated:
                index_batch(conn, written)
            if progress is not None:
                progress(result.pages)
    return total


def _run_workers(database_url: str, wanted: list[int] | None, size: int, count: int,
                 progress: Callable[[int], object] | None) -> ProcessResult:
    total = ProcessResult()
    for result in run_forked(_drain, [(database_url, wanted, size)] * count, progress):
        total.add(result)
    return total


def reprocess(database_url: str, *, since: datetime | None = None, source: str | None = None,
              raw_page_ids: list[int] | None = None, batch_size: int = 500,
              progress: Callable[[int], object] | None = None) -> ProcessResult:
    """Re-extract stored raw pages (fetched since ``since``, of ``source``) without refetching:
    mark them unprocessed, then process them again. Articles keep their ids and story ids. Pages
    whose body retention dropped are left as they are and listed in ``body_dropped``."""
    conn = connect(database_url)
    try:
        with conn, conn.cursor() as cur:
            cur.execute(
                "WITH chosen AS (SELECT r.id, r.body_dropped_at IS NOT NULL AS dropped FROM raw_pages AS r "
                " JOIN sources AS s ON s.id = r.source_id "
                " WHERE (%(since)s::timestamptz IS NULL OR r.fetched_at >= %(since)s) "
                " AND (%(source)s::text IS NULL OR s.name = %(source)s) "
                " AND (%(ids)s::bigint[] IS NULL OR r.id = ANY(%(ids)s))), "
                "reset AS (UPDATE raw_pages AS r SET processed_at = NULL, process_error = NULL, "
                " process_status = NULL FROM chosen AS c WHERE c.id = r.id AND NOT c.dropped RETURNING r.id) "
                "SELECT id, false FROM reset UNION ALL SELECT id, true FROM chosen WHERE dropped",
                {"since": since, "source": source, "ids": raw_page_ids},
            )
            found = cur.fetchall()
    finally:
        conn.close()
    ids = sorted(raw_id for raw_id, dropped in found if not dropped)
    dropped = sorted(raw_id for raw_id, dropped in found if dropped)
    if dropped:
        log.warning("%d raw page(s) cannot be re-extracted: their bodies were dropped by retention "
                    "(NEWSFLOW_RAW_RETENTION_DAYS): ids %s", len(dropped), dropped[:20])
    result = ProcessResult(body_dropped=dropped)
    if ids:
        result.add(process_pending(database_url, raw_page_ids=ids, batch_size=batch_size, progress=progress))
    return result


def _process_batch(conn, wanted: list[int] | None, size: int) -> ProcessResult | None:
    """Claim, extract and write one batch; None when nothing is left to claim."""
    with conn.cursor() as cur:
        rows = claim(cur, wanted, size)
        if not rows:
            return None
        selectors = _source_selectors(cur, {row[1] for row in rows})
        zones = _source_timezones(cur, {row[1] for row in rows})
        pages = [extract_page(row, selectors.get(row[1]), zones.get(row[1])) for row in rows]
        wait_for_turn(cur, rows)
        result = write_guarded(cur, pages)
    log.info("processed %d raw page(s): %s", len(pages), result)
    return result


def _source_selectors(cur, source_ids: set[int]) -> dict[int, SourceSelectors]:
    """The registry's per-source CSS selectors (``sources.config``) of the batch's sources."""
    cur.execute("SELECT id, config -> 'selectors' FROM sources WHERE id = ANY(%s) "
                "AND jsonb_typeof(config -> 'selectors') = 'object'", (sorted(source_ids),))
    return {source_id: SourceSelectors.model_validate(value) for source_id, value in cur.fetchall()}


def _source_timezones(cur, source_ids: set[int]) -> dict[int, str]:
    """The registry's time zone of each source (``sources.config`` ``timezone``, an IANA name), in
    which the cleaner reads a page's times that carry no offset."""
    cur.execute("SELECT id, config ->> 'timezone' FROM sources WHERE id = ANY(%s) "
                "AND config ->> 'timezone' IS NOT NULL", (sorted(source_ids),))
    return dict(cur.fetchall())
