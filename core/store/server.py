"""Find a PostgreSQL to use: ``DATABASE_URL`` when given, else a local server on 127.0.0.1:5432
when one answers, else an embedded one (PyPI ``pgserver``, PostgreSQL 16) under ``.data/pg``."""

from __future__ import annotations

import logging
import os
import secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

import psycopg2
from psycopg2 import sql

from core.settings import reset_settings
from core.store import migrate

log = logging.getLogger(__name__)

LOCAL_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
# Keeps the embedded server alive for as long as this process runs.
_embedded: list[Any] = []


def answers(url: str, timeout: int = 2) -> bool:
    try:
        psycopg2.connect(url, connect_timeout=timeout).close()
    except psycopg2.OperationalError:
        return False
    return True


def with_database(url: str, dbname: str) -> str:
    """The same server URL pointing at another database."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + quote(dbname), parts.query, parts.fragment))


def create_database(admin_url: str, dbname: str) -> None:
    conn = psycopg2.connect(admin_url, connect_timeout=10)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (dbname,))
            if cur.fetchone() is None:
                cur.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname)))
    finally:
        conn.close()


def drop_database(admin_url: str, dbname: str) -> None:
    conn = psycopg2.connect(admin_url, connect_timeout=10)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(dbname)))
    finally:
        conn.close()


def start_embedded(data_dir: Path) -> str:
    """Start (or reuse) the embedded server; return an admin URL for it."""
    import pgserver  # imported lazily: only needed when no server is around

    data_dir.mkdir(parents=True, exist_ok=True)
    server = pgserver.get_server(data_dir, cleanup_mode="stop")
    _embedded.append(server)
    return server.get_uri()


def stop_embedded() -> None:
    """Stop the embedded servers this process started, now; else pgserver stops them at exit, when a
    test runner may have closed the streams its log writes to."""
    while _embedded:
        _embedded.pop().cleanup()


def admin_url(data_dir: Path) -> tuple[str, str]:
    """(admin url, where it came from) for a server we may create databases on."""
    env_url = os.environ.get("DATABASE_URL")
    if env_url:
        return env_url, "DATABASE_URL"
    if answers(LOCAL_ADMIN_URL):
        return LOCAL_ADMIN_URL, "local server on 127.0.0.1:5432"
    return start_embedded(data_dir / "pg"), f"embedded server in {data_dir / 'pg'}"


def ensure_database(data_dir: Path, dbname: str = "newsflow") -> tuple[str, str]:
    """(url of a ready database, where it came from). DATABASE_URL is used as is."""
    url, origin = admin_url(data_dir)
    if origin == "DATABASE_URL":
        return url, origin
    create_database(url, dbname)
    return with_database(url, dbname), origin


@contextmanager
def temporary_database(prefix: str, data_dir: Path | None = None) -> Iterator[tuple[str, str]]:
    """(url, where the server came from) of a fresh migrated database ``<prefix>_<random>`` on the
    server ``admin_url`` finds (an embedded one under ``data_dir`` if need be), dropped afterwards,
    also on Ctrl-C. For the tests and the benchmarks: DATABASE_URL points at it while the block
    runs, so that the child processes they start (Scrapy, DAG tasks) use it too."""
    admin, origin = admin_url(data_dir or Path(tempfile.mkdtemp(prefix=f"{prefix}_pg_")))
    name = f"{prefix}_{secrets.token_hex(4)}"
    create_database(admin, name)
    url = with_database(admin, name)
    previous = os.environ.get("DATABASE_URL")
    os.environ["DATABASE_URL"] = url
    reset_settings()
    try:
        migrate.upgrade(url)
        yield url, origin
    finally:
        if previous is None:
            os.environ.pop("DATABASE_URL", None)
        else:
            os.environ["DATABASE_URL"] = previous
        reset_settings()
        drop_database(admin, name)
