"""Soft pseudo-labels in self-training: each pool text weighted by the previous fit's probability
instead of the hard cut-offs (docs/classifier-method.md, step 4, "Soft pseudo-labels (not
adopted)").
Measured on relevance-dev with labels and seeds only (``python bench/cv_soft_pseudo.py
VARIANT...``: ``eval_classifier.py --labels``' 5-fold x 2, the same folds, each error printed with
its fold's threshold; per fold the labelled model's count of relevant pool texts against the
labels-free model's, and its threshold's move in log-odds). ``--bbc``: ``make eval``'s five-seed
draws (train split only as seeds and pool, test scored; reported, not tuned on).

The rule, fixed before measuring (``soft``): in a round whose pool ranking is the previous
regression's class probabilities (every round but the first, which ranks by Rocchio's cosine, and
none where the graph blends ranks in: a broad topic's ranks are no probabilities, so it keeps the
hard rule), every pool text the shipped rule uses (its ``pseudo_k`` pseudo-positives, its reliable
negatives outside a broad topic's kept-out share) enters both classes: as a positive of its best
label at ``pseudo_weight x p`` and as ``none`` at ``1 - p``, ``p`` its probability for that label
(for ``none``: one minus the topics' sum). Class balancing as shipped. Why: a hard cut teaches a
near-miss the previous fit scored 0.9 as fully ``none`` (weight 1) and the 20th pseudo-positive as
fully on topic; expected labels (EM's E step) let the fit's own uncertainty through.
Secondary (named beforehand, reported beside it): ``soft-pos`` (only the pseudo-positives' weights
times ``p``), ``soft-neg`` (only the negatives' weights times ``1 - p``). Added after those results
(the worst error, a held-out near-miss, was in no class: not a reliable negative): ``soft-cut``, the
reliable negatives' cut replaced by the weight: every pool text that is no pseudo-positive (and
outside a broad topic's kept-out share) a negative at ``1 - p``, in the same rounds; and
``soft-unsure``: ``soft-neg`` with the kept-out share's texts that are no pseudo-positives also
negatives at ``1 - p`` (that held-out near-miss is one of them: 0.43 -> a weight of 0.57).
"""

from __future__ import annotations

import argparse
import random
import sys
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.metrics import precision_recall_fscore_support, roc_auc_score

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import classifier.selftraining as st  # noqa: E402
from bench.cv_label_roles import dev_folds, record  # noqa: E402
from bench.eval_classifier import binary_report, load_bbc, load_dev  # noqa: E402
from classifier.corpus import load_seeds  # noqa: E402
from classifier.model import ModelParams, TopicModel  # noqa: E402
from classifier.threshold import logit  # noqa: E402

_ORIGINAL_RERANK = st.SelfTraining._rerank
_ORIGINAL_SET = st.SelfTraining._training_set


def _rerank_marking(self, clf):
    """The shipped rerank; remembers whether the ranking is the regression's probabilities."""
    scores, weight = _ORIGINAL_RERANK(self, clf)
    self._soft_ok = weight == 0.0
    return scores, weight


def _soft_set(self, pseudo_weight=None, pos: bool = True, neg: bool = True, both: bool = True,
              cut: bool = False, unsure: bool = False):
    """The shipped training set with probability-weighted pseudo-labels (the module's docstring)."""
    rows, n_labels = self.rows, self.rows.n_labels
    if not getattr(self, "_soft_ok", False) or not rows.X_pool.shape[0]:
        return _ORIGINAL_SET(self, pseudo_weight)
    p = self.params
    pw = p.pseudo_weight if pseudo_weight is None else pseudo_weight
    scores = self.pool_scores
    best = scores.argmax(axis=1)
    p_best = scores[np.arange(len(best)), best]
    p_none = np.clip(1.0 - scores.sum(axis=1), 0.0, 1.0)
    taken = self._pseudo_positive_mask(scores)
    negative = ~taken & (self.reliable | cut)
    if self.unsure is not None:
        negative = negative | (~taken & self.unsure) if unsure else negative & ~self.unsure
    used = taken | negative
    blocks, ys, ws = [rows.X_pos], [rows.y_pos], [rows.w_pos]
    pos_rows = np.flatnonzero(used if both else taken)
    pos_w = pw * (p_best[pos_rows] if pos else np.ones(len(pos_rows)))
    blocks.append(rows.X_pool[pos_rows])
    ys.append(best[pos_rows])
    ws.append(pos_w)
    neg_rows = np.flatnonzero(used if both else negative)
    blocks.append(rows.X_pool[neg_rows])
    ys.append(np.full(len(neg_rows), n_labels))
    ws.append(p_none[neg_rows] if neg else np.ones(len(neg_rows)))
    if rows.X_none.shape[0]:
        blocks.append(rows.X_none)
        ys.append(np.full(rows.X_none.shape[0], n_labels))
        ws.append(np.full(rows.X_none.shape[0], p.label_weight))
    y = np.concatenate(ys)
    w = np.concatenate(ws).astype(np.float64)
    keep = w > 0
    w = self._balance(y[keep], w[keep])
    return sp.vstack(blocks).tocsr()[keep], y[keep], w


