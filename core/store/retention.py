"""Raw page retention: the body of a processed page older than ``NEWSFLOW_RAW_RETENTION_DAYS`` is
dropped (``body`` NULL, ``body_dropped_at`` set); its hash, headers, outcome and lineage stay, and
the article made from it is untouched. Such a page can no longer be re-extracted (``reprocess``
lists it). Pending pages are never touched."""

from __future__ import annotations

from datetime import timedelta

from core.store.db import connection

SWEEP_BATCH = 5000  # rows per statement: short transactions, no long lock on a busy table


def drop_old_bodies(database_url: str, days: float | None, conn=None) -> int:
    """Drop the bodies of pages processed and fetched more than ``days`` ago; how many. None: keep.
    On ``conn`` when given (else on a connection of its own)."""
    if days is None:
        return 0
    dropped = 0
    with connection(database_url, conn) as conn:
        while True:
            with conn, conn.cursor() as cur:
                cur.execute(
                    "UPDATE raw_pages SET body = NULL, body_dropped_at = now() WHERE id IN ("
                    " SELECT id FROM raw_pages WHERE body IS NOT NULL AND processed_at IS NOT NULL"
                    " AND fetched_at < now() - %s ORDER BY fetched_at LIMIT %s FOR UPDATE SKIP LOCKED)",
                    (timedelta(days=days), SWEEP_BATCH),
                )
                count = cur.rowcount
            dropped += count
            if count < SWEEP_BATCH:
                return dropped
