"""Retraining with labels never makes things worse (issue 13). The setback: on the 30 demo articles,
one label `relevant` and one `none`, then `newsflow retrain`: the new model was activated (it was
"not worse" on the two labels it had been trained on) with a threshold of 0.26, and 29 of 30
articles became relevant. Now a model is activated only when cross-validation over the labels (the
scored fold never among its training labels) says it is better than the active one."""

from __future__ import annotations

import pytest
from classifier_helpers import background, corpus, insert_articles
from helpers import rows

from classifier.labels import record_label
from classifier.model import TopicModel
from classifier.registry import active_model_id
from classifier.retrain import cross_validated, out_of_fold, retrain
from core.settings import get_settings
from newsflow.pipeline import ensure_active_model
from newsflow.site.content import make_article

TOPIC = "international_information_security"


def decided(db: str) -> set[int]:
    return {r[0] for r in rows(db, "SELECT article_id FROM relevant_articles")}


@pytest.fixture
def demo(db: str) -> dict:
    """The sample site's first 30 articles stored (as the demo's first crawl stores them), the first
    model trained on them from the shipped seeds."""
    articles = [make_article(i) for i in range(30)]
    ids = insert_articles(db, [a.title + "\n" + "\n\n".join(a.paragraphs) for a in articles])
    with_truth = dict(zip(ids, articles, strict=True))
    ensure_active_model(db)
    from classifier.scoring import score_pending

    score_pending(db)
    return {"truth": {i for i, a in with_truth.items() if a.relevant}, "ids": ids, "articles": with_truth}


def f1(found: set[int], truth: set[int]) -> float:
    hits = len(found & truth)
    return 2 * hits / (len(found) + len(truth)) if found or truth else 1.0


def test_two_labels_do_not_flood_the_demo(db: str, demo: dict) -> None:
    before = decided(db)
    first = active_model_id(db)
    on = next(i for i in demo["ids"] if i in demo["truth"])
    off = next(i for i in demo["ids"] if i not in demo["truth"])
    record_label(db, on, TOPIC, by="ana")
    record_label(db, off, "none", by="ana")
    result = retrain(db, get_settings().seeds_dir)
    after = decided(db)
    assert result.metrics["folds"] == 2  # two labels: each scored by a model trained on the other
    assert len(after) <= len(demo["truth"]) + 2, (len(after), result)  # was 29 of 30
    assert f1(after, demo["truth"]) >= f1(before, demo["truth"])
    # Only a better model replaces the first one; the same labels again give no better one.
    again = retrain(db, get_settings().seeds_dir)
    assert not again.activated and active_model_id(db) in {first, result.model_id}


def test_the_scored_fold_is_never_among_the_training_labels() -> None:
    """An on-topic text labelled `none`: a model trained on that label pushes it down; the
    cross-validation scores it with a model that never saw the label, so it scores higher there."""
    seeds = {"cyberdiplomacy": corpus("cyberdiplomacy", 5, seed=1)}
    pool = corpus("cyberdiplomacy", 10, seed=2) + background(10, seed=3)
    odd = corpus("cyberdiplomacy", 1, seed=4)[0]
    labelled = [(odd, "none")] + [(t, "none") for t in background(2, seed=5)] + \
        [(t, "cyberdiplomacy") for t in corpus("cyberdiplomacy", 3, seed=6)]
    in_sample = TopicModel().fit(seeds, unlabeled=[*pool, odd], labelled=labelled).score([odd])[0]
    _relevant, scores, folds = out_of_fold(seeds, unlabeled=[*pool, odd], labelled=labelled)
    assert folds == 5 and scores[0] > in_sample.score + 0.05
    cv = cross_validated(seeds, unlabeled=[*pool, odd], labelled=labelled)
    assert cv["n"] == len(labelled) and cv["errors"] >= 1  # the odd label is a mistake out of fold
