"""The multi-class (supervised) path: every label with plenty of examples -> cross-validated linear SVM
on unigrams + bigrams, scored by the fast bigram path, saved and loaded as one .npz."""

from __future__ import annotations

import numpy as np
from classifier_helpers import corpus

from classifier.features import FeatureParams, Featurizer
from classifier.model import TopicModel
from classifier.selftraining import MIN_SEEDS_FOR_WEAK_C

LABELS = ("football", "weather", "markets")


def test_fast_bigrams_match_sklearn() -> None:
    texts = corpus("football", 20, seed=1) + corpus("markets", 20, seed=2) + [
        "Cyber-attacks, 2024: ÉTATS-UNIS & l'ONU! -dash- a b the striker goal",
        "",
        "the of and",  # only stop words: an empty row
        "Striker goal striker goal. Interest rates rose; rates rose again.",
    ]
    featurizer = Featurizer(FeatureParams(ngram_max=2, min_df=2, proper_noun_weight=1.0))
    fitted = featurizer.fit_transform(texts[:30])
    assert any(" " in t for t in featurizer.terms)  # bigrams are in the vocabulary
    fast = featurizer.transform(texts)
    reference = featurizer.vectorizer.transform(texts)  # the generic (sklearn) path, same analyzer
    assert fast.shape == reference.shape and fast.nnz == reference.nnz
    assert abs(fast - reference).max() < 1e-6
    assert abs(fast[:30] - fitted).max() < 1e-6
    state = featurizer.state()
    loaded = Featurizer.from_state(state["params"], state["terms"], state["idf"])
    assert abs(loaded.transform(texts) - fast).max() < 1e-6


def test_multiclass_path_learns_and_round_trips() -> None:
    n = MIN_SEEDS_FOR_WEAK_C + 10
    seeds = {label: corpus(label, n, seed=10 + i) for i, label in enumerate(LABELS)}
    model = TopicModel().fit(seeds)
    assert "cv_macro_f1" in model.metrics and model.metrics["cv_macro_f1"] >= 0.95  # the SVM path
    assert not model.has_none and model.featurizer is not None
    assert model.featurizer.params.ngram_max == 2
    held_out = [(t, label) for i, label in enumerate(LABELS) for t in corpus(label, 20, seed=50 + i)]
    scores = model.score([t for t, _ in held_out])
    accuracy = np.mean([s.label == label for s, (_, label) in zip(scores, held_out, strict=True)])
    assert accuracy >= 0.95
    assert all(s.relevant and s.top_terms for s in scores)

    loaded = TopicModel.from_bytes(model.to_bytes())
    assert loaded.score([t for t, _ in held_out]) == scores
    assert loaded.metrics == model.metrics and loaded.labels == model.labels


def test_multiclass_training_is_reproducible() -> None:
    """The same labels give the same weights: liblinear visits rows in a random order unless
    seeded, and a retrain on unchanged data must not move any score."""
    n = MIN_SEEDS_FOR_WEAK_C + 10
    seeds = {label: corpus(label, n, seed=20 + i) for i, label in enumerate(LABELS)}
    first, second = TopicModel().fit(seeds), TopicModel().fit(seeds)
    assert first.metrics["cv_macro_f1"] >= 0.95  # the SVM path
    assert first.to_bytes() == second.to_bytes()
