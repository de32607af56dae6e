"""Cold start (issue 13): no model decides before there is a pool to set its threshold from.

The setback: the first model was trained before anything was crawled (empty pool, threshold 0) and
activated, so every article of the first crawl was relevant at score 1.000.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from classifier_helpers import background, corpus, insert_articles, write_seeds
from helpers import rows

from classifier.model import TopicModel
from classifier.registry import active_model, register
from classifier.retrain import retrain
from classifier.scoring import score_pending
from classifier.threshold import MIN_POOL
from core.settings import reset_settings
from newsflow.pipeline import ensure_active_model

TOPIC = "cyberdiplomacy"



@pytest.fixture
def seeds(tmp_path, monkeypatch) -> Iterator:
    """Five synthetic seeds as the configured seed folder."""
    root = write_seeds(tmp_path / "seeds", {TOPIC: 5})
    monkeypatch.setenv("NEWSFLOW_SEEDS_DIR", str(root))
    reset_settings()
    yield root
    monkeypatch.delenv("NEWSFLOW_SEEDS_DIR")
    reset_settings()


def test_a_seeds_only_model_ranks_but_does_not_mark_everything_relevant() -> None:
    model = TopicModel().fit({TOPIC: corpus(TOPIC, 5, seed=1)})
    on, off = corpus(TOPIC, 20, seed=2), background(7, seed=3)
    scores = model.score(on + off)
    assert model.provisional
    # It ranks: on-topic texts above the background ones ...
    assert min(s.score for s in scores[:20]) > max(s.score for s in scores[20:])
    # ... and the background is not relevant (the setback: everything at 1.000).
    assert not any(s.relevant for s in scores[20:]) and len({round(s.score, 6) for s in scores}) > 2


def test_a_provisional_model_is_not_activated_by_itself(db: str) -> None:
    provisional = TopicModel().fit({TOPIC: corpus(TOPIC, 5, seed=1)}, unlabeled=background(3))
    assert provisional.provisional
    register(db, provisional)
    assert active_model(db) is None
    real = TopicModel().fit({TOPIC: corpus(TOPIC, 5, seed=1)}, unlabeled=background(10))
    assert not real.provisional
    real_id = register(db, real)
    assert active_model(db)[0] == real_id


def test_the_first_model_waits_for_the_first_crawl(db: str, seeds) -> None:
    # Startup on an empty database: nothing is trained, nothing activated.
    assert ensure_active_model(db) is None
    skipped = retrain(db, seeds)
    assert skipped.model_id is None and not skipped.activated and "at least" in skipped.skipped
    assert rows(db, "SELECT count(*) FROM models") == [(0,)]
    # A crawl still landing (fewer than MIN_POOL articles): still nothing.
    insert_articles(db, background(7, seed=9)[: MIN_POOL - 1])
    assert ensure_active_model(db) is None and rows(db, "SELECT count(*) FROM models") == [(0,)]

    # The first crawl has landed: the first real model, and it picks the topic's articles only.
    on_topic = insert_articles(db, corpus(TOPIC, 8, seed=4), start=100)
    found = ensure_active_model(db)
    assert found is not None
    score_pending(db, model_id=found[0])
    relevant = {r[0] for r in rows(db, "SELECT article_id FROM classifications WHERE relevant")}
    assert relevant and relevant <= set(on_topic)


def test_the_model_is_retrained_when_the_pool_has_doubled(db: str, seeds) -> None:
    insert_articles(db, corpus(TOPIC, 6, seed=4) + background(6, seed=5))  # 24 articles
    first, _ = ensure_active_model(db)
    insert_articles(db, background(5, seed=6), start=100)  # 39: grown, not doubled
    assert ensure_active_model(db)[0] == first
    assert rows(db, "SELECT count(*) FROM models") == [(1,)]
    insert_articles(db, background(3, seed=7), start=200)  # 48: doubled
    second, _ = ensure_active_model(db)
    assert second != first and rows(db, "SELECT count(*) FROM models") == [(2,)]
    assert ensure_active_model(db)[0] == second  # and not again until it doubles again
