"""Three more answers to the near-miss that sums many small positive weights (docs/classifier-method.md,
step 6, "Analyst labels: sparse weights, capped terms, a labels model"); none adopted. Measured on
relevance-dev with labels and seeds only (``python bench/cv_sparse_terms.py [--refits-only]
VARIANT...``: ``eval_classifier.py --labels``' 5-fold x 2, the same fits, each error printed with its
fold's threshold). Not run on BBC: none met relevance-dev's with-labels targets.

- ``enet:R`` / ``enet-final:R``: the labelled fit's regressions (every round, or only the last one
  and distillation's) with an elastic-net penalty (saga, ``l1_ratio`` R, the same C): small shared
  weights go to zero, so a near-miss cannot sum them. Without labels the shipped fit. (``enet``, five
  saga fits per fold, was not run.)
- ``cap:C`` / ``topk:K`` (score time, no refit): each term's contribution to the topic log-odds
  (weight x value) clipped at C, or only the K largest positive contributions counted (negative ones
  all); the threshold keeps the model's count of relevant pool texts. ``seeds-cap:C`` /
  ``seeds-topk:K``: the same on the seeds-only model.
- ``labmodel:N``: a second model, a class-balanced logistic regression on the labels alone (the
  labels-free model's features), only with at least N labels of each kind; its log-odds added to the
  labels-free model's at the weight w (0 / 0.25 / 0.5 / 1 / 2 / 4, times the scale that gives it the
  labels-free model's spread on the labels) whose 5-fold out-of-fold blend ranks the labels best
  (ROC-AUC; the smallest among equals); the threshold keeps the labels-free model's count of
  relevant pool texts (``labmodel-count:N``: the labelled model's count). Fewer labels: the shipped
  labelled model.
"""

from __future__ import annotations

import argparse
import random
import sys
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import classifier.selftraining as st  # noqa: E402
from bench.eval_classifier import SEED_LABEL, binary_report, load_bbc, load_dev  # noqa: E402
from classifier.corpus import NONE_LABEL, load_seeds  # noqa: E402
from classifier.model import ModelParams, TopicModel  # noqa: E402
from classifier.threshold import count_threshold  # noqa: E402

_ORIGINAL_FIT_ROUND = st.SelfTraining._fit_round
_ORIGINAL_SELF_TRAIN = st.SelfTraining.self_train
BLEND_WEIGHTS = (0.0, 0.25, 0.5, 1.0, 2.0, 4.0)


def _enet_fit_round(self, pseudo_weight=None):
    """The shipped round, with labels fitted under an elastic-net penalty. saga's step size does not
    allow for sample weights (a label's, balanced, is ~100 pool texts'): unscaled it stopped far from
    the optimum (the seeds scored 0). The weights are divided by their largest and C multiplied by it
    (the same objective)."""
    labelled = self.rows.X_none.shape[0] or len(self.rows.y_pos) > self.rows.n_seeds
    if not labelled or (self._enet_final_only and not getattr(self, "_final", False)):
        return _ORIGINAL_FIT_ROUND(self, pseudo_weight)
    X, y, w = self._training_set(pseudo_weight)
    top = float(w.max())
    clf = LogisticRegression(C=self.C * top, penalty="elasticnet", solver="saga",
                             l1_ratio=self._enet_ratio, max_iter=1000, tol=1e-4)
    clf.fit(X, y, sample_weight=w / top)
    return clf


def _self_train_final_flag(self):
    """The shipped rounds, the last one (and distillation after it) flagged as final."""
    rounds = max(1, self.params.rounds)
    saved = self.params
    try:
        self.params = replace(saved, rounds=rounds - 1)
        if rounds > 1:
            _ORIGINAL_SELF_TRAIN(self)
        self.params = replace(saved, rounds=1)
        self._final = True
        return _ORIGINAL_SELF_TRAIN(self)
    finally:
        self.params = saved


@contextmanager
def patched(variant: str):
    kind = variant.split(":")[0]
    try:
        if kind in ("enet", "enet-final"):
            st.SelfTraining._enet_ratio = float(variant.split(":")[1])
            st.SelfTraining._enet_final_only = kind == "enet-final"
            st.SelfTraining._fit_round = _enet_fit_round
            if kind == "enet-final":
                st.SelfTraining.self_train = _self_train_final_flag
        yield
    finally:
        st.SelfTraining._fit_round = _ORIGINAL_FIT_ROUND
        st.SelfTraining.self_train = _ORIGINAL_SELF_TRAIN


