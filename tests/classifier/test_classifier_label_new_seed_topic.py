"""A topic just added as a seed folder can be labelled (README: "LABEL is a seed label or none"; `newsflow
label -h`: "a seed label, or 'none'"). `newsflow label ID sports` after `mkdir seeds/sports` was refused
("neither one of the active model's labels ... nor 'none'"): no model knows the new topic yet, and the
retrain that could activate one judges it by exactly these labels, so the new topic could never win."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from analyst_seed import add_article, add_model, add_source
from helpers import rows

from classifier.corpus import seed_labels
from core.store.db import transaction
from newsflow.cli import main

TOPIC = "international_information_security"


@pytest.fixture
def article(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """One stored article, an active model knowing only TOPIC, and seeds with TOPIC and `sports`."""
    for label in (TOPIC, "sports"):
        (tmp_path / "seeds" / label).mkdir(parents=True)
        (tmp_path / "seeds" / label / "a.txt").write_text(f"A {label} text.\n", encoding="utf-8")
    monkeypatch.setenv("NEWSFLOW_SEEDS_DIR", str(tmp_path / "seeds"))
    monkeypatch.setenv("DATABASE_URL", db)
    at = datetime(2026, 11, 20, 9, tzinfo=UTC)
    with transaction(db) as conn, conn.cursor() as cur:
        add_model(cur, "v1", active=True)
        return add_article(cur, add_source(cur, "wire"), "https://wire.example/1", "Marathon record falls",
                           "Runners raced through the city.", at)


def _labels(db: str) -> list[tuple]:
    return rows(db, "SELECT article_id, label, labelled_by FROM labels ORDER BY labelled_by")


def test_a_new_seed_folder_is_a_label(db: str, article: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["label", str(article), "sports", "--by", "ana"]) == 0, capsys.readouterr().err
    assert _labels(db) == [(article, "sports", "ana")]


@pytest.mark.parametrize("label", [TOPIC, "none"])
def test_the_active_models_labels_and_none_stay_labels(db: str, article: int, label: str) -> None:
    assert main(["label", str(article), label, "--by", "ana"]) == 0
    assert _labels(db) == [(article, label, "ana")]


def test_a_label_in_no_model_and_no_seed_folder_is_refused(db: str, article: int,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """Guard: a typo is still caught, and the message lists what is accepted."""
    assert main(["label", str(article), "sprots", "--by", "ana"]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line == ("newsflow label: error: label 'sprots' is neither one of the active model's labels or "
                    f"seed folders ({TOPIC}, sports) nor 'none'")
    assert _labels(db) == []


def test_seed_labels_are_the_folders(tmp_path: Path) -> None:
    for name in ("b_topic", "a_topic", ".hidden", "none"):
        (tmp_path / name).mkdir()
    (tmp_path / "README.txt").write_text("not a topic", encoding="utf-8")
    assert seed_labels(tmp_path) == ["a_topic", "b_topic"]
    assert seed_labels(tmp_path / "missing") == []
