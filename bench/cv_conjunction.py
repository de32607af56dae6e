"""Evidence from two parts of the topic's vocabulary at once (docs/classifier-method.md, step 6,
"Analyst labels: a conjunction of specific and generic evidence"). A score-time rescoring of the
fitted model, measured on relevance-dev seeds only and with labels (``python bench/cv_conjunction.py
VARIANT...``: ``eval_classifier.py --labels``' 5-fold x 2 through ``eval_classifier.dev_folds``, each
error printed with its fold's threshold; fitted models cached in ``--cache``).

Why: the with-labels near-misses sum the topic's generic diplomatic weights (security, cooperation,
international) without its specific words; the unigram log-odds ``b + sum_j d_j x_j`` cannot ask that
both be present. The split is learnt, never listed:

- the topic log-odds' positive-weight terms are ranked by specificity, ``c_pos / (c_pos + c_pool)``
  (the positives' centroid, seeds and topic labels, against the unlabeled pool's; ``df``: the pool's
  document frequency, rarest first); the most specific terms holding half (``frac:F``: F) of the
  positives' centroid's positive evidence ``sum d_j c_pos_j`` are the specific part S, the other
  positive-weight terms the generic part G;
- each text's evidence from each part, ``s_S`` and ``s_G`` (sums of ``d_j x_j``, never negative),
  relative to the part's mean over the positives: ``a_S = s_S / M_S``, ``a_G = s_G / M_G``;
- the rule chosen before measuring, ``geo``: ``z = b + s_neg + (M_S + M_G) sqrt(a_S a_G)``, the
  geometric mean (a typical positive keeps its log-odds; a text with one part near zero loses the
  other part's sum); beside it ``softmin:T`` (``-T log((e^(-a_S/T) + e^(-a_G/T)) / 2)`` in place of the
  geometric mean), ``gate`` (``b + s_neg + s_S + s_G min(1, a_S / q)``, q the positives' lowest
  ``a_S``: generic words count only as far as specific ones are present);
- the threshold keeps the model's count of relevant pool texts (never above a seed), as a distilled
  model's does (``fresh``: ``threshold.choose_threshold`` on the rescored pool instead).

``--bbc``: ``eval_classifier.py``'s any-topic-from-five-seeds protocol instead (the same draws; each
BBC category's fit rescored, the test split scored; reported, not tuned on).

Variants combine with commas: ``geo``, ``geo,df``, ``geo,frac:0.33``, ``softmin:0.5``, ``gate,fresh``;
``narrow`` (docs step 6, the pre-registered rule ``gate,df,frac:0.67,narrow``): the variant only where the
fit is not broad (``metrics["graph_weight"] == 0``), a broad fit's scores and threshold as shipped.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.metrics import precision_recall_fscore_support, roc_auc_score

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.cv_label_roles import record  # noqa: E402
from bench.eval_classifier import SEED_LABEL, binary_report, dev_folds, load_bbc, load_dev  # noqa: E402
from classifier.corpus import load_seeds  # noqa: E402
from classifier.model import ModelParams, TopicModel  # noqa: E402
from classifier.threshold import choose_threshold, count_threshold  # noqa: E402


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-z))


class Conjunction:
    """The split of one fitted model's topic log-odds into specific, generic and negative parts."""

    def __init__(self, model: TopicModel, positives: list[str], X_pool: sp.csr_matrix, opts: dict) -> None:
        assert model.featurizer is not None and model.coef is not None and model.intercept is not None
        self.opts = opts
        d = np.asarray(model.coef[0] - model.coef[-1], dtype=np.float64)
        self.b = float(model.intercept[0] - model.intercept[-1])
        X_pos = model.featurizer.transform(positives)
        c_pos = np.asarray(X_pos.mean(axis=0)).ravel()
        pos = np.flatnonzero(d > 0)
        if opts.get("df"):
            df = np.asarray((X_pool > 0).sum(axis=0)).ravel() / X_pool.shape[0]
            order = pos[np.argsort(df[pos], kind="stable")]
        else:
            c_pool = np.asarray(X_pool.mean(axis=0)).ravel()
            ratio = c_pos / np.maximum(c_pos + c_pool, 1e-12)
            order = pos[np.argsort(-ratio[pos], kind="stable")]
        mass = d[order] * c_pos[order]
        n_specific = int(np.searchsorted(np.cumsum(mass), opts.get("frac", 0.5) * mass.sum())) + 1
        W = np.zeros((len(d), 3))
        W[order[:n_specific], 0] = d[order[:n_specific]]
        W[order[n_specific:], 1] = d[order[n_specific:]]
        W[d < 0, 2] = d[d < 0]
        self.W = W
        self.specific, self.generic = order[:n_specific], order[n_specific:]
        parts = np.asarray(X_pos @ W)
        self.M = np.maximum(parts[:, :2].mean(axis=0), 1e-9)
        self.q = float((parts[:, 0] / self.M[0]).min())

    def logodds(self, X: sp.csr_matrix) -> np.ndarray:
        parts = np.asarray(X @ self.W)
        s_s, s_g, s_n = parts[:, 0], parts[:, 1], parts[:, 2]
        a_s, a_g = s_s / self.M[0], s_g / self.M[1]
        total = self.M.sum()
        if "gate" in self.opts:
            return self.b + s_n + s_s + s_g * np.minimum(1.0, a_s / max(self.q, 1e-9))
        if "softmin" in self.opts:
            t = self.opts["softmin"]
            soft = -t * (np.logaddexp(-a_s / t, -a_g / t) - np.log(2))
            return self.b + s_n + total * soft
        return self.b + s_n + total * np.sqrt(a_s * a_g)


