"""PostgreSQL connections. Every query in the project is parameterised (psycopg2 placeholders)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg2
import psycopg2.extensions
import psycopg2.extras

from core.settings import get_settings


class DatabaseNotConfigured(RuntimeError):
    pass


def configured_database_url() -> str:
    """``DATABASE_URL`` of this process (a spider subprocess gets it from its parent); an error
    naming the fix when it is not set. Commands and DAG tasks resolve theirs with
    ``newsflow.database.resolve_database_url``; library functions take the URL as an argument."""
    url = get_settings().database_url
    if not url:
        raise DatabaseNotConfigured(
            "DATABASE_URL is not set. Export it (postgresql://user@host:5432/db) or run "
            "`newsflow db ensure` to find or start a local server."
        )
    return url


def connect(url: str) -> psycopg2.extensions.connection:
    """A connection to ``url``; never a guess from the environment (the caller resolved it)."""
    conn = psycopg2.connect(url, connect_timeout=10, application_name="newsflow")
    psycopg2.extras.register_default_jsonb(conn)
    return conn


@contextmanager
def transaction(url: str) -> Iterator[psycopg2.extensions.connection]:
    """A connection that commits on success, rolls back on error, and is always closed."""
    conn = connect(url)
    try:
        with conn:
            yield conn
    finally:
        conn.close()


@contextmanager
def connection(url: str, conn: psycopg2.extensions.connection | None = None,
               ) -> Iterator[psycopg2.extensions.connection]:
    """``conn`` when the caller lends one (left open), else a connection of its own, closed after."""
    if conn is not None:
        yield conn
        return
    own = connect(url)
    try:
        yield own
    finally:
        own.close()


def query(url: str, sql: str, params: tuple = ()) -> list[tuple]:
    """All rows of one parameterised read, on a short-lived connection of its own."""
    conn = connect(url)
    try:
        with conn, conn.cursor() as cur:
            cur.execute(sql, params)
            return cur.fetchall()
    finally:
        conn.close()
