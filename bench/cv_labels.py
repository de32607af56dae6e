"""The labels protocol of ``tune_classifier_cv.py`` (five seeds plus 10 / 20 / 40 simulated analyst
labels per draw, BBC's train split only) and its variants: threshold rules on the same fits, refits
with the labels weighed otherwise, score-time variants (``cv_rescoring``), word-pair refits
(``cv_pairs``), refits with other term features (``cv_features``) and refits with the labels in
another role (``cv_label_roles``); score-time conjunctions of the topic's specific and generic evidence
(``cv_conjunction``)."""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.metrics import precision_recall_fscore_support, roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cv_conjunction import rescored as conjunction_scores
from cv_features import feature_scores
from cv_label_roles import role_scores
from cv_pairs import pair_scores
from cv_rescoring import _specificity, passage_scores
from cv_thresholds import label_threshold, logit, sigmoid

import classifier.model as model_module
import classifier.threshold as threshold_module
from bench.eval_classifier import load_bbc
from classifier.evaluation import binary_metrics
from classifier.model import ModelParams, TopicModel
from classifier.retrain import _better, cross_validated, fold_scores
from classifier.review import review_order
from classifier.threshold import label_shift

LABEL_COUNTS = (10, 20, 40)
# variant name -> (rule, shrinkage n0); the first is the baseline. Rules: ``off``: the fitted model's
# threshold (shipped); ``seeds``: the seeds-only model, no labels at all (what the labels add);
# ``best``: the in-sample F1-best cut of the labels (``label_threshold``, measured before); ``f1`` /
# ``platt``: ``threshold.label_shift`` of the labels' out-of-fold margins (``retrain.fold_scores``).
LABEL_VARIANTS: dict[str, tuple[str, float]] = {
    "labels only through the fit (shipped)": ("off", 0.0),
    "seeds only, no labels": ("seeds", 0.0),
    "gated: labels' model only if better by CV": ("gate", 0.0),
    "in-sample F1-best cut, shrunk n0=5": ("best", 5.0),
    "out-of-fold F1-best shift, n0=5": ("f1", 5.0),
    "out-of-fold F1-best shift, n0=20": ("f1", 20.0),
    "out-of-fold Platt shift, n0=5": ("platt", 5.0),
    "out-of-fold Platt shift, n0=20": ("platt", 20.0),
    "by breadth: Platt n0=20 if the graph is in use, else F1-best n0=5": ("breadth", 0.0),
}
# ``--compare label-weight``: how the labels enter the fit (each a refit on the same labels, drawn
# under the shipped model): ``count``: the count a broad topic's distilled model keeps
# (``model.LABELS_COUNT``; n0 indexes ``COUNT_RULES``); ``weight``: ``ModelParams.label_weight`` = n0.
COUNT_RULES = ("labelled", "free", "min")
LABEL_WEIGHT_VARIANTS: dict[str, tuple[str, float]] = {
    "shipped (count: the smaller of the labelled and the labels-free one)": ("off", 0.0),
    "seeds only, no labels": ("seeds", 0.0),
    "count: the labelled five-round model's (before)": ("count", 0.0),
    "count: the labels-free model's": ("count", 1.0),
    "label weight 10": ("weight", 10.0),
    "label weight 5": ("weight", 5.0),
    "label weight 2": ("weight", 2.0),
    "label weight 1": ("weight", 1.0),
}


# ``--compare labels-specificity``: the same fits, topic scores multiplied by a specificity factor
# (``_specificity``: what the labelled positives share and the ``none`` labels do not) or not.
LABEL_SPEC_VARIANTS: dict[str, tuple[str, float]] = {
    "labels only through the fit (before)": ("off", 0.0),
    "seeds only, no labels": ("seeds", 0.0),
    "specificity factor from the none labels": ("spec", 0.0),
}


# ``--compare labels-passage``: the same fits (with the labels, and the seeds-only one), each text's
# topic log-odds pooled with its best passage's (``passage_scores``), or not.
LABEL_PASSAGE_VARIANTS: dict[str, tuple[str, float]] = {
    "labels only through the fit (before)": ("off", 0.0),
    "passage max-pooling, weight 0.5": ("passage", 0.5),
    "passage max-pooling, weight 1": ("passage", 1.0),
    "seeds only, no labels": ("seeds", 0.0),
    "seeds only, passage max-pooling 0.5": ("seeds-passage", 0.5),
}


