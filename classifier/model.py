"""``TopicModel``: which seed topic (if any) a text is on, with the terms that decided it.

Training (positive-unlabeled self-training; why: five seeds are too few to learn a topic, while the
unlabeled pool holds more articles on it, in words the seeds do not use):
1. TF-IDF (unigrams, sublinear tf, English stop words; bigrams too for a multi-class set) with
   vocabulary and IDF from every text seen; names (terms the training texts nearly always
   capitalise, learnt, never listed) get a fifth of their IDF: five seeds are dominated by the
   parties they report on (two countries, a president), which near-misses (the same parties' trade
   or energy deals) share, while the topic lives in the common nouns (information security,
   cooperation, cyberspace, norms).
2. Reliable negatives (two-step PU): pool texts less like a topic than its seeds are like each other
   (leave-one-out cosine). Only these, plus analyst ``none`` labels, may become negatives.
3. Rocchio pseudo-relevance feedback: each seed centroid is pulled towards its top pool texts.
4. Self-training: the pool's top texts per label become half-weight pseudo-positives; a class-balanced
   logistic regression (labels + ``none``) is refit and re-ranks the pool, five rounds. A broad
   topic's estimated share of the pool (step 6) is kept out of the negatives, and half of it (the
   surest) become pseudo-positives. Both choices (3 rounds rather than 2; half rather than none)
   were made by cross-validation on BBC's train split only (``bench/tune_classifier_cv.py``: five
   seeds per category, the held-out fifth of train scored, 6 x 5 paired draws): half against none
   raised F1 in 25 draws and lowered it in 2 (mean 0.81 -> 0.84); 3 rounds against 2 raised it in
   16 and lowered it in 5 (+0.008). No test-split score was looked at for either.
   Narrow seeds of a broad topic (five business seeds on budgets, an EU pact, the WTO, an airline
   probe, a doughnut maker) used to stay narrow: their share estimate (about 0.06) fell below the
   broad cut, so only ``pseudo_k`` texts became pseudo-positives, the same ones each round (a fixed
   point), and the rest of the category stayed negative. A share below the cut now counts as far
   as the seeds' spread reaches: the pool's share that is not a reliable negative (step 2), i.e. as
   close to the seeds as they are to each other. Diverse seeds (spread about 0.5) widen the model
   round by round; the shipped topic's cohesive seeds (spread 0.005 against an estimate of 0.045,
   mostly the background's heavy tail, near-misses) change nothing, and its figures are identical.
   Train-only CV (8 x 5 draws): F1 raised in the 3 narrow draws (0.34 -> 0.68, 0.53 -> 0.77,
   0.45 -> 0.86), unchanged in the other 37; mean 0.860 -> 0.884, ROC-AUC of the narrowest draw
   0.939 -> 0.946 (the ranking gains less: its seeds are as much politics as business).
   Graph blend (``graph.py``): such seeds still teach their shared words (budget, economy, tax), so UK
   tax politics ranked above company news. Each round, the pool ranking that picks pseudo-positives
   and keeps texts out of the negatives is also the seeds' personalised PageRank over the pool's
   10-nearest-neighbour graph (rank average, weight 0.5 x share / ``BROAD_SHARE``, at most 0.5): a
   broad topic is a region of the pool that relevance flowing along neighbours follows; a narrow
   topic's neighbours are its near-misses, so the shipped topic (effective share 0.005) gets a weight
   near 0 and its relevance-dev figures are identical. Scoring is untouched (the model stays linear).
   Train-only CV (``tune_classifier_cv.py --compare graph``, 8 x 5 draws, paired), 3 rounds without
   the graph -> with it -> and 5 rounds: F1 mean 0.884 -> 0.893 -> 0.894 (better in 25 draws, worse
   in 10), lowest F1 0.681 -> 0.747, ROC-AUC mean 0.9860 -> 0.9878 (better in 31, worse in 8), lowest
   ROC-AUC 0.946 -> 0.962 (the business draw above: its seeds stay half politics).
   Tried and not adopted: PageRank as the first ranking (instead of Rocchio; F1 0.884 -> 0.869),
   blend weights 0.35/0.75/1 and k = 20 (no better than 0.5 and 10), C = 0.5 or 2, a wider margin
   of texts kept out of the negatives (1.5x the share: CV F1 +0.006 but 5 background texts of the
   27-text cold-start pool became relevant), 0.75 rather than half of the share as pseudo-positives
   (CV F1 0.896 -> 0.907, but it flooded the 30-article demo: 16 relevant against 11 on topic).
   Below a blend weight of ``GRAPH_MIN_WEIGHT`` (0.1: an effective share under 1.6% of the pool) the
   graph is not computed at all: k-NN + PageRank were most of the training time on a large pool
   (20,000 texts, shipped seeds, weight 0.04: 32 s -> 12 s), for no change in its figures.
   Distillation (``DISTIL``): when the graph is in use, more regressions are fitted after the five
   rounds with the whole estimated share (the top of the graph-blended ranking) as pseudo-positives,
   not half of it, ``DISTIL_ROUNDS`` = 3 times (each from the ranking the previous one gave). Why:
   on the train-only CV draws the blended pool ranking ranked the held-out fifth
   (which is in the pool) better than the regression trained from it (0.986 against 0.972 for a
   politics draw, 0.988 against 0.975 for entertainment): with half the share positive and the other
   half kept out of the negatives, the regression never learns where the region the graph found ends.
   The last fit learns all of it; scoring is still one linear model. Its threshold keeps the count:
   the threshold under which it calls as many pool texts relevant as the five-round model did with
   ``choose_threshold`` (never above the lowest seed). The extra positives lift the whole pool's
   scores, and choosing the threshold again made the sample site's first model call 13 articles
   relevant for 11 on topic (precision 0.85, the simulated analyst's first check fails); counting
   transfers the decision the background fit made and changes only the ranking. (The counted
   threshold's cap was at first half the lowest seed, as ``choose_threshold``'s then was, which let
   that 13th article in; a counted threshold already had its cap, so the seeds only have to pass.) A
   narrow topic (graph skipped) is untouched: relevance-dev figures identical. Train-only CV
   (``tune_classifier_cv.py``, 8 x 5 paired draws), one distillation fit (``--compare distil``),
   before -> after: ROC-AUC mean 0.9878 -> 0.9913, better in all 40 draws, lowest 0.962 -> 0.967, mean
   of the 5 lowest 0.972 -> 0.979; F1 mean 0.894 -> 0.906 (better in 28, worse in 9), lowest F1 0.747
   -> 0.790 (the threshold chosen again: F1 0.904, precision 0.876 against 0.909). Fits (``--compare
   distil-rounds``) 1 / 2 / 3 / 4 / 6: AUC mean 0.9913 / 0.9921 / 0.9924 / 0.9924 / 0.9922, lowest
   0.967 / 0.970 / 0.972 / 0.971 / 0.969, F1 mean 0.906 / 0.913 / 0.916 / 0.918 / 0.918, lowest F1
   0.790 / 0.803 / 0.813 / 0.792 / 0.787; 3 against 1: AUC better in 38 draws, worse in 1; F1 better
   in 30, worse in 5. make eval, reported not tuned on: five-seed AUC mean 0.991 -> 0.994, lowest
   0.955 -> 0.973 (draw 2 business; 0.968 with one fit), F1 mean 0.908 -> 0.926. Training a broad
   topic on 2,000 texts 1.6 s -> 2.2 s with one fit.
   Tried and not adopted (same CV): a score-time blend with the cosine to the centroid of the seeds
   and the last round's pseudo-positives, folded into the weights (log-odds + lambda x std-matched
   cosine): AUC worse in 40 of 40 draws at lambda 0.5 and 1, F1 0.894 -> 0.836 / 0.619; word bigrams
   for few-seed topics: AUC better in 27 draws but worse in 13, lowest 0.962 -> 0.951 (tech draws),
   and with distillation lowest 0.967 -> 0.961; the distilled positives at weight 1 instead of 0.5
   (same AUC, F1 0.894 against 0.903, both measured with the earlier halved seed cap).
   With analyst labels (``LABELS_COUNT``), the count kept is the smaller of the labelled five-round
   model's and the count of the model fitted without the labels (fitted once per seeds and pool:
   ``retrain``'s folds share it): labels may narrow a broad topic's decision, never widen it past
   what the background and the seeds say. Why: labels drawn as the review queue proposes them sit
   near the threshold, and at weight 20 in a class-balanced fit 8-13 of them outweigh the five seeds
   about 40:1 and the pseudo-positives 2:1; the topic becomes what the borderline labels share, the
   seeds score 0.43-0.53 instead of 0.8-0.9, the share estimate collapses (a sport draw: 0.195 ->
   0.047), the five-round threshold falls to the seeds' cap (then half the lowest seed, 0.218), and the
   distilled model kept that count: 1,118 of 1,776 pool texts called sport for 404 (held-out F1 0.52,
   0.89 from the seeds alone). Ranking is untouched (same fit; ROC-AUC identical). Train-only CV
   (``tune_classifier_cv.py --compare label-weight``: 5 seeds + 10/20/40 labels drawn by the review
   queue, held-out fifth scored, paired), labelled count -> smaller count: broad (``--seed 13``, 15
   draws) F1 mean 0.795 -> 0.912, better in 8, worse in 3, lowest 0.480 -> 0.800, mean of the 5
   lowest 0.547 -> 0.863 (seeds only 0.917: the labels' model still ranks no better on broad draws);
   narrow (``--seed 23 --narrow 0.03``, 15) 0.643 -> 0.627, better in 1, worse in 4 (where most of
   the labels are on the topic, they rightly widen it). Fresh draws: broad (``--seed 19``, 10) 0.820
   -> 0.937, better in 4, worse in 2, lowest 0.403 -> 0.857; narrow (``--seed 29``, 10) 0.631 ->
   0.627, better in 0, worse in 1. relevance-dev with labels (reported, not tuned on) is identical
   (0.986 / 0.975 / F1 0.921): the shipped topic skips the graph. A labelled broad fit costs one more
   fit (2,000 BBC texts, 10 labels: 4.9 -> 8.0 s CPU under load); the sample site's simulated
   analyst is unchanged (first crawl P 0.917 R 1.0, F1 by round 0.957, 1, 1, 1). Tried and not
   adopted (same draws): the labels-free count alone (broad 0.912, 9 / 4; narrow 0.598, 4 / 7); it
   only when the labelled five-round threshold is the seeds' cap (the cap binds on narrow draws too:
   narrow politics 0.769 -> 0.593, as the labels-free count); labels at weight 5 instead of 20 (first
   7 + 7 draws: broad 0.756 -> 0.906, 7 / 0, but narrow 0.552 -> 0.485, 2 / 5; weights 1-10 alike).
5. Every label with plenty of examples and no "none" material (a multi-class training set): a plain
   cross-validated linear SVM instead (``supervised.py``).
6. Threshold from the topic's breadth (``threshold.py``), not 0.5: the topic's share of the pool is
   estimated as the pool's excess over a background fitted to the lower half of its log-odds; a
   broad topic (a fifth of the pool) is cut where an article becomes likelier on-topic than
   background (local false-discovery rate 1/2), a narrow one at a robust outlier bound of the
   background (its tail is heavier than a normal's: near-misses live there). Either is capped so
   that some seed passes: at half the lowest seed, but never below the edge of the background's
   bulk (its fitted centre + 1 spread; ``threshold.seed_cap``), where halving had put the sample
   site's first model (12 relevant for 11 on the topic: a marathon among them). Fewer than
   ``threshold.MIN_POOL`` pool texts: no background, so the threshold is only the seeds' and the
   model is ``provisional`` (it ranks; it is never activated by itself). With no pool at all it ranks
   by cosine to the seeds' centroid, relevant only as close as the seeds are to each other.
   Analyst labels never enter the threshold directly (the seeds' cap uses the seeds only): they move
   it only through the model fitted to them, and ``retrain`` activates that model only when
   cross-validation over the labels says it decides better. Tried and not adopted: shifting the
   threshold by the labels' out-of-fold scores (the F1-best shift of their margins to their fold
   model's threshold, shrunk by n / (n + n0)); judged by nested cross-validation on relevance-dev
   (5-fold x 2 outside, 5-fold over the training labels inside) it traded false positives for
   misses: F1 0.921 -> 0.915 for n0 from 0 to 40, 0.885 at 80.
   Also not adopted (``bench/tune_classifier_cv.py --compare labels-threshold``: BBC train only, five
   seeds + 10/20/40 simulated analyst labels drawn from the pool and labelled by their category, the
   held-out fifth scored, one fit per draw, paired): (a) the threshold moved towards the labels'
   F1-best cut (midway between the highest ``none`` label and the lowest topic label under the model
   fitted to them), the move in log-odds shrunk by n / (n + n0). n0 = 5: F1 0.938 -> 0.944, better in
   23 draws and worse in 8 of 40 (a second set of 40 draws: 0.926 -> 0.933, 23 / 7), lowest F1
   0.883 -> 0.859 in the first set, 0.839 -> 0.854 in the second; n0 = 20 / 40 and shrinking by the
   smaller side's count (m0 = 2 / 5) were no better. Its labels are fitted at weight 20, so their gap
   is wide and its middle says little about where held-out texts turn: on a narrow topic (a BBC
   category thinned to 3% of the pool, a third of the labels on it; ``--narrow 0.03``, 20 draws)
   F1 0.557 -> 0.591 but better in 8 draws and worse in 6, and on relevance-dev (reported, not tuned
   on) it raised the threshold past real positives: with-labels P 0.879 -> 1.000, R 0.967 -> 0.800,
   F1 0.921 -> 0.889. Clamping the threshold into the labels' gap changes nothing (the fitted labels
   are always on their side). (b) ``none`` labels weighing 40 or 80 instead of 20
   (``NONE_LABEL_WEIGHT``): F1 0.938 -> 0.937 / 0.932, better in 10 / 17 draws and worse in 11 / 13,
   lowest 0.883 -> 0.881 / 0.828.
Saved as one ``.npz`` (JSON metadata + arrays; no pickle).

Where the code lives: steps 1-4 (the training rows, reliable negatives, Rocchio, self-training with
the graph blend, distillation) in ``selftraining.py``, with the switches named above (``DISTIL``,
``DISTIL_ROUNDS``, ``GRAPH_MIN_WEIGHT``, ``NONE_LABEL_WEIGHT``); step 5 in ``supervised.py``; the
threshold rules of step 6 and of distillation in ``threshold.py``; here the fit's order, the
threshold of the fitted weights (``LABELS_COUNT``, ``DISTIL_THRESHOLD``) and scoring, whose top terms
are ``top_terms.py``'s, large batches scored over processes by ``forked_scoring.py``; the file format
in ``model_file.py``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import normalize

from classifier import model_file
from classifier.corpus import NONE_LABEL
from classifier.features import FeatureParams, Featurizer
from classifier.forked_scoring import score_in_processes, worth_forking
from classifier.selftraining import SelfTraining, full_coef, vectorise
from classifier.supervised import fit_linear
from classifier.threshold import MIN_POOL, choose_threshold, count_threshold, seed_cohesion_cut
from classifier.top_terms import top_terms

# The threshold of a distilled model (docstring step 4): "count" keeps the five-round model's count
# of relevant pool texts; "refit": chosen again by ``choose_threshold`` (not adopted).
DISTIL_THRESHOLD = "count"
# With analyst labels, the count the distilled model keeps (docstring step 4): "min" (shipped): the
# smaller of the labelled five-round model's and what the model fitted without the labels calls
# relevant (labels may narrow a broad topic's decision, never widen it past the labels-free one);
# "labelled": the labelled model's alone (before); "free": the labels-free one alone.
LABELS_COUNT = "min"


@dataclass(frozen=True)
class ModelParams:
    features: FeatureParams = field(default_factory=FeatureParams)
    centroid_rounds: int = 3  # Rocchio expansion rounds before the regression
    rounds: int = 5
    pseudo_k: int = 20  # pool texts taken as pseudo-positives per label and round...
    pseudo_fraction: float = 0.01  # ...but at most this share of the pool (a small pool is not flooded)
    pseudo_weight: float = 0.5  # weight of a pseudo-positive relative to a seed
    label_weight: float = 20.0  # weight of an analyst label relative to a seed (real supervision)
    C: float = 1.0
    top_terms: int = 5


@dataclass(frozen=True)
class Score:
    label: str  # best seed label, or "none" when not relevant
    score: float  # probability of being on a seed topic
    relevant: bool
    top_terms: list[str]


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class TopicModel:
    """Fit on seeds (+ unlabeled pool, + analyst labels); score texts; save/load as one .npz file."""

    @property
    def provisional(self) -> bool:
        """True when the few-seed threshold had no background to learn from (a pool of fewer than
        ``threshold.MIN_POOL`` texts): such a model may rank, but it is never activated by itself
        (``registry.register``) and ``retrain`` does not train one."""
        return self.metrics.get("threshold_from") == "seeds"

    def __init__(self, params: ModelParams | None = None) -> None:
        self.params = params or ModelParams()
        self.labels: list[str] = []
        self.featurizer: Featurizer | None = None
        self.coef: np.ndarray | None = None  # (classes, features); last class is "none" if present
        self.intercept: np.ndarray | None = None
        self.has_none = False
        self.threshold = 0.5
        self.seeds_hash = ""
        self.metrics: dict[str, Any] = {}
        self._pool_relevant = 0  # pool texts called relevant at the end of ``fit``

    # ---- training (the module docstring's steps) ------------------------------------------------
    def fit(
        self,
        seeds: dict[str, list[str]],
        unlabeled: list[str] | None = None,
        labelled: list[tuple[str, str]] | None = None,
        seeds_hash: str = "",
    ) -> TopicModel:
        unlabeled = list(unlabeled or [])
        labelled = list(labelled or [])
        self.labels = sorted(seeds)
        self.metrics = {}
        self.seeds_hash = seeds_hash
        rows = vectorise(self.params, self.labels, seeds, unlabeled, labelled)
        self.featurizer = rows.featurizer
        training = SelfTraining(self.params, rows)
        self.has_none = training.has_none
        if training.n_classes == 1:
            # One label and no background: rank by cosine to the seeds' centroid and call relevant
            # only what is as close to it as the seeds are to each other (never everything).
            self.coef = normalize(training.centroids)
            self.intercept = np.zeros(1)
            self.threshold = seed_cohesion_cut(rows.X_pos, rows.y_pos, rows.n_labels)
            self.metrics = {"seeds": int(rows.X_pos.shape[0]), "unlabeled": len(unlabeled),
                            "labelled": len(labelled), "threshold_from": "seeds"}
            return self
        if training.rich and rows.n_labels >= 2 and not self.has_none:
            # Every label has plenty of examples and there is no "none" material: plain supervised
            # learning (a cross-validated linear SVM) beats any few-seed machinery here.
            coef, intercept, fit_metrics = fit_linear(rows.X_pos, rows.y_pos)
            self.coef, self.intercept = coef.astype(np.float32), intercept
            self.threshold = 0.0
            self.metrics = {**fit_metrics, "seeds": rows.n_seeds, "unlabeled": len(unlabeled),
                            "labelled": len(labelled), "features": len(self.featurizer.terms)}
            return self

        training.expand_centroids()
        clf, graph_weight = training.self_train()
        self._install(clf, training.n_classes)
        self.threshold = self._threshold(rows.X_seeds, rows.X_pool, training.reliable)
        if training.distils(graph_weight):
            before = int((self._topic(self._probabilities(rows.X_pool)) >= self.threshold).sum())
            self._install(training.distil(clf), training.n_classes)
            if DISTIL_THRESHOLD == "count":
                if labelled and LABELS_COUNT != "labelled":
                    # Labels at weight 20 can drag the seeds' scores down to where the seeds' cap
                    # (``threshold.seed_cap``), not the background, sets the five-round threshold.
                    free = _labels_free_count(self.params, seeds, unlabeled)
                    before = min(before, free) if LABELS_COUNT == "min" else free
                self.threshold = count_threshold(self._topic(self._probabilities(rows.X_pool)), before,
                                                 self._seed_topic(rows.X_seeds))
            else:
                self.threshold = self._threshold(rows.X_seeds, rows.X_pool, training.reliable)
        self._pool_relevant = int((self._topic(self._probabilities(rows.X_pool)) >= self.threshold).sum())
        self.metrics = {
            **self.metrics,
            "seeds": rows.n_seeds,
            "unlabeled": len(unlabeled),
            "labelled": len(labelled),
            "features": len(self.featurizer.terms),
            "C": training.C,
            "graph_weight": round(graph_weight, 4),  # of the last round (0: the graph was skipped)
            "threshold_from": "background" if rows.X_pool.shape[0] >= MIN_POOL else "seeds",
        }
        return self

    def _install(self, clf: LogisticRegression, n_classes: int) -> None:
        coef, intercept = full_coef(clf, n_classes)
        self.coef, self.intercept = coef.astype(np.float32), intercept

    def _seed_topic(self, X_seeds: sp.csr_matrix) -> np.ndarray:
        seed_prob = self._probabilities(X_seeds)
        return 1 - seed_prob[:, -1] if self.has_none else seed_prob.max(axis=1)

    def _threshold(self, X_seeds: sp.csr_matrix, X_pool: sp.csr_matrix, reliable: np.ndarray) -> float:
        """``threshold.choose_threshold`` for the installed weights. The seeds only, not the analysts'
        labels: a label is evidence about its own article (where it wins anyway) and enters the
        threshold only through the model fitted to it, which ``retrain`` activates only when
        cross-validation over the labels says it is better. (One hard positive label used to halve
        the seeds' cap: 29 of 30 demo articles relevant.)"""
        pool_prob = self._probabilities(X_pool)
        return choose_threshold(
            seed_scores=self._seed_topic(X_seeds),
            pool_scores=1 - pool_prob[:, -1] if X_pool.shape[0] else np.empty(0),
            # The background bulk: the pool's reliable negatives (all of the pool when it has none).
            background_scores=(1 - pool_prob[:, -1])[reliable] if reliable.any() else None,
        )

    # ---- scoring --------------------------------------------------------------------------------
    def _probabilities(self, X: sp.csr_matrix) -> np.ndarray:
        assert self.coef is not None and self.intercept is not None
        if self.coef.shape[0] == 1:  # a seeds-only centroid: cosine similarity
            return np.clip(np.asarray(X @ self.coef.T), 0.0, 1.0)
        return _softmax(np.asarray(X @ self.coef.T) + self.intercept)

    def topic_scores(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """``(score on any seed topic, per-label probabilities)`` for each text."""
        assert self.featurizer is not None
        X = self.featurizer.transform(texts)
        proba = self._probabilities(X)
        n_labels = len(self.labels)
        return self._topic(proba), proba[:, :n_labels]

    def _topic(self, proba: np.ndarray) -> np.ndarray:
        """Score on any seed topic: 1 - P(none); a centroid's cosine; 1 for a multi-class set."""
        if self.has_none:
            return 1 - proba[:, -1]
        return proba[:, 0] if proba.shape[1] == 1 else np.ones(proba.shape[0])

    def score(self, texts: list[str], workers: int = 1) -> list[Score]:
        """Score texts. ``workers > 1`` splits a large batch over forked processes (one per core)."""
        if worth_forking(len(texts), workers):
            return [Score(*fields) for fields in score_in_processes(self, texts, workers)]
        assert self.featurizer is not None and self.coef is not None
        X = self.featurizer.transform(texts)
        proba = self._probabilities(X)
        n_labels = len(self.labels)
        topic = self._topic(proba)
        best = proba[:, :n_labels].argmax(axis=1)
        relevant = topic >= self.threshold
        # Per label, its coefficients against none's (a centroid or a multi-class set: its own).
        toward = self.coef[:n_labels] - self.coef[-1] if self.has_none else self.coef
        terms = top_terms(X, toward, best, self.featurizer.terms, self.params.top_terms)
        names = [self.labels[b] for b in best.tolist()]
        labels = [name if r else NONE_LABEL for name, r in zip(names, relevant.tolist(), strict=True)]
        return [
            Score(label=lab, score=s, relevant=r, top_terms=t)
            for lab, s, r, t in zip(
                labels, np.clip(topic, 0.0, 1.0).tolist(), relevant.tolist(), terms, strict=True
            )
        ]

    # ---- persistence (``model_file.py``) -----------------------------------------------------------
    def to_bytes(self) -> bytes:
        assert self.featurizer is not None and self.coef is not None
        fstate = self.featurizer.state()
        meta = {
            "labels": self.labels,
            "has_none": self.has_none,
            "threshold": float(self.threshold),
            "seeds_hash": self.seeds_hash,
            "metrics": self.metrics,
            "params": self.params_dict(),
            "feature_params": fstate["params"],
        }
        arrays = {"terms": np.asarray(fstate["terms"], dtype=str), "idf": fstate["idf"],
                  "coef": self.coef, "intercept": self.intercept}
        return model_file.encode(meta, arrays)

    @classmethod
    def from_bytes(cls, data: bytes) -> TopicModel:
        """The model ``data`` holds; ``ModelFileError`` for anything else (never unpickled)."""
        return model_file.decode(data, cls._from_saved)

    @classmethod
    def _from_saved(cls, meta: dict[str, Any], arrays) -> TopicModel:
        params = dict(meta["params"])
        params["features"] = FeatureParams(**params["features"])
        model = cls(ModelParams(**params))
        model.labels = list(meta["labels"])
        model.has_none = bool(meta["has_none"])
        model.threshold = float(meta["threshold"])
        model.seeds_hash = meta["seeds_hash"]
        model.metrics = meta["metrics"]
        model.featurizer = Featurizer.from_state(meta["feature_params"], arrays["terms"], arrays["idf"])
        model.coef = arrays["coef"]
        model.intercept = arrays["intercept"]
        return model

    def save(self, path: str | Path) -> None:
        model_file.write_file(path, self.to_bytes())

    @classmethod
    def load(cls, path: str | Path) -> TopicModel:
        return model_file.read_file(path, cls.from_bytes)

    def params_dict(self) -> dict[str, Any]:
        return asdict(self.params)


# The last labels-free count (``_labels_free_count``): the gate's folds and the final fit of a retrain
# share seeds and pool, so the model without labels is fitted once for all of them.
_COUNT_CACHE: dict[tuple[str, int, int], int] = {}


def _labels_free_count(params: ModelParams, seeds: dict[str, list[str]], unlabeled: list[str]) -> int:
    """How many ``unlabeled`` texts the model fitted on ``seeds`` and ``unlabeled`` alone calls relevant."""
    key = (repr(params), hash(tuple((k, tuple(v)) for k, v in sorted(seeds.items()))), hash(tuple(unlabeled)))
    if key not in _COUNT_CACHE:
        _COUNT_CACHE.clear()
        _COUNT_CACHE[key] = TopicModel(params).fit(seeds, unlabeled=unlabeled)._pool_relevant
    return _COUNT_CACHE[key]