def _direction(model: TopicModel) -> tuple[np.ndarray, float]:
    """The topic log-odds' weights and intercept (one topic label against ``none``)."""
    assert model.coef is not None and model.intercept is not None and model.has_none
    d = np.asarray(model.coef[0] - model.coef[-1], dtype=np.float64)
    return d, float(model.intercept[0] - model.intercept[-1])


def term_sum(model: TopicModel, X: sp.csr_matrix, cap: float | None = None, k: int | None = None
             ) -> np.ndarray:
    """The topic log-odds with each term's contribution capped at ``cap``, or only the ``k`` largest
    positive contributions counted (the negative ones all)."""
    d, b = _direction(model)
    parts = sp.csr_matrix(X.multiply(d[None, :]))
    if cap is not None:
        parts.data = np.minimum(parts.data, cap)
        return np.asarray(parts.sum(axis=1)).ravel() + b
    out = np.empty(parts.shape[0])
    for i in range(parts.shape[0]):
        row = parts.data[parts.indptr[i] : parts.indptr[i + 1]]
        pos = np.sort(row[row > 0])[::-1]
        out[i] = pos[:k].sum() + row[row < 0].sum()
    return out + b


def _logodds(model: TopicModel, X: sp.csr_matrix) -> np.ndarray:
    d, b = _direction(model)
    return np.asarray(X @ d).ravel() + b


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-z))


def _count(model: TopicModel, X_pool: sp.csr_matrix) -> int:
    return int((model._topic(model._probabilities(X_pool)) >= model.threshold).sum())


_POOL_ROWS: dict[int, sp.csr_matrix] = {}


def _pool_rows(model: TopicModel, pool: list[str]) -> sp.csr_matrix:
    """The pool's rows under ``model``'s features (the last few models' kept)."""
    if id(model) not in _POOL_ROWS:
        if len(_POOL_ROWS) > 3:
            _POOL_ROWS.clear()
        assert model.featurizer is not None
        _POOL_ROWS[id(model)] = model.featurizer.transform(pool)
    return _POOL_ROWS[id(model)]


def rescored(model: TopicModel, pool: list[str], scored: list[str], variant: str
             ) -> tuple[np.ndarray, float]:
    """``cap:C`` / ``topk:K`` scores of ``scored`` and the threshold keeping the model's pool count."""
    kind, value = variant.split(":")
    kind = kind.removeprefix("seeds-")
    assert model.featurizer is not None
    Xp, Xs = _pool_rows(model, pool), model.featurizer.transform(scored)
    opts = {"cap": float(value)} if kind == "cap" else {"k": int(value)}
    zp, zs = term_sum(model, Xp, **opts), term_sum(model, Xs, **opts)
    cut = count_threshold(zp, _count(model, Xp), np.array([np.inf]))
    return _sigmoid(zs), float(_sigmoid(np.array([cut]))[0])


def blend_weight(z_free: np.ndarray, X_lab: sp.csr_matrix, y: np.ndarray) -> tuple[float, float]:
    """The labels model's weight whose out-of-fold blend ranks the labels best (5-fold; the smallest
    among equals), and the scale that gives its log-odds the labels-free model's spread on the labels
    (at C = 1 its log-odds span a few tenths: a weight is relative to that scale)."""
    oof = np.zeros(len(y))
    folds = StratifiedKFold(n_splits=min(5, int(y.sum()), int((~y).sum())), shuffle=True, random_state=0)
    for train_idx, test_idx in folds.split(X_lab, y):
        clf = LogisticRegression(C=1.0, class_weight="balanced", solver="liblinear")
        clf.fit(X_lab[train_idx], y[train_idx])
        oof[test_idx] = clf.decision_function(X_lab[test_idx])
    scale = float(z_free.std() / max(oof.std(), 1e-9))
    aucs = [roc_auc_score(y, z_free + w * scale * oof) for w in BLEND_WEIGHTS]
    return BLEND_WEIGHTS[int(np.argmax(np.round(aucs, 9)))], scale