# ``--compare labels-seed-cap``: the labels protocol, each variant a refit under another
# ``threshold.SEED_CAP`` (n0 indexes ``CAP_RULES``), with the labels or (``capfree``) without.
CAP_RULES = ("half", "below", "floor")
LABEL_CAP_VARIANTS: dict[str, tuple[str, float]] = {
    "shipped (seed cap: half the seed, floored at the bulk + 1 spread)": ("off", 0.0),
    "seed cap: half the lowest seed (before)": ("cap", 0.0),
    "seed cap just below the lowest seed": ("cap", 1.0),
    "seeds only, no labels (shipped cap)": ("seeds", 0.0),
    "seeds only, half the lowest seed (before)": ("capfree", 0.0),
    "seeds only, just below the lowest seed": ("capfree", 1.0),
}

# ``--compare labels-pairs``: each variant a refit whose rows carry word-pair features beside the
# unigrams (``cv_pairs``), with the labels or (``seeds-pairs``) without, at alpha n0.
LABEL_PAIR_VARIANTS: dict[str, tuple[str, float]] = {
    "labels only through the fit (before)": ("off", 0.0),
    "word pairs, alpha 0.5": ("pairs", 0.5),
    "word pairs, alpha 0.25": ("pairs", 0.25),
    "seeds only, no labels": ("seeds", 0.0),
    "seeds only, word pairs 0.5": ("seeds-pairs", 0.5),
}


# ``--compare labels-features``: each variant a refit whose featurizer is ``cv_features``'
# ``FEATURE_VARIANTS[n0]`` (terms folded; ``cv_features.featurizer_factory`` also takes "compound",
# "chars:ALPHA", "lsa:ALPHA"), with the labels or (``seeds-features``) without.
FEATURE_VARIANTS = ("s", "porter1")
LABEL_FEATURE_VARIANTS: dict[str, tuple[str, float]] = {
    "labels only through the fit (before)": ("off", 0.0),
    **{f"{v}": ("features", float(i)) for i, v in enumerate(FEATURE_VARIANTS)},
    "seeds only, no labels": ("seeds", 0.0),
    **{f"seeds only, {v}": ("seeds-features", float(i)) for i, v in enumerate(FEATURE_VARIANTS)},
}

# ``--compare labels-roles``: each variant a refit whose labels weigh otherwise in their class
# (``cv_label_roles.ROLE_VARIANTS[n0]``); without labels every one is the shipped fit.
ROLE_VARIANTS = ("share:20", "share-both:20", "symmetric-down")
LABEL_ROLE_VARIANTS: dict[str, tuple[str, float]] = {
    "labels only through the fit (shipped)": ("off", 0.0),
    **{v: ("roles", float(i)) for i, v in enumerate(ROLE_VARIANTS)},
    "seeds only, no labels": ("seeds", 0.0),
}

# ``--compare labels-conjunction``: the same fits (with the labels, and the seeds-only one), the topic
# log-odds rescored so that the generic part of its vocabulary counts only with the specific part
# (``cv_conjunction``, variant ``CONJ_VARIANTS[n0]``), or not.
CONJ_VARIANTS = ("geo", "gate,df", "gate,df,frac:0.67", "gate,df,frac:0.67,narrow")
LABEL_CONJ_VARIANTS: dict[str, tuple[str, float]] = {
    "labels only through the fit (shipped)": ("off", 0.0),
    **{v: ("conj", float(i)) for i, v in enumerate(CONJ_VARIANTS)},
    "seeds only, no labels": ("seeds", 0.0),
    **{f"seeds only, {v}": ("seeds-conj", float(i)) for i, v in enumerate(CONJ_VARIANTS)},
}


def _conj_scores(model: TopicModel, seeds: dict[str, list[str]], labelled: list[tuple[str, str]],
                 pool: list[str], scored: list[str], variant: str) -> tuple[np.ndarray, float]:
    """``cv_conjunction.rescored`` for one fit: the positives are the seeds and the topic labels."""
    assert model.featurizer is not None
    seed_texts = [t for texts in seeds.values() for t in texts]
    positives = seed_texts + [t for t, lab in labelled if lab != "none"]
    return conjunction_scores(model, positives, seed_texts, model.featurizer.transform(pool), scored,
                              variant)


