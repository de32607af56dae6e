"""Full-text indexing of articles, after they are written (migration 0011).

``articles.search_vector`` is filled here in batches, not on insert: computing ``to_tsvector`` inside
the article upsert made it four times slower. A NULL ``search_vector`` is the queue; the clean stage
calls ``index_pending`` after each processing run, and an article whose title or text changes is
queued again by the upsert. Re-running it on an indexed table does nothing.
"""

from __future__ import annotations

import logging

import psycopg2.errors
import psycopg2.extensions

from core.store.db import connection

log = logging.getLogger(__name__)

_INDEX_BATCH = (
    "UPDATE articles SET search_vector = newsflow_search_vector(title, text) WHERE id IN ("
    " SELECT id FROM articles WHERE search_vector IS NULL ORDER BY id LIMIT %s FOR UPDATE SKIP LOCKED)"
)


def index_batch(conn: psycopg2.extensions.connection, limit: int) -> int:
    """Index up to ``limit`` articles not yet searchable, in one transaction of ``conn`` (rows
    another worker is indexing are skipped). Returns how many were indexed. Processing workers call
    it after each batch, so indexing runs on every core instead of after the last worker."""
    with conn, conn.cursor() as cur:
        cur.execute(_INDEX_BATCH, (max(1, int(limit)),))
        return cur.rowcount


def index_pending(database_url: str, batch_size: int = 2000,
                  conn: psycopg2.extensions.connection | None = None) -> int:
    """Index every article not yet searchable, one transaction per batch (rows another worker is
    indexing are skipped), on ``conn`` (else on a connection of its own). Returns how many were
    indexed."""
    size = max(1, int(batch_size))
    indexed = 0
    with connection(database_url, conn) as conn:
        while True:
            done = index_batch(conn, size)
            indexed += done
            if done < size:
                break
        fold_search_counts(conn)
    if indexed:
        log.info("indexed %d article(s) for full-text search", indexed)
    return indexed


def fold_search_counts(conn: psycopg2.extensions.connection) -> int:
    """Move the search rollup's pending deltas into it (migration 0021): the workbench adds both
    tables, so this only keeps the deltas few. Returns how many delta rows were folded."""
    try:
        with conn, conn.cursor() as cur:
            cur.execute("SELECT to_regprocedure('newsflow_search_fold()') IS NOT NULL")
            if not cur.fetchone()[0]:
                return 0  # a database before migration 0021
            cur.execute("SELECT newsflow_search_fold()")
            return int(cur.fetchone()[0])
    except psycopg2.errors.InsufficientPrivilege:  # a role that may not fold: the owner's runs will
        log.warning("this role may not fold the search rollup's deltas (newsflow_search_fold)")
        return 0
