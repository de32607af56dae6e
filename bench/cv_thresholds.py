"""Log-odds helpers and the in-sample label threshold rule of ``tune_classifier_cv.py``'s labels
protocol (``label_threshold``: the threshold moved by the analysts' labels, measured before)."""

from __future__ import annotations

import numpy as np


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(np.asarray(p, dtype=np.float64), 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def sigmoid(z: float) -> float:
    return float(1 / (1 + np.exp(-z)))


def label_threshold(threshold: float, label_scores: np.ndarray, label_relevant: np.ndarray,
                    mode: str = "off", n0: float = 0.0) -> float:
    """The threshold moved by the analysts' labels (their scores under the model fitted to them).

    ``off``: unchanged. ``clamp``: when a ``none`` label scores above it or a topic label below it,
    moved to the middle of the gap between the labels (when separable; otherwise unchanged). ``none`` /
    ``topic``: only the first / second half of that. ``best``: the label-F1-best threshold nearest the
    current one, the move in log-odds shrunk by ``n / (n + n0)``."""
    scores = np.asarray(label_scores, dtype=np.float64)
    rel = np.asarray(label_relevant, dtype=bool)
    if mode == "off" or not len(scores):
        return threshold
    if mode in ("clamp", "none", "topic"):
        top_none = float(scores[~rel].max()) if (~rel).any() else -np.inf
        low_topic = float(scores[rel].min()) if rel.any() else np.inf
        if top_none >= low_topic:
            return threshold
        if mode in ("clamp", "none") and threshold <= top_none:
            threshold = (top_none + min(low_topic, 1.0)) / 2 if np.isfinite(low_topic) else top_none + 1e-6
        if mode in ("clamp", "topic") and threshold > low_topic:
            threshold = (max(top_none, 0.0) + low_topic) / 2
        return threshold
    # "best": candidate cuts midway between consecutive label scores ("mid": in log-odds)
    order = np.sort(np.unique(np.concatenate([scores, [1e-6, 1 - 1e-6]])))
    if mode.startswith("mid"):
        cuts = np.array([sigmoid(z) for z in (logit(order[:-1]) + logit(order[1:])) / 2])
    else:
        cuts = (order[:-1] + order[1:]) / 2
    f1 = np.array([_f1(rel, scores >= c) for c in cuts])
    good = cuts[f1 >= f1.max() - 1e-12]
    target = float(good[np.argmin(np.abs(logit(good) - logit(np.array([threshold]))[0]))])
    z0, z1 = float(logit(np.array([threshold]))[0]), float(logit(np.array([target]))[0])
    # The evidence: every label, or ("-minor") only as many as the smaller side has.
    n = float(min(rel.sum(), (~rel).sum())) if mode.endswith("-minor") else float(len(scores))
    return sigmoid(z0 + n / (n + n0) * (z1 - z0)) if n + n0 > 0 else threshold


def _f1(truth: np.ndarray, decided: np.ndarray) -> float:
    tp = float((truth & decided).sum())
    return 2 * tp / max(float(truth.sum() + decided.sum()), 1.0)
