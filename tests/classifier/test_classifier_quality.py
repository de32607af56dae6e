"""Quality regression guards on ../shared (relevance-dev, BBC News); skipped when it is absent.

The targets are measured by bench/eval_classifier.py (issue 13: seeds-only AUC >= 0.96 / near-miss
>= 0.93 / F1 >= 0.90; BBC macro-F1 >= 0.975; any BBC topic from five seeds: F1 mean >= 0.85, AUC
min >= 0.97). These tests pin the levels the current method reaches on
the development data, so a change that makes it worse fails here.
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import numpy as np
import pytest
from helpers import REPO
from sklearn.metrics import f1_score, roc_auc_score

from classifier.corpus import load_seeds
from classifier.model import TopicModel
from classifier.retrain import train
from core.text import clean_text

# Models trained on the shared corpora: 3-6 s each.
pytestmark = pytest.mark.slow

SEED_LABEL = "international_information_security"


def _bbc(shared: Path) -> list[tuple[str, str, str]]:
    base = shared / "data" / "bbc-news"
    with (base / "splits.csv").open() as handle:
        return [
            (
                clean_text((base / r["path"]).read_text(encoding="utf-8", errors="replace")),
                r["label"],
                r["split"],
            )
            for r in csv.DictReader(handle)
        ]


def _relevance_figures(shared_dir: Path, seeds: dict[str, list[str]]) -> tuple[float, float, float]:
    """Seeds + (relevance-dev texts and BBC as the unlabeled pool), scored on relevance-dev:
    ``(ROC-AUC, ROC-AUC against near-misses, F1 of relevant)``."""
    dev = [json.loads(x) for x in (shared_dir / "data/relevance-dev/relevance_dev.jsonl").open()]
    bbc = _bbc(shared_dir)
    pool = [clean_text(r["excerpt"]) for r in dev] + [t for t, _, _ in bbc]
    model = TopicModel().fit(seeds, unlabeled=pool)
    assert model.threshold != 0.5
    measured = [r for r in dev if not r["seed_overlap"]]
    scores = model.score([clean_text(r["excerpt"]) for r in measured])
    y = np.array([r["label"] == "relevant" for r in measured])
    near = np.array([r["label"] != "off_topic" for r in measured])
    s = np.array([x.score for x in scores])
    return roc_auc_score(y, s), roc_auc_score(y[near], s[near]), f1_score(y, [x.relevant for x in scores])


def test_relevance_dev_seeds_only(shared_dir: Path) -> None:
    auc, near_auc, f1 = _relevance_figures(shared_dir, load_seeds(REPO / "seeds"))
    # Measured: 0.967 / 0.940 / 0.909 (the targets: 0.96 / 0.92 / 0.85).
    assert auc >= 0.955
    assert near_auc >= 0.925
    assert f1 >= 0.87


def test_relevance_dev_without_one_seed(shared_dir: Path) -> None:
    """Not tuned to five particular texts: with any one seed left out the figures hold."""
    texts = load_seeds(REPO / "seeds")[SEED_LABEL]
    for left_out in (0, 2, 4):
        auc, near_auc, f1 = _relevance_figures(
            shared_dir, {SEED_LABEL: texts[:left_out] + texts[left_out + 1 :]}
        )
        # Measured over all five: AUC >= 0.967, near-miss AUC >= 0.940, F1 0.909.
        assert auc >= 0.95 and near_auc >= 0.92 and f1 >= 0.85, left_out


def test_bbc_multiclass(shared_dir: Path) -> None:
    bbc = _bbc(shared_dir)
    seeds: dict[str, list[str]] = {}
    for text, label, split in bbc:
        if split == "train":
            seeds.setdefault(label, []).append(text)
    test = [(t, lab) for t, lab, split in bbc if split == "test"]
    model = TopicModel().fit(seeds)
    predicted = [s.label for s in model.score([t for t, _ in test])]
    # Measured: 0.9797 (a cross-validated linear SVM on word uni- and bigrams; 5-fold CV on train: 0.985).
    assert f1_score([lab for _, lab in test], predicted, average="macro") >= 0.97


def test_relevance_dev_with_labels(shared_dir: Path) -> None:
    """Seeds + analyst labels (5-fold: the scored fold is never among the labels, only in the pool)."""
    dev = [json.loads(x) for x in (shared_dir / "data/relevance-dev/relevance_dev.jsonl").open()]
    texts = [clean_text(r["excerpt"]) for r in dev]
    pool = texts + [t for t, _, _ in _bbc(shared_dir)]
    seeds = load_seeds(REPO / "seeds")
    y, near, s, relevant = [], [], [], []
    folds = 5
    for k in range(folds):
        labelled = [(texts[i], SEED_LABEL if r["label"] == "relevant" else "none")
                    for i, r in enumerate(dev) if i % folds != k]
        model = train(seeds, unlabeled=pool, labelled=labelled)  # the shipped path (retrain.train)
        measured = [i for i, r in enumerate(dev) if i % folds == k and not r["seed_overlap"]]
        scores = model.score([texts[i] for i in measured])
        y += [dev[i]["label"] == "relevant" for i in measured]
        near += [dev[i]["label"] != "off_topic" for i in measured]
        s += [x.score for x in scores]
        relevant += [x.relevant for x in scores]
    y_, near_, s_ = np.array(y), np.array(near), np.array(s)
    # Measured here 0.996 / 0.993 / 0.933; eval_classifier.py (5-fold x2, shuffled): 0.986 / 0.975 /
    # 0.923 (targets 0.985 / 0.97 / 0.90).
    assert roc_auc_score(y_, s_) >= 0.975
    assert roc_auc_score(y_[near_], s_[near_]) >= 0.955
    assert f1_score(y_, relevant) >= 0.88


def test_any_topic_from_five_seeds(shared_dir: Path) -> None:
    """Issue 13: each BBC category taught by five of its train articles, every other BBC article as
    the pool, the test split scored. The threshold must fit the topic's breadth (a fifth of the pool),
    not only a narrow topic's (the earlier outlier bound: F1 mean 0.63, recall 0.47)."""
    bbc = _bbc(shared_dir)
    rng = random.Random(7)
    f1s, aucs = [], []
    for label in sorted({lab for _, lab, _ in bbc}):
        train = [i for i, (_, lab, split) in enumerate(bbc) if lab == label and split == "train"]
        chosen = set(rng.sample(train, 5))
        model = TopicModel().fit({label: [bbc[i][0] for i in chosen]},
                                 unlabeled=[t for i, (t, _, _) in enumerate(bbc) if i not in chosen])
        test = [(t, lab == label) for t, lab, split in bbc if split == "test"]
        scores = model.score([t for t, _ in test])
        y = [v for _, v in test]
        f1s.append(f1_score(y, [s.relevant for s in scores]))
        aucs.append(roc_auc_score(y, [s.score for s in scores]))
    # Measured (this draw): F1 mean 0.95, AUC min 0.99 (0.91 / 0.98 before the distillation).
    assert np.mean(f1s) >= 0.85, f1s
    assert min(aucs) >= 0.97, aucs