def _review_pick(model: TopicModel, texts: list[str], candidates: list[int], n: int) -> list[int]:
    """The first ``n`` of ``candidates`` in the review queue's order under ``model`` (each text a
    story of its own: BBC has no stories)."""
    scores = model.score([texts[i] for i in candidates])
    order = review_order([(i, None, s.score) for i, s in zip(candidates, scores, strict=True)],
                         model.threshold)
    return order[:n]


def _refit_scores(seeds, pool, labelled, rule: str, value: float, scored: list[str]
                  ) -> tuple[np.ndarray, float]:
    """Scores of ``scored`` and the threshold of a model fitted with the labels weighed otherwise."""
    params, saved, saved_cap = ModelParams(), model_module.LABELS_COUNT, threshold_module.SEED_CAP
    if rule == "weight":
        params = replace(params, label_weight=value)
    elif rule in ("cap", "capfree"):
        threshold_module.SEED_CAP = CAP_RULES[int(value)]
        model_module._COUNT_CACHE.clear()  # its key does not hold the cap rule
    else:
        model_module.LABELS_COUNT = COUNT_RULES[int(value)]
    try:
        refit = TopicModel(params).fit(seeds, unlabeled=pool,
                                       labelled=[] if rule == "capfree" else labelled)
    finally:
        model_module.LABELS_COUNT = saved
        threshold_module.SEED_CAP = saved_cap
        if rule in ("cap", "capfree"):
            model_module._COUNT_CACHE.clear()
    return np.array([x.score for x in refit.score(scored)]), refit.threshold


