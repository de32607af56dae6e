"""``classifier.retrain.train``: the one training step that ``newsflow train`` and ``retrain`` share."""

from __future__ import annotations

from classifier_helpers import background, corpus

from classifier.corpus import seeds_hash
from classifier.evaluation import binary_metrics
from classifier.retrain import train

TOPIC = "cyberdiplomacy"


def test_train_records_its_time_the_seeds_and_the_labelled_evaluation() -> None:
    seeds = {TOPIC: corpus(TOPIC, 6, seed=1)}
    labelled = [(t, TOPIC) for t in corpus(TOPIC, 3, seed=9)] + [(t, "none") for t in background(2, seed=8)]

    model = train(seeds, unlabeled=corpus(TOPIC, 10, seed=2) + background(20), labelled=labelled)

    assert model.labels == [TOPIC] and model.seeds_hash == seeds_hash(seeds)
    assert model.metrics["train_seconds"] >= 0
    assert model.metrics["labelled_eval"] == binary_metrics(model, labelled)
    assert model.metrics["labelled_eval"]["n"] == len(labelled)


def test_train_without_labels_has_no_labelled_evaluation() -> None:
    model = train({TOPIC: corpus(TOPIC, 6, seed=1)}, unlabeled=background(20))
    assert "labelled_eval" not in model.metrics and "train_seconds" in model.metrics
