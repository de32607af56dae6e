"""Few-seed training machinery of ``model.TopicModel.fit`` (its docstring, steps 1-4, says why).

``vectorise``: the training texts as TF-IDF rows (seeds, analyst labels, the unlabeled pool).
``SelfTraining``: one fit's state and rounds: the pool's reliable negatives (two-step PU), Rocchio
expansion of the seed centroids, self-training regressions whose pool ranking also follows the
seeds' PageRank over the pool's graph for a broad topic (``graph.py``), and distillation. The
threshold stays with the model (``threshold.py`` holds the rules); scoring is the model's too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import normalize

from classifier.corpus import NONE_LABEL
from classifier.features import Featurizer
from classifier.graph import rank01, seed_pagerank
from classifier.threshold import BROAD_SHARE, MIN_POOL, reliable_negatives, topic_share

if TYPE_CHECKING:
    from classifier.model import ModelParams

MIN_SEEDS_FOR_WEAK_C = 50
# A pool with fewer reliable negatives than this share is treated as on-topic material, not background.
MIN_BACKGROUND_SHARE = 0.5
# Share of a topic's estimated pool articles taken as pseudo-positives.
BROAD_PSEUDO = 0.5
# Below BROAD_SHARE, the estimated share still counts up to the seeds' spread (``_broad_topic``);
# False restores the earlier rule (nothing below BROAD_SHARE), for bench/tune_classifier_cv.py.
BROADEN_NARROW = True
# Weight of the seeds' graph ranking (``graph.py``) against the regression's, at full breadth.
GRAPH_BLEND = 0.5
# Below this blend weight the graph (k-NN + PageRank: most of the training time on a large pool) is
# not computed. The graph is for broad topics (weight 0.5 from ``BROAD_SHARE`` up); a weight under a
# fifth of that is an effective share under 1.6% of the pool, a narrow topic whose neighbours are its
# near-misses. The shipped topic gets 0.03-0.04, every BBC category 0.5 in every cross-validation
# draw (so CV is unchanged); relevance-dev figures are identical, and a 20,000-text pool
# (relevance-dev + BBC, shipped seeds) trains in 12 s instead of 32 s.
GRAPH_MIN_WEIGHT = 0.1
# A broad topic (the graph in use) gets a last fit with all of its estimated share as pseudo-positives
# of weight DISTIL_WEIGHT (``SelfTraining.distil``, model.py's docstring step 4); its threshold is the
# model's (``model.DISTIL_THRESHOLD``).
DISTIL = True
DISTIL_WEIGHT = 0.5
DISTIL_ROUNDS = 3  # such fits, each from the previous one's graph-blended ranking
# Weight of a "none" label (None: ``ModelParams.label_weight``, as a topic label). Heavier "none"
# labels were measured and not adopted (docs/classifier-method.md, step 6); kept for
# bench/tune_classifier_cv.py.
NONE_LABEL_WEIGHT: float | None = None
# Word bigrams for few-seed topics too (not adopted; kept for bench/tune_classifier_cv.py).
FEW_SEED_BIGRAMS = False


@dataclass
class TrainingRows:
    """The training texts as TF-IDF rows: seeds then topic labels (``X_pos``, their label index and
    weight), ``none`` labels, the unlabeled pool."""
    featurizer: Featurizer
    X_pos: sp.csr_matrix
    y_pos: np.ndarray
    w_pos: np.ndarray
    X_none: sp.csr_matrix
    X_pool: sp.csr_matrix
    n_labels: int
    n_seeds: int  # the first rows of ``X_pos``; the topic labels follow

    @property
    def X_seeds(self) -> sp.csr_matrix:
        return self.X_pos[: self.n_seeds]


def vectorise(params: ModelParams, labels: list[str], seeds: dict[str, list[str]], unlabeled: list[str],
              labelled: list[tuple[str, str]]) -> TrainingRows:
    """Fit the featurizer on every training text and split its rows. A topic label is a positive of
    weight ``params.label_weight``; a ``none`` label is kept apart (``SelfTraining`` weighs it)."""
    index = {label: i for i, label in enumerate(labels)}
    n_labels = len(labels)
    pos_texts: list[str] = []
    pos_y: list[int] = []
    pos_w: list[float] = []
    for label in labels:
        pos_texts += seeds[label]
        pos_y += [index[label]] * len(seeds[label])
        pos_w += [1.0] * len(seeds[label])
    none_texts = [t for t, lab in labelled if lab == NONE_LABEL]
    for text, label in labelled:
        if label != NONE_LABEL:
            pos_texts.append(text)
            pos_y.append(index[label])
            pos_w.append(params.label_weight)

    features = params.features
    if n_labels >= 2 and min(len(v) for v in seeds.values()) >= MIN_SEEDS_FOR_WEAK_C:
        # A supervised multi-class set: the data can tell which names matter (BBC: -0.3 pt
        # macro-F1 with names down-weighted), and word bigrams seen in two texts or more add
        # phrases ("interest rates", "prime minister") the data can weigh (BBC, 10 x 5-fold CV
        # on train: +0.1 pt macro-F1, better in 10 of 10 repeats; scored by a fast path).
        features = replace(features, proper_noun_weight=1.0, ngram_max=2, min_df=2)
    elif FEW_SEED_BIGRAMS:
        features = replace(features, ngram_max=2, min_df=2)
    featurizer = Featurizer(features)
    X_all = featurizer.fit_transform(pos_texts + none_texts + unlabeled)
    n_pos, n_none = len(pos_texts), len(none_texts)
    return TrainingRows(
        featurizer=featurizer, X_pos=X_all[:n_pos], y_pos=np.asarray(pos_y), w_pos=np.asarray(pos_w),
        X_none=X_all[n_pos : n_pos + n_none], X_pool=X_all[n_pos + n_none :], n_labels=n_labels,
        n_seeds=sum(len(v) for v in seeds.values()),
    )


class SelfTraining:
    """One fit's positive-unlabeled self-training: which pool texts may be negatives, the pool's
    current ranking (``pool_scores``), and the regressions fitted from it."""

    def __init__(self, params: ModelParams, rows: TrainingRows) -> None:
        self.params = params
        self.rows = rows
        X_pos, y_pos, n_labels = rows.X_pos, rows.y_pos, rows.n_labels
        self.unsure: np.ndarray | None = None  # a broad topic's estimated pool share (not negatives)
        self._extra_k = np.zeros(rows.n_labels, dtype=int)  # per label: pseudo-positives beyond pseudo_k
        self._label_counts = np.zeros(rows.n_labels, dtype=int)  # per label: its estimated pool texts
        self._graph: np.ndarray | None = None  # the seeds' PageRank over the pool, when first needed
        # Round 0 ranking of the pool: cosine to each label's centroid.
        self.centroids = np.vstack(
            [np.asarray(X_pos[y_pos == i].mean(axis=0)) for i in range(n_labels)]
        )
        self.pool_scores = (np.asarray(rows.X_pool @ normalize(self.centroids).T)
                            if rows.X_pool.shape[0] else None)
        # Two-step PU: only pool texts clearly less like a topic than its own seeds are like each
        # other can serve as negatives (a pool that is all on-topic must not become "none").
        self.reliable = (
            reliable_negatives(X_pos, y_pos, n_labels, self.pool_scores)
            if self.pool_scores is not None
            else np.zeros(0, dtype=bool)
        )
        # The pool's share within the seeds' own spread (not a reliable negative).
        self._seed_spread = 1.0 - float(self.reliable.mean()) if len(self.reliable) else 0.0
        self.rich = np.bincount(y_pos, minlength=n_labels).min() >= MIN_SEEDS_FOR_WEAK_C
        if self.rich and self.reliable.sum() < MIN_BACKGROUND_SHARE * len(self.reliable):
            # Plenty of examples per label (a multi-class training set) and a pool that is mostly
            # like them: the pool is no background sample, its few outliers would only teach noise.
            self.reliable[:] = False
        self.has_none = rows.X_none.shape[0] + int(self.reliable.sum()) > 0
        self.n_classes = n_labels + (1 if self.has_none else 0)
        self.C = self._choose_C()

    def expand_centroids(self) -> None:
        """Pseudo-relevance feedback (Rocchio): pull each centroid towards its top pool texts."""
        if self.pool_scores is None:
            return
        p, X_pool = self.params, self.rows.X_pool
        for _ in range(p.centroid_rounds):
            best = self.pool_scores.argmax(axis=1)
            expanded = []
            for i in range(self.rows.n_labels):
                mine = np.flatnonzero(best == i)
                top = mine[np.argsort(-self.pool_scores[mine, i])][: self._pseudo_k(X_pool.shape[0], i)]
                extra = np.asarray(X_pool[top].mean(axis=0)) if len(top) else 0.0
                expanded.append(self.centroids[i] + p.pseudo_weight * extra)
            self.pool_scores = np.asarray(X_pool @ normalize(np.vstack(expanded)).T)

    def self_train(self) -> tuple[LogisticRegression, float]:
        """``params.rounds`` regressions, each re-ranking the pool for the next; the last one and the
        graph's weight in the last ranking (0: the graph was skipped)."""
        graph_weight = 0.0
        clf = None
        for _ in range(max(1, self.params.rounds)):
            clf = self._fit_round()
            if self.rows.X_pool.shape[0]:
                self.pool_scores, graph_weight = self._rerank(clf)
        assert clf is not None
        return clf, graph_weight

    def distils(self, graph_weight: float) -> bool:
        """Whether the fit ends with distillation: a broad topic (the graph in use)."""
        return DISTIL and graph_weight > 0 and self.unsure is not None

    def distil(self, clf: LogisticRegression) -> LogisticRegression:
        """``DISTIL_ROUNDS`` fits with the whole estimated share as pseudo-positives, each from the
        ranking the previous one gave (stopping when the graph drops out of it)."""
        assert self.unsure is not None
        for step in range(DISTIL_ROUNDS):
            if step:
                self.pool_scores, weight = self._rerank(clf)
                if not weight:
                    break
            self._extra_k = self._label_counts.copy()
            clf = self._fit_round(pseudo_weight=DISTIL_WEIGHT)
        return clf

    def _fit_round(self, pseudo_weight: float | None = None) -> LogisticRegression:
        X, y, w = self._training_set(pseudo_weight)
        clf = self._regression(y)
        clf.fit(X, y, sample_weight=w)
        return clf

    def _rerank(self, clf: LogisticRegression) -> tuple[np.ndarray, float]:
        """The pool's ranking after a fit, and the graph's weight in it (the largest of the labels'):
        a broad topic's ranking also follows the pool's neighbourhood graph. Sets the texts kept out of
        the negatives. Each label's share is estimated from its own column: one share for the sum of
        the topics gave a small topic (three sport seeds beside the shipped topic's five) the big
        topic's share, so every off-topic text it won over the big topic (typhoons, floods) became
        its pseudo-positive and stayed out of the negatives (docs/classifier-method.md, step 4)."""
        rows, n_labels = self.rows, self.rows.n_labels
        pool_scores = class_scores(clf, rows.X_pool, self.n_classes)[:, :n_labels]
        joint = topic_share(pool_scores.sum(axis=1)) >= BROAD_SHARE
        shares = np.array([self._share(pool_scores[:, i], joint) for i in range(n_labels)])
        weights = GRAPH_BLEND * np.minimum(1.0, shares / BROAD_SHARE)
        if weights.max() <= GRAPH_MIN_WEIGHT or rows.X_pool.shape[0] < MIN_POOL:
            self._broad_topic(pool_scores, shares)
            return pool_scores, 0.0
        if self._graph is None:
            self._graph = rank01(seed_pagerank(rows.X_pos, rows.y_pos, rows.X_pool, n_labels))
        pool_scores = (1 - weights) * rank01(pool_scores) + weights * self._graph
        self._broad_topic(pool_scores, shares)
        return pool_scores, float(weights.max())

    def _regression(self, y: np.ndarray) -> LogisticRegression:
        # liblinear is fast for the binary case; several labels need a multinomial softmax.
        solver = "liblinear" if len(np.unique(y)) == 2 else "lbfgs"
        return LogisticRegression(C=self.C, solver=solver, max_iter=2000)

    def _choose_C(self) -> float:
        """Regularisation: strong (``params.C``) for a handful of seeds, where the regression must not
        memorise one article's names; ten times weaker once every label has plenty of examples
        (multi-class training sets such as BBC's), where the data can speak. No cross-validation: it
        would multiply training time by ten."""
        n_labels = self.rows.n_labels
        counts = np.bincount(self.rows.y_pos, minlength=n_labels)
        if n_labels >= 2 and counts.min() >= MIN_SEEDS_FOR_WEAK_C:
            return self.params.C * 10
        return self.params.C

    def _broad_topic(self, ranking: np.ndarray, shares: np.ndarray) -> None:
        """The topic's estimated ``share`` of the pool (``_share``), its top by ``ranking``, is kept out
        of the negatives, and half of it (the surest) become pseudo-positives; otherwise the next round would
        teach the topic's own articles as "none". A share below ``BROAD_SHARE`` counts only as far as
        the seeds' own spread reaches (``_seed_spread``): diverse seeds of a broad topic (budget, an
        airline, a doughnut maker's shares) widen the model round by round, while cohesive seeds of a
        narrow topic, whose share estimate is mostly the background's heavy tail, change nothing.
        Per label: ``ranking``'s column and ``shares``' entry (``unsure`` is their union)."""
        self.unsure = np.zeros(len(ranking), dtype=bool)
        self._extra_k = np.zeros(len(shares), dtype=int)
        self._label_counts = np.zeros(len(shares), dtype=int)
        for label, share in enumerate(shares):
            if share > 0:
                n = round(share * len(ranking))
                self.unsure[np.argsort(-ranking[:, label])[:n]] = True
                self._label_counts[label] = n
                self._extra_k[label] = round(BROAD_PSEUDO * n)

    def _share(self, topic: np.ndarray, joint_broad: bool = False) -> float:
        """The topic's estimated share of the pool; below ``BROAD_SHARE`` at most the seeds' spread,
        unless the topics together are broad (``joint_broad``): heavy labels beside a small topic
        squashed the shipped topic's own column to 1.5% of the pool in the first round, capped to the
        seeds' spread it never grew back and its 47 articles were taught as "none" (step 4)."""
        share = topic_share(topic)
        if share < BROAD_SHARE and not joint_broad:
            share = min(share, self._seed_spread) if BROADEN_NARROW else 0.0
        return share

    def _pseudo_k(self, n_pool: int, label: int) -> int:
        """``label``'s pseudo-positives: ``params.pseudo_k`` (at most ``pseudo_fraction`` of the pool),
        or more when its estimated share asks for more (``_broad_topic``)."""
        k = max(1, min(self.params.pseudo_k, round(self.params.pseudo_fraction * n_pool)))
        return max(k, int(self._extra_k[label]))

    def _pseudo_positive_mask(self, pool_scores: np.ndarray) -> np.ndarray:
        """The ``pseudo_k`` best-ranked pool texts of each label (each text counted for its best label)."""
        taken = np.zeros(pool_scores.shape[0], dtype=bool)
        best = pool_scores.argmax(axis=1)
        for label in range(self.rows.n_labels):
            candidates = np.flatnonzero(best == label)
            order = np.argsort(-pool_scores[candidates, label])
            taken[candidates[order][: self._pseudo_k(len(pool_scores), label)]] = True
        return taken

    @staticmethod
    def _balance(y: np.ndarray, w: np.ndarray) -> np.ndarray:
        """Balance the classes by total weight: a few seeds must count as much as a large pool."""
        for c in np.unique(y):
            w[y == c] *= (len(y) / len(np.unique(y))) / w[y == c].sum()
        return w

    def _training_set(self, pseudo_weight: float | None = None
                      ) -> tuple[sp.csr_matrix, np.ndarray, np.ndarray]:
        """Seeds and labels, pseudo-positives from the top of the pool, the rest of the pool as negatives."""
        p, rows, n_labels = self.params, self.rows, self.rows.n_labels
        X_none, X_pool, pool_scores = rows.X_none, rows.X_pool, self.pool_scores
        pseudo_weight = p.pseudo_weight if pseudo_weight is None else pseudo_weight
        blocks, ys, ws = [rows.X_pos], [rows.y_pos], [rows.w_pos]
        none_class = n_labels
        if X_pool.shape[0]:
            assert pool_scores is not None
            taken = self._pseudo_positive_mask(pool_scores)
            best = pool_scores.argmax(axis=1)
            for label in range(n_labels):
                mine = np.flatnonzero(taken & (best == label))
                blocks.append(X_pool[mine])
                ys.append(np.full(len(mine), label))
                ws.append(np.full(len(mine), pseudo_weight))
            negative = ~taken & self.reliable
            if self.unsure is not None:
                negative &= ~self.unsure
            rest = np.flatnonzero(negative)
            blocks.append(X_pool[rest])
            ys.append(np.full(len(rest), none_class))
            ws.append(np.ones(len(rest)))
        if X_none.shape[0]:
            blocks.append(X_none)
            ys.append(np.full(X_none.shape[0], none_class))
            none_weight = p.label_weight if NONE_LABEL_WEIGHT is None else NONE_LABEL_WEIGHT
            ws.append(np.full(X_none.shape[0], none_weight))
        y = np.concatenate(ys)
        w = np.concatenate(ws).astype(np.float64)
        w = self._balance(y, w)
        return sp.vstack(blocks).tocsr(), y, w


def class_scores(clf: LogisticRegression, X: sp.csr_matrix, n_classes: int) -> np.ndarray:
    proba = np.zeros((X.shape[0], n_classes))
    proba[:, clf.classes_] = clf.predict_proba(X)
    return proba


def full_coef(clf: LogisticRegression, n_classes: int) -> tuple[np.ndarray, np.ndarray]:
    """Softmax weights for every class (a binary regression becomes two symmetric rows)."""
    if len(clf.classes_) == 2:
        coef = np.vstack([-clf.coef_[0] / 2, clf.coef_[0] / 2])
        intercept = np.array([-clf.intercept_[0] / 2, clf.intercept_[0] / 2])
    else:
        coef, intercept = clf.coef_, clf.intercept_
    full = np.full((n_classes, coef.shape[1]), 0.0)
    full_b = np.full(n_classes, -1e3)  # a class never seen in training never wins
    full[clf.classes_] = coef
    full_b[clf.classes_] = intercept
    return full, full_b