def test_review_queue_labels_do_not_flood_a_broad_topic(shared_dir: Path) -> None:
    """Issue 13: ten labels drawn as the review queue proposes them (five under the seeds-only model,
    five under the model retrained on those) must not drag a broad topic's decision down. The draw is
    ``bench/tune_classifier_cv.py --compare label-weight --seed 13``'s first sport draw (BBC train
    split only): labelled at weight 20 the model kept the seeds' cap as its count and called 1,118 of
    1,776 pool texts sport (404 are; held-out F1 0.52, seeds only 0.89). Keeping at most the
    labels-free count (``model.LABELS_COUNT``) it keeps the labels' ranking and the background's
    breadth (held-out F1 0.93)."""
    from classifier.review import review_order

    train = [(t, lab) for t, lab, split in _bbc(shared_dir) if split == "train"]
    texts = [t for t, _ in train]
    rng = random.Random(13)
    held = set(rng.sample(range(len(train)), len(train) // 5))
    for label in sorted({lab for _, lab in train}):  # the protocol draws every category's seeds in turn
        candidates = [i for i, (_, lab) in enumerate(train) if lab == label and i not in held]
        chosen = set(rng.sample(candidates, 5))
        if label == "sport":
            break
    free = [i for i in range(len(train)) if i not in held and i not in chosen]
    seeds = {"sport": [texts[i] for i in chosen]}
    pool = [t for i, t in enumerate(texts) if i not in chosen]

    def review(model: TopicModel, candidates: list[int], n: int) -> list[int]:
        scores = model.score([texts[i] for i in candidates])
        return review_order([(i, None, s.score) for i, s in zip(candidates, scores, strict=True)],
                            model.threshold)[:n]

    def as_labels(ids: list[int]) -> list[tuple[str, str]]:
        return [(texts[i], "sport" if train[i][1] == "sport" else "none") for i in ids]

    first = review(TopicModel().fit(seeds, unlabeled=pool), free, 5)
    middle = TopicModel().fit(seeds, unlabeled=pool, labelled=as_labels(first))
    named = first + review(middle, [i for i in free if i not in set(first)], 5)
    model = TopicModel().fit(seeds, unlabeled=pool, labelled=as_labels(named))

    scored = sorted(held)
    truth = [train[i][1] == "sport" for i in scored]
    decided = [s.relevant for s in model.score([texts[i] for i in scored])]
    assert f1_score(truth, decided) >= 0.85