def run_labels(repeats: int, n_seeds: int = 5, seed: int = 13, narrow: float = 0.0, draw: str = "review",
               variants: dict[str, tuple[str, float]] | None = None) -> dict[str, dict[str, list[float]]]:
    """The labels protocol (module docstring): each variant a threshold rule on the same fits."""
    variants = variants or LABEL_VARIANTS
    train = [(t, lab) for t, lab, split in load_bbc() if split == "train"]
    texts = [t for t, _ in train]
    labels = sorted({lab for _, lab in train})
    rng = random.Random(seed)
    results: dict[str, dict[str, list[float]]] = {v: {"f1": [], "auc": [], "p": [], "r": [], "n": []}
                                                  for v in variants}
    for rep in range(repeats):
        held = set(rng.sample(range(len(train)), len(train) // 5))
        for c, label in enumerate(labels):
            n_labels = LABEL_COUNTS[(rep * len(labels) + c) % len(LABEL_COUNTS)]
            candidates = [i for i, (_, lab) in enumerate(train) if lab == label and i not in held]
            chosen = set(rng.sample(candidates, n_seeds))
            dropped: set[int] = set()
            if narrow:
                # A narrow topic: most of the category leaves the pool (and the scored fifth), so
                # that the rest is ``narrow`` of what remains.
                rest = [i for i, (_, lab) in enumerate(train) if lab == label and i not in chosen]
                keep = narrow * (len(train) - len(rest)) / (len(rest) * (1 - narrow))
                dropped = set(rng.sample(rest, len(rest) - round(keep * len(rest))))
            held_c = held - dropped
            free = [i for i in range(len(train)) if i not in held and i not in chosen and i not in dropped]
            seeds = {label: [texts[i] for i in chosen]}
            pool = [t for i, t in enumerate(texts) if i not in chosen and i not in dropped]

            def as_labels(ids: list[int], label: str = label) -> list[tuple[str, str]]:
                return [(texts[i], label if train[i][1] == label else "none") for i in ids]

            seeds_only = TopicModel(ModelParams()).fit(seeds, unlabeled=pool)
            if draw == "review":
                # An analyst labels what the review queue proposes, in two rounds with a retrain
                # between them.
                first = _review_pick(seeds_only, texts, free, n_labels // 2)
                middle = TopicModel(ModelParams()).fit(seeds, unlabeled=pool, labelled=as_labels(first))
                named = first + _review_pick(middle, texts, [i for i in free if i not in set(first)],
                                             n_labels - len(first))
            elif narrow:
                on = [i for i in free if train[i][1] == label]
                off = [i for i in free if train[i][1] != label]
                named = rng.sample(on, n_labels // 3) + rng.sample(off, n_labels - n_labels // 3)
            else:
                named = rng.sample(free, n_labels)
            labelled = as_labels(named)
            model = TopicModel(ModelParams()).fit(seeds, unlabeled=pool, labelled=labelled)
            ly = np.array([lab != "none" for _, lab in labelled])
            need_oof = any(rule in ("f1", "platt", "gate", "breadth") for rule, _ in variants.values())
            if need_oof:
                oof = fold_scores(seeds, unlabeled=pool, labelled=labelled)
                margins = logit(np.array(oof.scores)) - logit(np.array(oof.thresholds))
                # retrain's gate, against the seeds-only model as the active one
                gate = _better(cross_validated(seeds, unlabeled=pool, labelled=labelled, scored=oof),
                               binary_metrics(seeds_only, labelled))
            scored = sorted(held_c)
            y = np.array([train[i][1] == label for i in scored])
            s = np.array([x.score for x in model.score([texts[i] for i in scored])])
            s0 = np.array([x.score for x in seeds_only.score([texts[i] for i in scored])])
            ls = np.array([x.score for x in model.score([t for t, _ in labelled])])
            passage: dict[tuple[str, float], tuple[np.ndarray, float]] = {}
            for rule, w in variants.values():
                if rule in ("passage", "seeds-passage") and (rule, w) not in passage:
                    z, cut = passage_scores(model if rule == "passage" else seeds_only, pool,
                                            [texts[i] for i in scored], w)
                    passage[(rule, w)] = (1 / (1 + np.exp(-z)), sigmoid(cut))
            if any(rule == "spec" for rule, _ in variants.values()):
                spec_scores = s * _specificity(model, seeds, labelled, [texts[i] for i in scored])
            line = [f"  rep {rep} {label:14s} n={n_labels:2d} pos={int(ly.sum()):2d}"]
            for name, (rule, n0) in variants.items():
                scores, t = s, model.threshold
                if rule == "spec":
                    scores = spec_scores
                elif rule in ("passage", "seeds-passage"):
                    scores, t = passage[(rule, n0)]
                elif rule in ("pairs", "seeds-pairs"):
                    scores, t = pair_scores(seeds, pool, labelled if rule == "pairs" else [], n0,
                                            [texts[i] for i in scored])
                elif rule in ("features", "seeds-features"):
                    scores, t = feature_scores(seeds, pool, labelled if rule == "features" else [],
                                               FEATURE_VARIANTS[int(n0)], [texts[i] for i in scored])
                elif rule in ("conj", "seeds-conj"):
                    scores, t = _conj_scores(model if rule == "conj" else seeds_only, seeds,
                                             labelled if rule == "conj" else [], pool,
                                             [texts[i] for i in scored], CONJ_VARIANTS[int(n0)])
                elif rule == "roles":
                    scores, t = role_scores(seeds, pool, labelled, ROLE_VARIANTS[int(n0)],
                                            [texts[i] for i in scored])
                elif rule == "seeds" or (rule == "gate" and not gate):
                    scores, t = s0, seeds_only.threshold
                elif rule in ("weight", "count", "cap", "capfree"):
                    scores, t = _refit_scores(seeds, pool, labelled, rule, n0,
                                              [texts[i] for i in scored])
                elif rule == "best":
                    t = label_threshold(model.threshold, ls, ly, mode="best", n0=n0)
                elif rule in ("f1", "platt", "breadth"):
                    use, use_n0 = rule, n0
                    if rule == "breadth":  # chosen after the first 24 + 16 draws; confirm on others
                        use, use_n0 = ("platt", 20.0) if model.metrics.get("graph_weight") else ("f1", 5.0)
                    shift = label_shift(margins, ly, rule=use, n0=use_n0)
                    t = sigmoid(float(logit(np.array([model.threshold]))[0]) + shift)
                p, r, f, _ = precision_recall_fscore_support(y, scores >= t, average="binary",
                                                             zero_division=0)
                res = results[name]
                for key, value in (("f1", f), ("p", p), ("r", r), ("auc", roc_auc_score(y, scores)),
                                   ("n", n_labels)):
                    res[key].append(value)
                line.append(f"{rule}{n0:g}: t={t:.3f} F1={f:.3f}"
                            + (f" AUC={res['auc'][-1]:.3f}" if rule != "gate"
                               else "")
                            + (f" on={int(gate)}" if rule == "gate" else ""))
            print("  ".join(line), flush=True)
    return results


