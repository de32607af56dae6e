"""The seeds' PageRank over the pool's neighbourhood graph (classifier/graph.py), and what the model
does with it: skipped for a narrow topic, distilled into the linear model for a broad one."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from classifier_helpers import background, corpus
from sklearn.preprocessing import normalize

import classifier.selftraining as selftraining
from classifier.graph import knn_graph, rank01, seed_pagerank
from classifier.model import TopicModel

TOPIC = "cyberdiplomacy"


def _clusters(n: int, seed: int = 0) -> tuple[sp.csr_matrix, np.ndarray]:
    """Two clusters of texts over disjoint halves of a 40-term vocabulary, a chain within each."""
    rng = np.random.default_rng(seed)
    rows, side = [], []
    for i in range(n):
        half = i % 2
        row = np.zeros(40)
        row[half * 20 + rng.choice(20, size=5, replace=False)] = 1.0
        rows.append(row)
        side.append(half)
    return sp.csr_matrix(normalize(np.array(rows))), np.array(side)


def test_the_graph_is_symmetric_and_joins_each_text_to_its_neighbours() -> None:
    X, side = _clusters(60)
    W = knn_graph(X, k=5)
    assert (W != W.T).nnz == 0 and W.diagonal().sum() == 0
    assert (np.diff(W.indptr) >= 5).all()
    rows, cols = W.nonzero()
    assert (side[rows] == side[cols]).all()  # disjoint vocabularies: no edge across the clusters


def test_relevance_flows_from_the_seeds_to_their_region_only() -> None:
    X, side = _clusters(200, seed=1)
    seeds = np.flatnonzero(side == 0)[:3]
    pool = np.setdiff1d(np.arange(200), seeds)
    scores = seed_pagerank(X[seeds], np.zeros(3, dtype=int), X[pool], 1)[:, 0]
    assert scores[side[pool] == 0].min() > scores[side[pool] == 1].max()
    ranks = rank01(scores[:, None])
    assert ranks.shape == (len(pool), 1) and ranks.min() > 0 and ranks.max() == 1.0


def _fit(monkeypatch, distil: bool, pool_on_topic: int) -> tuple[TopicModel, list[str]]:
    monkeypatch.setattr(selftraining, "DISTIL", distil)
    pool = corpus(TOPIC, pool_on_topic, seed=2) + background(100)
    return TopicModel().fit({TOPIC: corpus(TOPIC, 5, seed=1)}, unlabeled=pool), pool


def test_a_broad_topic_is_distilled_and_keeps_its_count_of_relevant_pool_texts(monkeypatch) -> None:
    """The last fits take the whole estimated share as positives; the threshold then calls as many
    pool texts relevant as the five-round model did (the extra positives lift every score)."""
    before, pool = _fit(monkeypatch, False, 30)
    after, _ = _fit(monkeypatch, True, 30)
    assert after.metrics["graph_weight"] > 0
    assert not np.array_equal(before.coef, after.coef)
    relevant_before = sum(s.relevant for s in before.score(pool))
    assert sum(s.relevant for s in after.score(pool)) == relevant_before > 0


def test_a_narrow_topic_skips_the_graph_and_the_distillation(monkeypatch) -> None:
    plain, _ = _fit(monkeypatch, False, 1)
    distilled, _ = _fit(monkeypatch, True, 1)
    assert distilled.metrics["graph_weight"] == 0
    assert np.array_equal(plain.coef, distilled.coef) and plain.threshold == distilled.threshold
