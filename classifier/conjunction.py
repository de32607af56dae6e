"""A narrow topic's generic evidence gated by its specific evidence (docs/classifier-method.md, step 6,
"the gated conjunction for narrow topics only"; measured by ``bench/cv_conjunction.py``).

A narrow topic's near-misses share its generic vocabulary (security, cooperation, international) and
not its specific one; a linear log-odds sums the two. The topic log-odds' positive-weight terms are
split by the pool's document frequency: the rarest, holding ``SPECIFIC_FRAC`` of the positives'
centroid's positive evidence, are the specific part, the other positive-weight terms the generic part.
A text's generic evidence then counts only as far as its specific evidence reaches the positives'
lowest (``cut``): ``z' = z - s_G * max(0, 1 - s_S / cut)``. Fitted only for one topic that is not broad
(its graph not in use); a broad topic's model has no gate and scores as before.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

# Share of the positives' positive evidence held by the specific part (the pre-registered variant).
SPECIFIC_FRAC = 0.67
SPECIFIC, GENERIC = 1, 2


def fit_gate(d: np.ndarray, X_pos: sp.csr_matrix, X_pool: sp.csr_matrix) -> tuple[np.ndarray, float]:
    """``(parts, cut)``: each term's part (``SPECIFIC``, ``GENERIC`` or 0 for a term of no positive
    weight) of the topic log-odds ``d``, and the positives' lowest specific evidence."""
    d = np.asarray(d, dtype=np.float64)
    c_pos = np.asarray(X_pos.mean(axis=0)).ravel()
    pos = np.flatnonzero(d > 0)
    df = np.asarray((X_pool > 0).sum(axis=0)).ravel() / max(X_pool.shape[0], 1)
    order = pos[np.argsort(df[pos], kind="stable")]
    mass = d[order] * c_pos[order]
    n_specific = int(np.searchsorted(np.cumsum(mass), SPECIFIC_FRAC * mass.sum())) + 1
    parts = np.zeros(len(d), dtype=np.int8)
    parts[order[:n_specific]] = SPECIFIC
    parts[order[n_specific:]] = GENERIC
    s_spec = np.asarray(X_pos @ np.where(parts == SPECIFIC, d, 0.0)).ravel()
    return parts, float(max(s_spec.min(), 1e-9))


def gate_evidence(X: sp.csr_matrix, d: np.ndarray, parts: np.ndarray, cut: float
                  ) -> tuple[np.ndarray, np.ndarray]:
    """Per row of ``X``: its generic evidence of the topic log-odds ``d``, and the share of it the
    gate keeps, ``min(1, s_S / cut)`` (its specific evidence against the positives' lowest)."""
    d = np.asarray(d, dtype=np.float64)
    W = np.column_stack([np.where(parts == SPECIFIC, d, 0.0), np.where(parts == GENERIC, d, 0.0)])
    s = np.asarray(X @ W)
    return s[:, 1], np.minimum(1.0, np.maximum(0.0, s[:, 0]) / cut)


def penalty(X: sp.csr_matrix, d: np.ndarray, parts: np.ndarray, cut: float) -> np.ndarray:
    """What the gate takes off each text's topic log-odds: its generic evidence, times how far its
    specific evidence falls short of ``cut``."""
    generic, kept = gate_evidence(X, d, parts, cut)
    return generic * (1.0 - kept)


def gated_rows(X: sp.csr_matrix, parts: np.ndarray, kept: np.ndarray) -> sp.csr_matrix:
    """``X`` with each row's generic terms weighted by the share the gate keeps (``gate_evidence``), so
    that ``gated_rows(X) @ d == X @ d - penalty(X)``: the top terms an analyst sees are the terms
    that made the gated score, not generic words the gate discounted."""
    rows = np.repeat(np.arange(X.shape[0]), np.diff(X.indptr))
    out = X.copy()
    generic = parts[out.indices] == GENERIC
    out.data = np.where(generic, out.data * kept[rows], out.data).astype(X.dtype, copy=False)
    return out
