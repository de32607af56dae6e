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


def test_label_shift_follows_the_out_of_fold_margins_and_is_shrunk_by_the_evidence() -> None:
    import numpy as np

    from classifier.threshold import label_shift

    # Out of fold, two `none` labels passed their fold's threshold (margins 0.5 and 1.0) and every
    # topic label sits above 1.5: the labels ask for the threshold to move up by about 1.25.
    margins = np.array([-2.0, -1.0, 0.5, 1.0, 1.5, 2.0, 3.0])
    relevant = np.array([False, False, False, False, True, True, True])
    assert label_shift(margins, relevant, rule="f1", n0=0) == 1.25
    assert label_shift(margins, relevant, rule="f1", n0=7) == 1.25 * 7 / 14  # n / (n + n0)
    assert 0 < label_shift(margins, relevant, rule="platt", n0=0) <= 3.0
    # Labels of one kind only, or none at all: no move.
    assert label_shift(margins, np.ones(7, dtype=bool)) == 0.0
    assert label_shift(np.empty(0), np.empty(0, dtype=bool)) == 0.0
    # Margins the threshold already separates: no move.
    assert label_shift(np.array([-1.0, -0.5, 0.5, 1.0]), np.array([False, False, True, True]),
                       rule="f1", n0=0) == 0.0


def test_a_labels_rule_moves_the_threshold_by_the_labels_out_of_fold_margins(monkeypatch) -> None:
    import classifier.retrain as retrain_module

    seeds = {TOPIC: corpus(TOPIC, 6, seed=1)}
    pool = corpus(TOPIC, 10, seed=2) + background(20)
    labelled = [(t, TOPIC) for t in corpus(TOPIC, 3, seed=9)] + [(t, "none") for t in background(3, seed=8)]
    plain = train(seeds, unlabeled=pool, labelled=labelled)
    monkeypatch.setattr(retrain_module, "LABEL_RULE", ("f1", 5.0))
    scored = retrain_module.fold_scores(seeds, unlabeled=pool, labelled=labelled)
    moved = train(seeds, unlabeled=pool, labelled=labelled, folds=scored)
    shift = retrain_module.label_threshold_shift(scored, [lab for _, lab in labelled])
    assert moved.metrics["label_shift"] == round(shift, 4)
    assert abs(float(retrain_module.logit(moved.threshold)[0] - retrain_module.logit(plain.threshold)[0])
               - shift) < 1e-6
    cv = retrain_module.cross_validated(seeds, unlabeled=pool, labelled=labelled, scored=scored)
    assert cv["n"] == len(labelled) and cv["folds"] == 5
