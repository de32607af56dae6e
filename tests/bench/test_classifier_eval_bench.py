"""``bench/eval_classifier.py``'s diagnostics: the ceiling of threshold rules (``best_shift_f1``)."""

from __future__ import annotations

import importlib.util

import numpy as np
from helpers import REPO

# bench/ is no package: load the script by its path (importing runs no benchmark).
_SPEC = importlib.util.spec_from_file_location(
    "eval_classifier", REPO / "bench" / "eval_classifier.py"
)
assert _SPEC and _SPEC.loader
_EVAL = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_EVAL)
best_shift_f1 = _EVAL.best_shift_f1


def test_best_shift_f1_is_the_best_single_cut() -> None:
    # Margins to each fold's threshold: one relevant item just under it (a miss) and one off-topic
    # item just over it (a false positive) above the miss: no shift fixes both.
    margins = np.array([2.0, 1.0, 0.3, 0.1, -0.1, -0.5, -2.0])
    relevant = np.array([True, True, False, True, True, False, False])
    f1, shift = best_shift_f1(margins, relevant)
    # Shipped (shift 0): 3 of 4 found, 1 false: F1 6/8; the best is to lower the cut under -0.1
    # (4 found, 1 false: 8/9), nearest 0 among the equals, i.e. midway to -0.5.
    assert shift == -0.3
    assert abs(f1 - 8 / 9) < 1e-12
    # A clean separation: the cut stays at 0, F1 1.
    assert best_shift_f1(np.array([1.0, 0.5, -0.5]), np.array([True, True, False])) == (1.0, 0.0)


def test_best_shift_f1_raises_the_cut_past_false_positives() -> None:
    margins = np.array([3.0, 2.5, 1.0, 0.8, 0.5, -1.0])
    relevant = np.array([True, True, False, False, False, False])
    f1, shift = best_shift_f1(margins, relevant)
    assert f1 == 1.0
    assert shift == 1.75  # midway between the lowest relevant (2.5) and the highest false one (1.0)


def test_dev_folds_split_each_repeat_into_disjoint_measured_folds() -> None:
    """``dev_folds``, the with-labels folds ``relevance_with_labels`` and the ``cv_*`` scripts share: per
    repeat, every item is measured once (unless it overlaps the seeds) and labels the other folds."""
    dev = [{"id": f"d{i}", "text": f"text {i}", "label": ("relevant", "near_miss", "off_topic")[i % 3],
            "seed_overlap": i == 4} for i in range(12)]
    folds = list(_EVAL.dev_folds(dev, repeats=2, folds=5))
    assert [(rep, k) for rep, k, _, _ in folds] == [(r, k) for r in range(2) for k in range(5)]
    for rep in range(2):
        measured = [item["id"] for r, _, _, items in folds if r == rep for item in items]
        assert sorted(measured) == sorted(item["id"] for item in dev if not item["seed_overlap"])
    for _, _, labelled, items in folds:
        texts = {text for text, _ in labelled}
        assert not texts & {item["text"] for item in items}
        assert len(labelled) + len([i for i in dev if i["text"] not in texts]) == len(dev)
        assert {label for text, label in labelled if text == "text 0"} <= {_EVAL.SEED_LABEL}
        assert {label for text, label in labelled if text == "text 1"} <= {"none"}
    # Seeded: the same folds every time.
    assert folds == list(_EVAL.dev_folds(dev, repeats=2, folds=5))
