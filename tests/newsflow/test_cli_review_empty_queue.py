"""`newsflow review --n 5 --details` on an empty queue printed nothing and exited 0: on a fresh database
(no model yet) the README's step 8 looked like a command that did nothing, and `ID=$(newsflow review --n 1)`
then gave `newsflow label "" ...` its "invalid int value: ''". It now says why on stderr (stdout stays
the ids only, for scripts)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from analyst_seed import add_article, add_classification, add_label, add_model, add_source

from core.store.db import transaction
from newsflow.cli import main

TOPIC = "international_information_security"
AT = datetime(2026, 11, 20, 9, tzinfo=UTC)


@pytest.fixture
def url(db: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DATABASE_URL", db)
    return db


def _article(cur: object) -> int:
    return add_article(cur, add_source(cur, "wire"), "https://wire.example/1", "A title", "A text.", AT)


def _review(capsys: pytest.CaptureFixture[str], *options: str) -> tuple[int, str, str]:
    status = main(["review", "--n", "5", *options])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_no_model_yet_is_said(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with transaction(url) as conn, conn.cursor() as cur:
        _article(cur)
    status, out, err = _review(capsys, "--details")
    assert (status, out) == (0, "")
    assert err.strip() == ("newsflow review: the review queue is empty: no active model yet (1 stored "
                           "article(s); the first is trained once 20 are stored, by the pipeline or "
                           "`newsflow retrain`)")


def test_everything_labelled_is_said(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with transaction(url) as conn, conn.cursor() as cur:
        model = add_model(cur, "v1", active=True)
        article = _article(cur)
        add_classification(cur, article, model, 0.5, 0.5, ["cyber"])
        add_label(cur, article, TOPIC, by="ana")
    status, out, err = _review(capsys)
    assert (status, out) == (0, "")
    assert err.strip() == ("newsflow review: the review queue is empty: no unlabelled article is scored by "
                           "the active model")


def test_a_queue_with_articles_prints_only_their_ids(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Guard: a queue with something in it is stdout only, as before."""
    with transaction(url) as conn, conn.cursor() as cur:
        model = add_model(cur, "v1", active=True)
        article = _article(cur)
        add_classification(cur, article, model, 0.5, 0.5, ["cyber"])
    assert _review(capsys) == (0, f"{article}\n", "")
    assert _review(capsys, "--details") == (0, f"{article}\t0.500\t0.500\tA title\n", "")