def parse(variant: str) -> dict:
    opts: dict = {}
    for part in variant.split(","):
        key, _, value = part.partition(":")
        opts[key] = float(value) if value else True
    return opts


def rescored(model: TopicModel, positives: list[str], seeds: list[str], X_pool: sp.csr_matrix,
             scored: list[str], variant: str, show_terms: bool = False) -> tuple[np.ndarray, float]:
    """The variant's scores of ``scored`` and its threshold."""
    assert model.featurizer is not None
    opts = parse(variant)
    if opts.get("narrow") and model.metrics.get("graph_weight", 0) > 0:
        # ``narrow``: only where the fit is not broad (its graph not in use); a broad fit as shipped.
        return model.topic_scores(scored)[0], float(model.threshold)
    conj = Conjunction(model, positives, X_pool, opts)
    if show_terms:
        terms = model.featurizer.terms
        print(f"    {variant}: {len(conj.specific)} specific terms, first {list(terms[conj.specific[:15]])}; "
              f"{len(conj.generic)} generic, first {list(terms[conj.generic[-15:][::-1]])}", flush=True)
    zp, zs = conj.logodds(X_pool), conj.logodds(model.featurizer.transform(scored))
    zseeds = conj.logodds(model.featurizer.transform(seeds))
    if "fresh" in opts:
        t = choose_threshold(seed_scores=_sigmoid(zseeds), pool_scores=_sigmoid(zp))
        return _sigmoid(zs), float(t)
    count = int((model._topic(model._probabilities(X_pool)) >= model.threshold).sum())
    cut = count_threshold(zp, count, zseeds)
    return _sigmoid(zs), float(_sigmoid(np.array([cut]))[0])


def fitted(cache: Path, name: str, seeds, pool, labelled) -> TopicModel:
    path = cache / f"{name}.model"
    if path.exists():
        return TopicModel.from_bytes(path.read_bytes())
    model = TopicModel(ModelParams()).fit(seeds, unlabeled=pool, labelled=labelled)
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(model.to_bytes())
    return model


