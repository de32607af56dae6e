"""Connection pools for the workbench: one per database role, shared by the request threads."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg2
import psycopg2.extensions
import psycopg2.extras

from newsflow.web.config import with_settings

# A connection idle this long is pinged before it is lent again: the server may have restarted
# meanwhile, and a page should not fail for that. Back-to-back queries of one page skip the ping.
PING_AFTER_IDLE_S = 2.0
# How long a request waits for a connection when all of them are lent out.
WAIT_FOR_CONNECTION_S = 10.0


class PoolExhausted(RuntimeError):
    """Every connection stayed lent out for ``WAIT_FOR_CONNECTION_S``."""


class Pool:
    """A small thread-safe pool that keeps up to ``size`` connections open between requests (opening
    one costs ~13 ms, a query ~0.4); a connection that broke (server restarted) is dropped, not reused.
    Nothing is opened before the first request, so the workbench starts while PostgreSQL is down.

    Not psycopg2's ``ThreadedConnectionPool``: it keeps only ``minconn`` connections given back and
    closes the rest, and it opens all ``minconn`` at once when built."""

    def __init__(self, url: str, size: int = 8) -> None:
        # No JIT: a page's queries are short, and compiling them cost more than it saved (50 ms).
        # No parallel workers: starting them cost a page more than they saved (5-20 ms at 1M, more
        # on a busy machine), and concurrent pages share the same cores anyway.
        self._dsn = with_settings(url, jit="off", max_parallel_workers_per_gather="0")
        self._slots = threading.BoundedSemaphore(size)
        self._lock = threading.Lock()
        self._idle: list[tuple[psycopg2.extensions.connection, float]] = []  # (connection, idle since)

    def _open(self) -> psycopg2.extensions.connection:
        return psycopg2.connect(self._dsn, connect_timeout=10, application_name="newsflow-web")

    def _take(self) -> psycopg2.extensions.connection:
        """The most recently used idle connection that still answers, else a new one."""
        while True:
            with self._lock:
                conn, since = self._idle.pop() if self._idle else (None, 0.0)
            if conn is None:
                return self._open()
            if conn.closed == 0 and (time.monotonic() - since < PING_AFTER_IDLE_S or _answers(conn)):
                return conn
            conn.close()

    @contextmanager
    def _connection(self) -> Iterator[psycopg2.extensions.connection]:
        """A connection of the pool, given back after the block; closed instead if it broke."""
        if not self._slots.acquire(timeout=WAIT_FOR_CONNECTION_S):
            raise PoolExhausted(f"no database connection free within {WAIT_FOR_CONNECTION_S:.0f} s")
        try:
            conn = self._take()
            broken = False
            try:
                yield conn
            except (psycopg2.OperationalError, psycopg2.InterfaceError):
                broken = True
                raise
            finally:
                if broken or conn.closed != 0 or not _reusable(conn):
                    conn.close()
                else:
                    with self._lock:
                        self._idle.append((conn, time.monotonic()))
        finally:
            self._slots.release()

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
        with self._lock:
            idle, self._idle = self._idle, []
        for conn, _since in idle:
            conn.close()


def _answers(conn: psycopg2.extensions.connection) -> bool:
    """Whether an idle connection still reaches its server (one round trip)."""
    try:
        autocommit = conn.autocommit
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("SELECT 1")
        conn.autocommit = autocommit
        return True
    except (psycopg2.OperationalError, psycopg2.InterfaceError):
        return False


def _reusable(conn: psycopg2.extensions.connection) -> bool:
    """Idle, outside any transaction (a block that left one open is rolled back first)."""
    status = conn.info.transaction_status
    if status == psycopg2.extensions.TRANSACTION_STATUS_UNKNOWN:
        return False
    if status != psycopg2.extensions.TRANSACTION_STATUS_IDLE:
        try:
            conn.rollback()
        except psycopg2.Error:
            return False
    return True
