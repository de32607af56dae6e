"""Postgres discovery: DATABASE_URL, else a local server, else the embedded one (pgserver)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import rows

from core.store import server
from core.store.migrate import upgrade


def test_database_url_is_used_as_given(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://someone@db.example:5432/news")
    assert server.ensure_database(tmp_path) == ("postgresql://someone@db.example:5432/news", "DATABASE_URL")


@pytest.mark.slow  # starts an embedded PostgreSQL
def test_embedded_server_when_nothing_answers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    # Nothing listens on port 1: the local-server probe fails and the embedded server starts.
    monkeypatch.setattr(server, "LOCAL_ADMIN_URL", "postgresql://postgres@127.0.0.1:1/postgres")
    try:
        url, origin = server.ensure_database(tmp_path, dbname="newsflow_embedded")
        assert origin.startswith("embedded server")
        assert (tmp_path / "pg").is_dir()
        assert upgrade(url), "migrations should apply to the new embedded database"
        ((name, applied),) = rows(url, "SELECT current_database(), count(*) FROM schema_migrations")
        assert name == "newsflow_embedded" and applied > 0
        # A second call reuses the same data directory and database.
        again, _ = server.ensure_database(tmp_path, dbname="newsflow_embedded")
        assert upgrade(again) == []
    finally:
        server.stop_embedded()
    assert not server.answers(url)  # stopped here, not at the interpreter's exit


def test_with_database_keeps_socket_query() -> None:
    url = "postgresql://postgres:@/postgres?host=/tmp/sock"
    assert server.with_database(url, "x") == "postgresql://postgres:@/x?host=/tmp/sock"
