"""The plain helpers every test module shares: fast crawl settings, registry files, database access.

One home on purpose: ``conftest.py`` holds the fixtures (pytest finds those by itself); what a test
imports by name lives here (``from helpers import FAST_CRAWL, cursor, rows, write_registry``).
Before it, the same settings dict, registry-TOML builder and connect/commit/close dance were copied
into each test file, and drifted apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg2
import psycopg2.extensions

from crawlers.registry import Source, write_sources

__all__ = ["FAST_CRAWL", "FAST_SOURCE", "connection", "cursor", "entry", "execute", "rows", "source",
           "write_registry"]

# -- crawling -----------------------------------------------------------------------------------------

# Politeness off for speed on loopback (the sample site runs on 127.0.0.1); everything else as in
# production. A test that needs another value spreads this: ``{**FAST_CRAWL, "DOWNLOAD_TIMEOUT": 2}``.
FAST_CRAWL: dict[str, object] = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "RETRY_BACKOFF_BASE": 0.05,
    "NEWSFLOW_ALLOW_PRIVATE_ADDRESSES": True,
}
# The same in a registry entry's `settings`, which never lift the private-address guard (issue 15):
# the test's environment does (NEWSFLOW_ALLOW_PRIVATE_ADDRESSES=1).
FAST_SOURCE: dict[str, object] = {key: value for key, value in FAST_CRAWL.items()
                                  if key != "NEWSFLOW_ALLOW_PRIVATE_ADDRESSES"}


def entry(kind: str, url: str, **options: object) -> dict:
    """One ``[[source.entry_points]]`` table: ``entry("listing", url, link_pattern=..., max_pages=2)``."""
    return {"kind": kind, "url": url, **({"options": options} if options else {})}


def source(name: str, *entries: dict, domains: Iterable[str] = ("127.0.0.1",), **fields: object) -> dict:
    """One ``[[source]]`` table on the loopback sample site unless ``domains`` says otherwise;
    ``fields`` are the other registry keys (``spider="feed"``, ``settings=FAST_CRAWL``...)."""
    return {"name": name, "domains": list(domains), **fields, "entry_points": list(entries)}


def write_registry(path: Path, *sources: dict) -> Path:
    """``path`` holding a registry of ``sources``, for ``sources_file=`` or NEWSFLOW_SOURCES_FILE.
    Written by the project's own writer, which validates them and checks they read back."""
    return write_sources(path, [Source.model_validate(table) for table in sources])


# -- the database -------------------------------------------------------------------------------------


@contextmanager
def connection(url: str, *, autocommit: bool = False) -> Iterator[psycopg2.extensions.connection]:
    """A connection of its own: committed when the block ends (rolled back on error), always closed;
    with ``autocommit`` each statement commits by itself (CREATE DATABASE needs that).
    Plain psycopg2, not ``core.store.db.connect``: the test looks at the database from outside."""
    conn = psycopg2.connect(url, connect_timeout=10)
    try:
        if autocommit:
            # Not ``with conn``: since psycopg2 2.9 that opens a transaction even in autocommit mode.
            conn.autocommit = True
            yield conn
        else:
            with conn:
                yield conn
    finally:
        conn.close()


@contextmanager
def cursor(url: str, *, autocommit: bool = False) -> Iterator[psycopg2.extensions.cursor]:
    """A cursor on a ``connection()`` of its own: committed at the end of the block, then closed."""
    with connection(url, autocommit=autocommit) as conn, conn.cursor() as cur:
        yield cur


def rows(url: str, sql: str, params: tuple = ()) -> list[tuple]:
    """All rows of one parameterised statement, committed (none for a statement that returns none)."""
    with cursor(url) as cur:
        cur.execute(sql, params)
        return cur.fetchall() if cur.description else []


def execute(url: str, sql: str, params: tuple = ()) -> None:
    """One parameterised statement that returns nothing, committed."""
    rows(url, sql, params)