@contextmanager
def patched(variant: str):
    try:
        if variant != "shipped":
            kw = {"soft": {}, "soft-pos": {"neg": False, "both": False},
                  "soft-neg": {"pos": False, "both": False},
                  "soft-cut": {"pos": False, "both": False, "cut": True},
                  "soft-unsure": {"pos": False, "both": False, "unsure": True}}[variant]
            st.SelfTraining._rerank = _rerank_marking
            st.SelfTraining._training_set = lambda self, pw=None: _soft_set(self, pw, **kw)
        yield
    finally:
        st.SelfTraining._rerank = _ORIGINAL_RERANK
        st.SelfTraining._training_set = _ORIGINAL_SET


def fit(variant: str, seeds, pool, labelled=None) -> TopicModel:
    with patched(variant):
        return TopicModel(ModelParams()).fit(seeds, unlabeled=pool, labelled=labelled)


def _pool_count(model: TopicModel, pool_rows_texts: list[str]) -> int:
    return int((model.topic_scores(pool_rows_texts)[0] >= model.threshold).sum())


def relevance(variants: list[str]) -> None:
    dev, bbc = load_dev(), load_bbc()
    seeds = load_seeds(ROOT / "seeds")
    pool = [r["text"] for r in dev] + [t for t, _, _ in bbc]
    measured_all = [r for r in dev if not r["seed_overlap"]]
    texts_all = [r["text"] for r in measured_all]
    y = np.array([r["label"] == "relevant" for r in measured_all])
    near = np.array([r["label"] != "off_topic" for r in measured_all])
    free = {}
    for v in variants:
        free[v] = fit(v, seeds, pool)
        s = free[v].topic_scores(texts_all)[0]
        binary_report(f"{v}: seeds only (thr {free[v].threshold:.3f})", y, near, s, s >= free[v].threshold)
    free_counts = {v: _pool_count(m, pool) for v, m in free.items()}
    out = {v: ([], [], [], []) for v in variants}
    for rep, k, labelled, measured in dev_folds(dev):
        texts = [r["text"] for r in measured]
        for v in variants:
            model = fit(v, seeds, pool, labelled)
            record(out[v], v, rep, k, measured, model.topic_scores(texts)[0], model.threshold)
            thr, thr_free = float(model.threshold), float(free[v].threshold)
            move = float((logit(thr) - logit(thr_free))[0])
            print(f"  {v} rep {rep} fold {k}: thr {thr:.3f} (labels-free {thr_free:.3f}, log-odds move "
                  f"{move:+.2f}), relevant pool texts {_pool_count(model, pool)} (labels-free "
                  f"{free_counts[v]})", flush=True)
    for v, (yy, nn, sc, rel) in out.items():
        binary_report(f"{v}: with labels", np.array(yy), np.array(nn), np.array(sc), np.array(rel))


def bbc_draws(variants: list[str], reps: int = 3) -> None:
    """``eval_classifier.bbc_few_seed``'s draws (the same random generator), each variant fitted."""
    bbc = load_bbc()
    labels = sorted({lab for _, lab, _ in bbc})
    rng = random.Random(7)
    res = {v: ([], []) for v in variants}
    for rep in range(reps):
        for label in labels:
            train_pos = [i for i, (_, lab, s) in enumerate(bbc) if lab == label and s == "train"]
            chosen = set(rng.sample(train_pos, 5))
            seeds = {label: [bbc[i][0] for i in chosen]}
            pool = [t for i, (t, _, _) in enumerate(bbc) if i not in chosen]
            test = [(t, lab == label) for t, lab, s in bbc if s == "test"]
            yt = np.array([v for _, v in test])
            for v in variants:
                model = fit(v, seeds, pool)
                sc = model.score([t for t, _ in test])
                auc = roc_auc_score(yt, [x.score for x in sc])
                f = precision_recall_fscore_support(yt, [x.relevant for x in sc], average="binary",
                                                    zero_division=0)[2]
                res[v][0].append(auc)
                res[v][1].append(f)
                print(f"  {v} draw {rep} {label:14s} AUC={auc:.3f} F1={f:.3f}", flush=True)
    for v, (aucs, f1s) in res.items():
        print(f"{v}: BBC five-seed AUC mean={np.mean(aucs):.3f} min={np.min(aucs):.3f} "
              f"F1 mean={np.mean(f1s):.3f} min={np.min(f1s):.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("variants", nargs="+", help="shipped, soft, soft-pos, soft-neg, soft-cut, "
                        "soft-unsure")
    parser.add_argument("--bbc", action="store_true", help="make eval's five-seed draws instead")
    args = parser.parse_args()
    if args.bbc:
        bbc_draws(args.variants)
    else:
        relevance(args.variants)
    return 0


if __name__ == "__main__":
    sys.exit(main())
