"""Shared fixtures: a real PostgreSQL database of this test run's own.

The server is DATABASE_URL's when set, else the local one on 127.0.0.1:5432 when it answers, else an
embedded one. A fresh database ``nf_test_<random>`` is created for the session and dropped after.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import psycopg2
import pytest

from core.settings import reset_settings
from core.store import migrate, server

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"



@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    admin, _origin = server.admin_url(tmp_path_factory.mktemp("pgdata"))
    name = f"nf_test_{secrets.token_hex(4)}"
    server.create_database(admin, name)
    url = server.with_database(admin, name)
    old = os.environ.get("DATABASE_URL")
    os.environ["DATABASE_URL"] = url
    reset_settings()
    migrate.upgrade(url)
    yield url
    if old is None:
        os.environ.pop("DATABASE_URL", None)
    else:
        os.environ["DATABASE_URL"] = old
    reset_settings()
    server.drop_database(admin, name)


def truncate_all(url: str) -> None:
    conn = psycopg2.connect(url)
    try:
        with conn, conn.cursor() as cur:
            cur.execute(
                "SELECT string_agg(format('%I', tablename), ', ') FROM pg_tables "
                "WHERE schemaname = 'public' AND tablename <> 'schema_migrations'"
            )
            tables = cur.fetchone()[0]
            if tables:
                cur.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
    finally:
        conn.close()


@pytest.fixture
def db(database_url: str) -> str:
    """An empty, migrated database (all data tables truncated before the test)."""
    truncate_all(database_url)
    return database_url


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the clone; tests needing it skip on a user's clone."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: this test needs the team's shared data beside the clone")
    return SHARED


# -- fetch stage: the project's sample news site on 127.0.0.1 (newsflow.site) --------------------
@pytest.fixture(scope="session")
def news_site() -> Iterator:
    """The sample news site (30 articles, no faults), running for the whole session.
    Tests that add articles should use their own ``running_site`` instead."""
    from newsflow.site.server import running_site

    with running_site(articles=30) as site:
        yield site


@pytest.fixture(scope="session")
def news_site_faults() -> Iterator:
    """The sample site with its fault endpoints under /faults/ (see newsflow.site.faults)."""
    from newsflow.site.server import running_site

    with running_site(articles=10, faults=True) as site:
        yield site
