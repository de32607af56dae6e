"""Choosing the decision threshold from the seeds and the unlabeled pool (never a fixed 0.5)."""

from __future__ import annotations

import numpy as np


def choose_threshold(seed_scores: np.ndarray, pool_scores: np.ndarray) -> float:
    """Placeholder rule, refined below."""
    if len(pool_scores) == 0:
        return float(np.min(seed_scores) / 2)
    return 0.5
