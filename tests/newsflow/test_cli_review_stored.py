"""``newsflow review`` without a model file: the head of the stored ``review_queue`` (what the
workbench's review page shows), so that a script labels what the analyst would; and the one-line
error of a command run against a database that was never migrated."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import UTC, datetime

import psycopg2
import pytest
from analyst_seed import add_article, add_classification, add_label, add_model, add_source, add_story
from helpers import cursor, rows
from psycopg2 import sql

from core.settings import reset_settings
from core.store.db import transaction
from newsflow.cli import main

AT = datetime(2026, 11, 20, 9, tzinfo=UTC)


@pytest.fixture
def stored(monkeypatch: pytest.MonkeyPatch, db: str) -> Iterator[str]:
    """Six scored articles over two stories, one of them labelled; DATABASE_URL pointing at them."""
    with transaction(db) as conn, conn.cursor() as cur:
        source = add_source(cur, "xinhua")
        model = add_model(cur, "v1", 0.5, active=True)
        story = add_story(cur, "s", AT, AT)
        for n, score in enumerate((0.49, 0.9, 0.2, 0.55, 0.51)):
            article = add_article(cur, source, f"https://x.example/{n}", f"Title\n {n}", f"text {n}", AT,
                                  story_id=story if n < 2 else None)
            add_classification(cur, article, model, score, 0.5)
        labelled = add_article(cur, source, "https://x.example/l", "labelled", "text", AT)
        add_classification(cur, labelled, model, 0.5, 0.5)
        add_label(cur, labelled, "none")
    monkeypatch.setenv("DATABASE_URL", db)
    reset_settings()
    yield db
    reset_settings()


def test_review_prints_the_head_of_the_stored_queue(stored: str, capsys: pytest.CaptureFixture) -> None:
    queue = [r[0] for r in rows(stored, "SELECT article_id FROM review_queue")]
    assert len(queue) == 5  # the labelled article is done
    assert main(["review", "--n", "3"]) == 0
    assert [int(line) for line in capsys.readouterr().out.split()] == queue[:3]


def test_review_details_give_score_threshold_and_a_one_line_title(stored: str,
                                                                 capsys: pytest.CaptureFixture) -> None:
    assert main(["review", "--n", "1", "--details"]) == 0
    first = rows(stored, "SELECT article_id, score, title FROM review_queue LIMIT 1")[0]
    line = capsys.readouterr().out.rstrip("\n")
    assert line.split("\t") == [str(first[0]), f"{first[1]:.3f}", "0.500", " ".join(first[2].split())]


@pytest.mark.parametrize("argv", [["review", "--model", "m.joblib"], ["review", "--input", "x.jsonl"],
                                  ["review", "--model", "m.joblib", "--input", "x.jsonl", "--details"]])
def test_review_half_a_file_mode_is_a_usage_error(stored: str, argv: list[str],
                                                  capsys: pytest.CaptureFixture) -> None:
    assert main(argv) == 2
    assert "review:" in capsys.readouterr().err


@pytest.fixture
def unmigrated(monkeypatch: pytest.MonkeyPatch, db: str) -> Iterator[str]:
    """A database on the same server that answers but holds no newsflow tables."""
    name = f"nf_test_bare_{secrets.token_hex(4)}"
    with cursor(db, autocommit=True) as cur:
        cur.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    dsn = psycopg2.extensions.parse_dsn(db)
    url = psycopg2.extensions.make_dsn(**{**dsn, "dbname": name})
    monkeypatch.setenv("DATABASE_URL", url)
    reset_settings()
    try:
        yield url
    finally:
        reset_settings()
        with cursor(db, autocommit=True) as cur:
            cur.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.mark.parametrize("argv", [["review"], ["label", "1", "none"]])
def test_an_unmigrated_database_says_to_upgrade(unmigrated: str, argv: list[str],
                                                capsys: pytest.CaptureFixture) -> None:
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "no newsflow schema" in err and "newsflow db upgrade" in err, err
    assert "Traceback" not in err
