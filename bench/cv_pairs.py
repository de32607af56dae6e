"""Word-pair features for ``tune_classifier_cv.py --compare labels-pairs`` (not adopted;
docs/classifier-method.md, "Analyst labels: word-pair features"): a refit whose rows carry a block of
topic-word pairs beside the unigrams, patched into ``selftraining.vectorise`` for the fit's length."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.preprocessing import normalize

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import classifier.model as model_module
import classifier.selftraining as selftraining_module
from classifier.model import ModelParams, TopicModel
from classifier.tokens import tokenize

# Word-pair features restricted to the topic's vocabulary. Topic terms: the ``PAIR_TERMS`` heaviest of
# the positives' centroid (seeds and topic labels); a feature counts two of them within ``PAIR_WINDOW``
# tokens (unordered), kept if seen in two training texts; (1 + log count) x idf, the pair block
# L2-normalised, scaled by alpha, beside the unigram row, the whole row normalised again.
PAIR_TERMS, PAIR_WINDOW = 100, 10


def _pair_counts(texts: list[str], index: dict[str, int]) -> sp.csr_matrix:
    n, rows, keys = len(index), [], []
    for r, text in enumerate(texts):
        hits = [(p, index[t]) for p, t in enumerate(tokenize(text)) if t in index]
        for i, (p, a) in enumerate(hits):
            for q, b in hits[i + 1 :]:
                if q - p > PAIR_WINDOW:
                    break
                if a != b:
                    rows.append(r)
                    keys.append(min(a, b) * n + max(a, b))
    counts = sp.csr_matrix((np.ones(len(keys), dtype=np.float32), (rows, keys)), shape=(len(texts), n * n))
    counts.sum_duplicates()
    return counts


class _PairFeaturizer:
    """The unigram featurizer's rows with the pair block beside them (``transform``, ``terms``)."""

    def __init__(self, base, topic: list[str], texts: list[str], X_base: sp.csr_matrix, alpha: float):
        self.base, self.params, self.alpha = base, base.params, alpha
        self.index = {t: i for i, t in enumerate(topic)}
        counts = _pair_counts(texts, self.index)
        df = np.asarray((counts > 0).sum(axis=0)).ravel()
        self.cols = np.flatnonzero(df >= 2)
        self.idf = (np.log((1 + len(texts)) / (1 + df[self.cols])) + 1).astype(np.float32)
        n = len(topic)
        self.terms = np.concatenate([base.terms, np.array([f"{topic[k // n]}+{topic[k % n]}"
                                                           for k in self.cols.tolist()], dtype=str)])
        self.X_train = self._combine(X_base, counts)

    def _combine(self, X_base: sp.csr_matrix, counts: sp.csr_matrix) -> sp.csr_matrix:
        P = counts[:, self.cols].tocsr()
        P.data = (np.log(P.data) + 1.0) * self.idf[P.indices]
        return normalize(sp.hstack([X_base, normalize(P) * self.alpha]).tocsr()).astype(np.float32)

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        return self._combine(self.base.transform(texts), _pair_counts(texts, self.index))


def _pair_vectorise(alpha: float):
    """``selftraining.vectorise`` with the pair block added to every row (a few-seed fit only)."""
    original = selftraining_module.vectorise

    def vectorise(params, labels, seeds, unlabeled, labelled):
        rows = original(params, labels, seeds, unlabeled, labelled)
        if not rows.X_pool.shape[0] or rows.featurizer.params.ngram_max > 1:
            return rows
        texts = [t for label in labels for t in seeds[label]]
        texts += [t for t, lab in labelled if lab != "none"] + [t for t, lab in labelled if lab == "none"]
        centroid = np.asarray(rows.X_pos.mean(axis=0)).ravel()
        topic = [str(t) for t in rows.featurizer.terms[np.argsort(-centroid)[:PAIR_TERMS]]]
        X_base = sp.vstack([rows.X_pos, rows.X_none, rows.X_pool]).tocsr()
        pairs = _PairFeaturizer(rows.featurizer, topic, texts + list(unlabeled), X_base, alpha)
        n_pos, n_none = rows.X_pos.shape[0], rows.X_none.shape[0]
        X = pairs.X_train
        return replace(rows, featurizer=pairs, X_pos=X[:n_pos], X_none=X[n_pos : n_pos + n_none],
                       X_pool=X[n_pos + n_none :])

    return original, vectorise


def pair_scores(seeds, pool, labelled, alpha: float, scored: list[str]) -> tuple[np.ndarray, float]:
    """Scores of ``scored`` and the threshold of the model refitted with word-pair features."""
    original, patched = _pair_vectorise(alpha)
    selftraining_module.vectorise = model_module.vectorise = patched
    model_module._COUNT_CACHE.clear()  # its key does not hold the features
    try:
        refit = TopicModel(ModelParams()).fit(seeds, unlabeled=pool, labelled=labelled)
    finally:
        selftraining_module.vectorise = model_module.vectorise = original
        model_module._COUNT_CACHE.clear()
    return np.array([x.score for x in refit.score(scored)]), refit.threshold


