"""A wrong DATABASE_URL, as a new user writes it: a usage error naming DATABASE_URL (exit 2, one line),
and ``newsflow db ensure`` (the README's ``psql "$(newsflow db ensure)"``) only prints a URL that
answers, never a dead one with exit 0."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from newsflow.cli import main


@pytest.fixture(autouse=True)
def _fresh_settings() -> Iterator[None]:
    from core.settings import reset_settings

    reset_settings()
    yield
    reset_settings()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(argv: list[str], url: str, monkeypatch: pytest.MonkeyPatch,
         capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from core.settings import reset_settings

    monkeypatch.setenv("DATABASE_URL", url)
    reset_settings()
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("url", ["notaurl", "postgresql://postgres@127.0.0.1:1/x?sslmod=require"])
@pytest.mark.parametrize("argv", [["review", "--n", "1"], ["db", "upgrade"], ["db", "ensure"]])
def test_a_malformed_database_url_is_a_usage_error(url: str, argv: list[str], monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """It said "ProgrammingError: invalid dsn: ... (run with -v for the traceback)", exit 1 (and
    ``db ensure`` printed the string back with exit 0)."""
    status, out, err = _run(argv, url, monkeypatch, capsys)
    (line,) = err.strip().splitlines()
    assert status == 2 and out == "", (status, out, line)
    assert "DATABASE_URL" in line and "not a PostgreSQL URL" in line, line
    assert "ProgrammingError" not in line and "-v" not in line, line


def test_db_ensure_says_when_database_url_does_not_answer(monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(["db", "ensure"], f"postgresql://postgres@127.0.0.1:{_closed_port()}/none",
                            monkeypatch, capsys)
    assert status == 1 and out == ""
    assert err.strip().startswith("newsflow db: error: PostgreSQL did not answer: "), err


def test_db_ensure_says_when_the_database_is_missing(database_url: str, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from psycopg2.extensions import make_dsn, parse_dsn

    url = make_dsn(**{**parse_dsn(database_url), "dbname": "nf_test_never_created_134"})
    status, out, err = _run(["db", "ensure"], url, monkeypatch, capsys)
    assert status == 1 and out == ""
    assert "has no database 'nf_test_never_created_134'" in err, err


def test_db_ensure_prints_a_url_that_answers(database_url: str, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Guard: the README's use, unchanged."""
    status, out, _err = _run(["db", "ensure"], database_url, monkeypatch, capsys)
    assert status == 0 and out == database_url + "\n"
