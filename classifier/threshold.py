"""Choosing the decision threshold from the seeds and the unlabeled pool (never a fixed 0.5).

The pool is mostly off-topic news, so its scores form a bulk of background; an on-topic article is
one the model places clearly outside that bulk. The threshold is a robust outlier bound on the
pool's log-odds: median + K robust standard deviations (1.4826 * MAD), capped by the seeds' own
scores (a threshold no seed passes would be useless).
"""

from __future__ import annotations

import numpy as np

# How far outside the background bulk (in robust standard deviations of its log-odds) an article
# must score. Large on purpose: the pool holds thousands of background articles.
OUTLIER_K = 7.0


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(np.asarray(p, dtype=np.float64), 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))


def _sigmoid(z: float) -> float:
    return float(1 / (1 + np.exp(-z)))


def background_bound(pool_scores: np.ndarray, k: float = OUTLIER_K) -> float:
    """``median + k * 1.4826 * MAD`` of the pool's log-odds, as a probability."""
    z = _logit(pool_scores)
    median = float(np.median(z))
    spread = 1.4826 * float(np.median(np.abs(z - median)))
    return _sigmoid(median + k * max(spread, 1e-3))


def choose_threshold(seed_scores: np.ndarray, pool_scores: np.ndarray) -> float:
    """The shipped threshold. Without a pool, half the lowest seed score (no background to learn from)."""
    lowest_seed = float(np.min(seed_scores)) if len(seed_scores) else 1.0
    if len(pool_scores) < 20:
        return lowest_seed / 2
    return min(background_bound(pool_scores), lowest_seed / 2)