def bbc_few_seed(variants: list[str], n_seeds: int = 5, reps: int = 3) -> None:
    """``eval_classifier.bbc_few_seed``'s draws (the same generator), each fit rescored by ``variants``."""
    bbc = load_bbc()
    labels = sorted({lab for _, lab, _ in bbc})
    rng = random.Random(7)
    out: dict[str, dict[str, list[float]]] = {v: {"auc": [], "f1": []} for v in ["shipped", *variants]}
    for rep in range(reps):
        for label in labels:
            train_pos = [i for i, (_, lab, s) in enumerate(bbc) if lab == label and s == "train"]
            chosen = set(rng.sample(train_pos, n_seeds))
            seed_texts = [bbc[i][0] for i in chosen]
            pool = [t for i, (t, _, _) in enumerate(bbc) if i not in chosen]
            model = TopicModel(ModelParams()).fit({label: seed_texts}, unlabeled=pool)
            assert model.featurizer is not None
            X_pool = model.featurizer.transform(pool)
            test = [(t, lab == label) for t, lab, s in bbc if s == "test"]
            y = np.array([v for _, v in test])
            line = [f"  draw {rep} {label:14s}"]
            for v in out:
                if v == "shipped":
                    s, t = model.topic_scores([t for t, _ in test])[0], model.threshold
                else:
                    s, t = rescored(model, seed_texts, seed_texts, X_pool, [t for t, _ in test], v)
                _, _, f, _ = precision_recall_fscore_support(y, s >= t, average="binary", zero_division=0)
                out[v]["auc"].append(roc_auc_score(y, s))
                out[v]["f1"].append(f)
                line.append(f"{v}: AUC={out[v]['auc'][-1]:.3f} F1={f:.3f}")
            print("  ".join(line), flush=True)
    base = np.array(out["shipped"]["f1"])
    for v, res in out.items():
        f1 = np.array(res["f1"])
        print(f"BBC few-seed {v}: AUC mean={np.mean(res['auc']):.3f} min={np.min(res['auc']):.3f}  "
              f"F1 mean={f1.mean():.3f} min={f1.min():.3f}  F1 better in {int((f1 > base + 1e-9).sum())}, "
              f"worse in {int((f1 < base - 1e-9).sum())} of {len(f1)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("variants", nargs="+")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/cv_conjunction"),
                        help="fitted models kept here (delete it after a change to the classifier)")
    parser.add_argument("--bbc", action="store_true", help="the five-seed BBC protocol instead")
    args = parser.parse_args()
    if args.bbc:
        bbc_few_seed(args.variants)
        return 0
    dev, bbc = load_dev(), load_bbc()
    seeds = load_seeds(ROOT / "seeds")
    seed_texts = [t for texts in seeds.values() for t in texts]
    pool = [r["text"] for r in dev] + [t for t, _, _ in bbc]
    names = ["shipped", *args.variants]
    free = fitted(args.cache, "free", seeds, pool, [])
    assert free.featurizer is not None
    X_pool = free.featurizer.transform(pool)
    measured_all = [r for r in dev if not r["seed_overlap"]]
    texts_all = [r["text"] for r in measured_all]
    y0 = np.array([r["label"] == "relevant" for r in measured_all])
    near0 = np.array([r["label"] != "off_topic" for r in measured_all])
    for v in names:
        if v == "shipped":
            s, t = free.topic_scores(texts_all)[0], free.threshold
        else:
            s, t = rescored(free, seed_texts, seed_texts, X_pool, texts_all, v, show_terms=True)
        acc: tuple[list, list, list, list] = ([], [], [], [])
        record(acc, f"{v} seeds only", 0, 0, measured_all, s, t)
        binary_report(f"{v}: seeds only", y0, near0, s, s >= t)
    out = {v: ([], [], [], []) for v in names}
    for rep, k, labelled, measured in dev_folds(dev):
        model = fitted(args.cache, f"labels-{rep}-{k}", seeds, pool, labelled)
        assert model.featurizer is not None
        Xp = model.featurizer.transform(pool)
        positives = seed_texts + [t for t, lab in labelled if lab == SEED_LABEL]
        texts = [r["text"] for r in measured]
        for v in names:
            if v == "shipped":
                s, t = model.topic_scores(texts)[0], model.threshold
            else:
                s, t = rescored(model, positives, seed_texts, Xp, texts, v, show_terms=rep == k == 0)
            record(out[v], v, rep, k, measured, s, t)
    for v, (y, near, sc, rel) in out.items():
        binary_report(f"{v}: with labels", np.array(y), np.array(near), np.array(sc), np.array(rel))
    return 0


if __name__ == "__main__":
    sys.exit(main())
