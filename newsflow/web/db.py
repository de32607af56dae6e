"""Connection pools for the workbench: one per database role, shared by the request threads."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg2
import psycopg2.extensions
import psycopg2.extras
import psycopg2.pool

from newsflow.web.config import with_settings


class Pool:
    """A small thread-safe pool; a connection that broke (server restarted) is dropped, not reused."""

    def __init__(self, url: str, size: int = 8) -> None:
        # No JIT: a page's queries are short, and compiling them cost more than it saved (50 ms).
        # No parallel workers: starting them cost a page more than they saved (5-20 ms at 1M, more
        # on a busy machine), and concurrent pages share the same cores anyway.
        settings = with_settings(url, jit="off", max_parallel_workers_per_gather="0")
        self._pool = psycopg2.pool.ThreadedConnectionPool(0, size, settings,
                                                          connect_timeout=10, application_name="newsflow-web")

    @contextmanager
    def _connection(self) -> Iterator[psycopg2.extensions.connection]:
        """A connection of the pool, given back after the block; closed instead if it broke."""
        conn = self._pool.getconn()
        broken = False
        try:
            yield conn
        except (psycopg2.OperationalError, psycopg2.InterfaceError):
            broken = True
            raise
        finally:
            self._pool.putconn(conn, close=broken or conn.closed != 0)

    @contextmanager
    def cursor(self, dict_rows: bool = True) -> Iterator[psycopg2.extensions.cursor]:
        """A cursor (rows as dicts unless ``dict_rows`` is false) in one transaction, committed on
        success, rolled back on error."""
        factory = psycopg2.extras.RealDictCursor if dict_rows else None
        with self._connection() as conn, conn, conn.cursor(cursor_factory=factory) as cur:
            yield cur

    @contextmanager
    def _single(self) -> Iterator[psycopg2.extensions.cursor]:
        """A dict cursor for one statement, in autocommit: a statement is its own transaction, and
        psycopg2's BEGIN and COMMIT around it were two more round trips each (a page makes several)."""
        with self._connection() as conn:
            try:
                conn.autocommit = True
                with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                    yield cur
            finally:
                if conn.closed == 0:
                    conn.autocommit = False

    def all(self, sql: Any, params: Any = ()) -> list[dict[str, Any]]:
        with self._single() as cur:
            cur.execute(sql, params)
            return list(cur.fetchall())

    def one(self, sql: Any, params: Any = ()) -> dict[str, Any] | None:
        with self._single() as cur:
            cur.execute(sql, params)
            return cur.fetchone()

    def execute(self, sql: Any, params: Any = ()) -> None:
        with self._single() as cur:
            cur.execute(sql, params)

    def close(self) -> None:
        self._pool.closeall()
