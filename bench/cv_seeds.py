"""The few-seed protocol of ``tune_classifier_cv.py`` (five seeds per category, BBC's train split
only) and its variants: each a set of module constants of ``classifier.selftraining``,
``classifier.model`` or ``classifier.threshold`` (``_owner``) plus ``rounds``, fitted on the same
draws (paired)."""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.metrics import precision_recall_fscore_support, roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import classifier.model as model_module
import classifier.selftraining as selftraining_module
import classifier.threshold as threshold_module
from bench.eval_classifier import load_bbc
from classifier.model import ModelParams, TopicModel

_OLD = {"GRAPH_BLEND": 0.0, "BROAD_PSEUDO": 0.5, "BROADEN_NARROW": True, "DISTIL": False}
_GRAPH = {"GRAPH_BLEND": 0.5, "BROAD_PSEUDO": 0.5, "BROADEN_NARROW": True, "DISTIL": False}
# name -> variant name -> (rounds, module constants)
COMPARISONS: dict[str, dict[str, tuple[int, dict]]] = {
    "rounds-pseudo": {f"rounds={r} broad_pseudo={b}": (r, {**_OLD, "BROADEN_NARROW": False,
                                                          "BROAD_PSEUDO": b})
                      for r in (2, 3) for b in (0.0, 0.5)},
    "narrow": {"narrow share ignored": (3, {**_OLD, "BROADEN_NARROW": False}),
               "narrow share up to seed spread": (3, _OLD)},
    "graph": {"before (3 rounds, no graph)": (3, _OLD),
              "graph blend 0.5": (3, {**_OLD, "GRAPH_BLEND": 0.5}),
              "+ 5 rounds (shipped)": (5, _GRAPH),
              "+ broad pseudo 0.75 (not adopted)": (5, {**_GRAPH, "BROAD_PSEUDO": 0.75})},
    "distil": {"before (no distillation)": (5, {"DISTIL": False}),
               "distil, count threshold": (5, {"DISTIL": True, "DISTIL_ROUNDS": 1}),
               "distil, threshold chosen again": (5, {"DISTIL": True, "DISTIL_ROUNDS": 1,
                                                      "DISTIL_THRESHOLD": "refit"}),
               "distil + bigrams": (5, {"DISTIL": True, "DISTIL_ROUNDS": 1, "FEW_SEED_BIGRAMS": True})},
    "distil-rounds": {f"distil rounds={r}": (5, {"DISTIL": True, "DISTIL_ROUNDS": r})
                      for r in (1, 2, 3, 4, 6)},
    "shipped": {"before (no distillation)": (5, {"DISTIL": False}),
                "distil, 3 rounds (shipped)": (5, {"DISTIL": True, "DISTIL_ROUNDS": 3})},
    "seed-cap": {"seed cap: half the lowest seed (before)": (5, {"SEED_CAP": "half"}),
                 "just below the lowest seed": (5, {"SEED_CAP": "below"}),
                 **{f"half, floored at the bulk + {k:g} spreads{' (shipped)' if k == 1 else ''}":
                    (5, {"SEED_CAP": "floor", "SEED_CAP_K": k}) for k in (0.0, 0.5, 0.75, 1.0, 1.5)}},
}


def _owner(constant: str):
    """The module that reads ``constant`` (the training switches are ``selftraining``'s; the
    distilled threshold's, ``DISTIL_THRESHOLD`` and ``LABELS_COUNT``, ``model``'s)."""
    owners = [m for m in (selftraining_module, model_module, threshold_module) if hasattr(m, constant)]
    assert len(owners) == 1, f"{constant}: not one module's constant"
    return owners[0]


def run(repeats: int, variants: dict[str, tuple[int, dict]], n_seeds: int = 5, pool_size: int = 0
        ) -> dict[str, dict[str, list[float]]]:
    train = [(t, lab) for t, lab, split in load_bbc() if split == "train"]
    labels = sorted({lab for _, lab in train})
    rng = random.Random(11)
    results: dict[str, dict[str, list[float]]] = {v: {"f1": [], "auc": [], "p": [], "r": []}
                                                  for v in variants}
    for rep in range(repeats):
        held = set(rng.sample(range(len(train)), len(train) // 5))
        for label in labels:
            candidates = [i for i, (_, lab) in enumerate(train) if lab == label and i not in held]
            chosen = set(rng.sample(candidates, n_seeds))
            seeds = {label: [train[i][0] for i in chosen]}
            pool = [t for i, (t, _) in enumerate(train) if i not in chosen]
            scored = sorted(held)
            if pool_size:  # a first crawl: a few texts, scored themselves (as the demo scores them)
                scored = sorted(rng.sample([i for i in range(len(train)) if i not in chosen], pool_size))
                pool = [train[i][0] for i in scored]
            y = np.array([train[i][1] == label for i in scored])
            line = [f"  rep {rep} {label:14s}"]
            for name, (rounds, constants) in variants.items():
                saved = {k: getattr(_owner(k), k) for k in constants}
                for key, value in constants.items():
                    setattr(_owner(key), key, value)
                try:
                    model = TopicModel(replace(ModelParams(), rounds=rounds)).fit(seeds, unlabeled=pool)
                finally:
                    for key, value in saved.items():
                        setattr(_owner(key), key, value)
                sc = model.score([train[i][0] for i in scored])
                p, r, f, _ = precision_recall_fscore_support(
                    y, [s.relevant for s in sc], average="binary", zero_division=0)
                res = results[name]
                res["f1"].append(f)
                res["p"].append(p)
                res["r"].append(r)
                res["auc"].append(roc_auc_score(y, [s.score for s in sc]))
                line.append(f"{name}: F1={f:.3f} AUC={res['auc'][-1]:.3f}")
            print("  ".join(line), flush=True)
    return results
