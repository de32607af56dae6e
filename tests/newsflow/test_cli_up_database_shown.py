"""``newsflow up`` names the database it uses (password hidden). It printed "database ready" alone, so a
user who gave DATABASE_URL to ``make run`` only, or let it find the local server, could not tell which
database later commands (``newsflow db ensure``, ``review``, ``label``, psql) must be given."""

from __future__ import annotations

import pytest
from helpers import free_ports

from newsflow.cli import main
from newsflow.cli.up import shown_database


def _stop_after_database(_url: str) -> None:
    raise RuntimeError("stopped after the database line")


def test_up_prints_the_database_it_uses(monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql://ana:s3cret@db.example:5432/newsroom"
    monkeypatch.setattr("newsflow.cli.up.airflow_environment", lambda _port: ({}, url))
    monkeypatch.setattr("newsflow.pipeline.ensure_active_model", _stop_after_database)
    monkeypatch.setenv("NEWSFLOW_WEB_HOST", "127.0.0.1")
    web_port, airflow_port = free_ports(2)  # below the ephemeral range, as are its log servers' +713
    monkeypatch.setenv("NEWSFLOW_WEB_PORT", str(web_port))
    status = main(["up", "--port", str(airflow_port)])
    out = capsys.readouterr().out
    assert status == 1
    assert out.splitlines()[0] == "database ready: postgresql://ana:***@db.example:5432/newsroom"
    assert "s3cret" not in out


@pytest.mark.parametrize(("url", "shown"), [
    ("postgresql://postgres@127.0.0.1:5432/newsflow", "postgresql://postgres@127.0.0.1:5432/newsflow"),
    ("postgresql://u:p%40ss@h:5432/d?sslmode=require", "postgresql://u:***@h:5432/d?sslmode=require"),
    ("postgresql://postgres@/newsflow?host=/srv/.data/pg", "postgresql://postgres@/newsflow?host=/srv/.data/pg"),
    ("postgresql:///newsflow?host=/tmp&password=pw&user=x", "postgresql:///newsflow?host=/tmp&password=***&user=x"),
])
def test_the_password_is_hidden_and_nothing_else_changes(url: str, shown: str) -> None:
    assert shown_database(url) == shown
