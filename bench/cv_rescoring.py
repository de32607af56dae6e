"""Score-time variants of ``tune_classifier_cv.py``'s labels protocol, on the fits it already made
(not adopted; docs/classifier-method.md): a specificity factor from the ``none`` labels
(``--compare labels-specificity``) and passage max-pooling (``--compare labels-passage``)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cv_thresholds import logit

from classifier.model import TopicModel


def _direction(positive_sum: np.ndarray, n_positive: int, none_centroid: np.ndarray) -> np.ndarray:
    d = np.maximum(positive_sum / n_positive - none_centroid, 0.0)
    norm = float(np.linalg.norm(d))
    return d / norm if norm > 0 else d


def _specificity(model: TopicModel, seeds: dict[str, list[str]], labelled: list[tuple[str, str]],
                 scored: list[str]) -> np.ndarray:
    """The specificity factor of ``scored`` (``--compare labels-specificity``; one topic label): the
    direction max(0, centroid of the positives (seeds and topic labels) - centroid of the ``none``
    labels), unit length; a text's specificity is its cosine with it; the cut is the positives'
    lowest leave-one-out specificity (each against the direction made without it); the factor is
    min(1, specificity / cut). 1 everywhere without ``none`` labels."""
    f = model.featurizer
    assert f is not None
    X_pos = f.transform([*seeds[model.labels[0]], *(t for t, lab in labelled if lab != "none")])
    none = [t for t, lab in labelled if lab == "none"]
    if not none:
        return np.ones(len(scored))
    none_centroid = np.asarray(f.transform(none).mean(axis=0)).ravel()
    total = np.asarray(X_pos.sum(axis=0)).ravel()
    n = X_pos.shape[0]
    loo = []
    for i in range(n):
        row = X_pos[i].toarray().ravel()
        loo.append(float(row @ _direction(total - row, n - 1, none_centroid)))
    cut = max(0.0, min(loo))
    spec = np.asarray(f.transform(scored) @ _direction(total, n, none_centroid)).ravel()
    return np.clip(spec / cut, 0.0, 1.0) if cut > 0 else np.ones(len(scored))


PASSAGE_WORDS, PASSAGE_STRIDE = 60, 30


def _windows(text: str) -> list[str]:
    """Overlapping passages of ``PASSAGE_WORDS`` words, every ``PASSAGE_STRIDE`` words (the whole text
    when shorter)."""
    words = text.split()
    starts = range(0, max(1, len(words) - PASSAGE_WORDS + PASSAGE_STRIDE), PASSAGE_STRIDE)
    return [" ".join(words[i : i + PASSAGE_WORDS]) for i in starts]


def _topic_logodds(model: TopicModel, texts: list[str]) -> np.ndarray:
    assert model.featurizer is not None
    return logit(model._topic(model._probabilities(model.featurizer.transform(texts))))


def _passage_logodds(model: TopicModel, texts: list[str], weight: float) -> np.ndarray:
    """(1 - weight) x the document's topic log-odds + weight x its best passage's (max-pooling over
    ``_windows``): cyber words and diplomacy words that never meet in one passage score lower."""
    doc = _topic_logodds(model, texts)
    if weight == 0 or not texts:
        return doc
    windows = [_windows(t) for t in texts]
    flat = _topic_logodds(model, [w for ws in windows for w in ws])
    starts = np.cumsum([0] + [len(ws) for ws in windows[:-1]])
    best = np.maximum.reduceat(flat, starts)
    return (1 - weight) * doc + weight * best


def passage_scores(model: TopicModel, pool: list[str], scored: list[str], weight: float
                   ) -> tuple[np.ndarray, float]:
    """Scored texts' passage-pooled log-odds and a threshold that keeps the model's count of relevant
    pool texts (the ranking changes, the decision's size does not: as distillation's count)."""
    pool_doc = _topic_logodds(model, pool)
    count = int((pool_doc >= logit(np.array([model.threshold]))[0]).sum())
    pool_z = np.sort(_passage_logodds(model, pool, weight))[::-1]
    cut = float(pool_z[count - 1]) if count else float(pool_z[0]) + 1e-6
    return _passage_logodds(model, scored, weight), cut