def labels_model(free: TopicModel, labelled_model: TopicModel, labelled: list[tuple[str, str]],
                 pool: list[str], scored: list[str], n_min: int, count_from: str
                 ) -> tuple[np.ndarray, float, float]:
    """``labmodel:N`` scores of ``scored``, threshold and the blend weight (NaN: gate off)."""
    y = np.array([lab != NONE_LABEL for _, lab in labelled])
    if min(int(y.sum()), int((~y).sum())) < n_min:
        return (np.array([x.score for x in labelled_model.score(scored)]), labelled_model.threshold,
                float("nan"))
    assert free.featurizer is not None and labelled_model.featurizer is not None
    X_lab = free.featurizer.transform([t for t, _ in labelled])
    w, scale = blend_weight(_logodds(free, X_lab), X_lab, y)
    w *= scale
    clf = LogisticRegression(C=1.0, class_weight="balanced", solver="liblinear").fit(X_lab, y)
    Xp, Xs = _pool_rows(free, pool), free.featurizer.transform(scored)
    zp = _logodds(free, Xp) + w * clf.decision_function(Xp)
    zs = _logodds(free, Xs) + w * clf.decision_function(Xs)
    count = (_count(free, Xp) if count_from == "free"
             else _count(labelled_model, _pool_rows(labelled_model, pool)))
    cut = count_threshold(zp, count, np.array([np.inf]))
    return _sigmoid(zs), float(_sigmoid(np.array([cut]))[0]), w


def variant_scores(variant: str, seeds, pool, labelled, scored: list[str], shipped: TopicModel,
                   free: TopicModel) -> tuple[np.ndarray, float]:
    """Scores and threshold of ``variant`` for one fit's material (``shipped``: the labelled model)."""
    kind = variant.split(":")[0]
    if kind == "shipped":
        return np.array([x.score for x in shipped.score(scored)]), shipped.threshold
    if kind in ("cap", "topk"):
        return rescored(shipped, pool, scored, variant)
    if kind in ("seeds-cap", "seeds-topk"):
        return rescored(free, pool, scored, variant)
    if kind in ("labmodel", "labmodel-count"):
        s, t, w = labels_model(free, shipped, labelled, pool, scored, int(variant.split(":")[1]),
                               "free" if kind == "labmodel" else "labelled")
        print(f"    {variant}: blend weight {w}", flush=True)
        return s, t
    with patched(variant):
        model = TopicModel(ModelParams()).fit(seeds, unlabeled=pool, labelled=labelled)
    return np.array([x.score for x in model.score(scored)]), model.threshold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("variants", nargs="+")
    parser.add_argument("--refits-only", action="store_true",
                        help="no shipped labelled fit (refit variants only; its figures are known)")
    args = parser.parse_args()
    dev, bbc = load_dev(), load_bbc()
    seeds = load_seeds(ROOT / "seeds")
    pool = [r["text"] for r in dev] + [t for t, _, _ in bbc]
    free = TopicModel(ModelParams()).fit(seeds, unlabeled=pool)
    measured_all = [r for r in dev if not r["seed_overlap"]]
    y0 = np.array([r["label"] == "relevant" for r in measured_all])
    near0 = np.array([r["label"] != "off_topic" for r in measured_all])
    for v in ["shipped", *args.variants]:
        if v.startswith("seeds-") or v == "shipped":
            s, t = variant_scores(v, seeds, pool, [], [r["text"] for r in measured_all], free, free)
            binary_report(f"{v}: seeds only", y0, near0, s, s >= t)
    out = {v: ([], [], [], []) for v in ["shipped", *args.variants]
           if not v.startswith("seeds-") and not (args.refits_only and v == "shipped")}
    for rep in range(2):
        idx = list(range(len(dev)))
        random.Random(rep).shuffle(idx)
        for k in range(5):
            test = set(idx[k::5])
            labelled = [(dev[i]["text"], SEED_LABEL if dev[i]["label"] == "relevant" else NONE_LABEL)
                        for i in range(len(dev)) if i not in test]
            measured = [dev[i] for i in sorted(test) if not dev[i]["seed_overlap"]]
            texts = [r["text"] for r in measured]
            shipped = (free if args.refits_only
                       else TopicModel(ModelParams()).fit(seeds, unlabeled=pool, labelled=labelled))
            for v in out:
                s, t = variant_scores(v, seeds, pool, labelled, texts, shipped, free)
                y, near, sc, rel = out[v]
                for r, x in zip(measured, s, strict=True):
                    y.append(r["label"] == "relevant")
                    near.append(r["label"] != "off_topic")
                    sc.append(x)
                    rel.append(x >= t)
                    if (x >= t) != (r["label"] == "relevant"):
                        print(f"  {v} rep {rep} fold {k} {r['id']} {r['label']} {x:.3f} thr {t:.3f}",
                              flush=True)
    for v, (y, near, sc, rel) in out.items():
        binary_report(f"{v}: with labels", np.array(y), np.array(near), np.array(sc), np.array(rel))
    return 0


if __name__ == "__main__":
    sys.exit(main())
