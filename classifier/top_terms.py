"""The terms that decided a score: per text, those that pushed it most towards its best label.

Vectorised over all non-zeros of a batch at once (a Python loop per text would dominate scoring time).
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp


def top_terms(X: sp.csr_matrix, toward: np.ndarray, best: np.ndarray, terms: np.ndarray, k: int
              ) -> list[list[str]]:
    """Per row of ``X`` (tf-idf), at most ``k`` of ``terms``: tf-idf weight x ``toward`` (per label,
    its coefficients against ``none``'s, or a one-row centroid), for the row's ``best`` label,
    positive contributions only, largest first."""
    n = X.shape[0]
    rows = np.repeat(np.arange(n, dtype=np.int32), np.diff(X.indptr))
    cols = X.indices
    # A one-label model needs a plain gather, not a two-index one.
    weights = toward[0, cols] if len(toward) == 1 else toward[best[rows], cols]
    contrib = X.data * weights
    positive = np.flatnonzero(contrib > 0)  # usually a small share of the non-zeros
    rows, cols, contrib = rows[positive], cols[positive], contrib[positive]
    # By row, then by contribution descending (ties in column order: a stable sort).
    if contrib.dtype == np.float32:
        # Positive float32s order as their bit patterns, so (row, contribution) packs into one
        # integer key: one stable integer sort, six times faster than ``lexsort`` on two keys.
        descending = np.uint32(0x7FFFFFFF) - contrib.view(np.uint32)
        key = (rows.astype(np.uint64) << np.uint64(32)) | descending
        order = np.argsort(key, kind="stable")
    else:
        order = np.lexsort((-contrib, rows))
    sorted_rows = rows[order]
    rank = np.arange(len(order)) - np.searchsorted(sorted_rows, np.arange(n))[sorted_rows]
    keep = order[rank < k]
    found = terms[cols[keep]].tolist()
    bounds = np.searchsorted(rows[keep], np.arange(n + 1)).tolist()
    return [found[bounds[i] : bounds[i + 1]] for i in range(n)]
