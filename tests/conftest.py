"""Shared fixtures: a real PostgreSQL database of this test run's own.

The server is DATABASE_URL's when set, else the local one on 127.0.0.1:5432 when it answers, else an
embedded one. A fresh database ``nf_test_<random>`` is created for the session and dropped after.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg2
import psycopg2.extensions
import pytest
from helpers import cursor
from psycopg2 import sql

from core.settings import get_settings
from core.store.server import temporary_database

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that runs Airflow is slow too (~1 min each): ``-m "not slow"`` leaves it out as well."""
    for item in items:
        if item.get_closest_marker("airflow"):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def fresh_settings() -> Iterator[None]:
    """Settings read from this test's environment, and none left behind: ``get_settings`` is cached, so
    a test that sets ``NEWSFLOW_SEEDS_DIR`` with monkeypatch and calls the CLI would otherwise hand its
    temporary seed folders to every later test of the process (a simulated analyst then trained on a
    one-line seed and a `sports` topic)."""
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with temporary_database("nf_test", tmp_path_factory.mktemp("pgdata")) as (url, _origin):
        yield url


def truncate_all(url: str) -> None:
    with cursor(url) as cur:
        cur.execute(
            "SELECT string_agg(format('%I', tablename), ', ') FROM pg_tables "
            "WHERE schemaname = 'public' AND tablename <> 'schema_migrations'"
        )
        tables = cur.fetchone()[0]
        if tables:
            cur.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")


@pytest.fixture
def db(database_url: str) -> str:
    """An empty, migrated database (all data tables truncated before the test)."""
    truncate_all(database_url)
    return database_url


@pytest.fixture
def login_as(db: str) -> Iterator[Callable[[str], psycopg2.extensions.connection]]:
    """``login_as(group)``: an autocommit connection of a fresh login role inside ``group`` (the
    migrations' ``newsflow_analyst`` or ``newsflow_pipeline``); roles and what they own dropped after."""
    made: list[tuple[str, psycopg2.extensions.connection]] = []

    def make(group: str) -> psycopg2.extensions.connection:
        name = f"nf_test_{group.removeprefix('newsflow_')}_{secrets.token_hex(4)}"
        with cursor(db, autocommit=True) as cur:
            cur.execute(sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(sql.Identifier(name),
                                                                          sql.Identifier(group)))
        # Raw on purpose: logged in as the new role, and held open by the test until the fixture ends.
        conn = psycopg2.connect(db, user=name, connect_timeout=10)
        conn.autocommit = True
        made.append((name, conn))
        return conn

    yield make
    with cursor(db, autocommit=True) as cur:
        for name, conn in made:
            conn.close()
            cur.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(name)))
            cur.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))


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


@pytest.fixture
def registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the shipped source registry (comments, ``{demo_site_port}``) as the configured one:
    ``sources add`` writes into it, never into ``crawlers/sources.toml``."""
    from core.settings import PROJECT_ROOT, reset_settings

    file = tmp_path / "sources.toml"
    shipped = (PROJECT_ROOT / "crawlers" / "sources.toml").read_text(encoding="utf-8")
    file.write_text(shipped, encoding="utf-8")
    monkeypatch.setenv("NEWSFLOW_SOURCES_FILE", str(file))
    reset_settings()
    yield file
    reset_settings()
