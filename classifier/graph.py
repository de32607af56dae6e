"""Seed relevance spread over the pool's neighbourhood graph (personalised PageRank).

A broad topic is a region of the pool (BBC's business: company results, markets, the economy), and
five seeds touch only parts of it; their centroid, and a regression trained from its ranking, favours
whatever the seeds share (a draw of budget and EU-reform seeds ranks UK tax politics above company
news). Articles of one region are each other's nearest neighbours, so relevance that flows from the
seeds along a k-nearest-neighbour graph follows the region rather than the seeds' words.
``model.TopicModel`` blends this ranking with the regression's when it picks pseudo-positives and
keeps articles out of the negatives, weighted by the topic's estimated breadth (a narrow topic's
neighbours are mostly its near-misses). Scoring is untouched: the model stays linear.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from scipy.stats import rankdata

NEIGHBOURS = 10
DAMPING = 0.95  # chance of following an edge rather than restarting at a seed
ITERATIONS = 30
BLOCK = 1000  # rows of the similarity matrix held densely at once


def knn_graph(X: sp.csr_matrix, k: int = NEIGHBOURS) -> sp.csr_matrix:
    """Symmetric graph joining each row to its ``k`` most cosine-similar rows (rows are L2-normed)."""
    n = X.shape[0]
    k = min(k, n - 1)
    XT = X.T.tocsc()
    rows, cols, vals = [], [], []
    for start in range(0, n, BLOCK):
        sim = (X[start : start + BLOCK] @ XT).toarray()
        local = np.arange(sim.shape[0])
        sim[local, local + start] = 0.0
        nearest = np.argpartition(-sim, k - 1, axis=1)[:, :k]
        rows.append(np.repeat(local + start, k))
        cols.append(nearest.ravel())
        vals.append(sim[local[:, None], nearest].ravel())
    W = sp.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(n, n))
    return W.maximum(W.T).tocsr()


def seed_pagerank(X_pos: sp.csr_matrix, y_pos: np.ndarray, X_pool: sp.csr_matrix, n_labels: int
                  ) -> np.ndarray:
    """Per pool text and label, the personalised PageRank from the label's seeds (restart spread
    evenly over them), divided by the text's degree so hubs are not favoured."""
    W = knn_graph(sp.vstack([X_pos, X_pool]).tocsr())
    degree = np.asarray(W.sum(axis=1)).ravel()
    degree[degree == 0] = 1.0
    walk = (sp.diags(1 / degree) @ W).T.tocsr()
    restart = np.zeros((W.shape[0], n_labels))
    for label in range(n_labels):
        mine = np.flatnonzero(y_pos == label)
        restart[mine, label] = 1 / max(len(mine), 1)
    rank = restart.copy()
    for _ in range(ITERATIONS):
        rank = (1 - DAMPING) * restart + DAMPING * (walk @ rank)
    return (rank / degree[:, None])[X_pos.shape[0] :]


def rank01(scores: np.ndarray) -> np.ndarray:
    """Each column's ranks scaled to (0, 1]."""
    return np.column_stack([rankdata(scores[:, j]) / len(scores) for j in range(scores.shape[1])])
