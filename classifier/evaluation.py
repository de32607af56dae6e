"""Quality figures of a model on labelled texts: ROC-AUC, precision, recall, F1 of ``relevant``."""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.metrics import f1_score, precision_recall_fscore_support, roc_auc_score

from classifier.corpus import NONE_LABEL
from classifier.model import TopicModel


def binary_metrics(model: TopicModel, labelled: list[tuple[str, str]]) -> dict[str, Any]:
    """Metrics of ``relevant`` (any seed label) against ``none``; macro-F1 over labels when several."""
    if not labelled:
        return {"n": 0}
    scores = model.score([t for t, _ in labelled])
    metrics = metrics_of([lab for _, lab in labelled], [s.relevant for s in scores],
                         [s.score for s in scores])
    metrics["threshold"] = float(model.threshold)
    if len(model.labels) > 1:
        metrics["macro_f1"] = float(
            f1_score(
                [lab for _, lab in labelled], [s.label for s in scores], average="macro", zero_division=0
            )
        )
    return metrics


def metrics_of(truth_labels: list[str], predicted: list[bool], scores: list[float]) -> dict[str, Any]:
    """n, positives, precision, recall, F1 of ``predicted`` against labels (``none`` = negative),
    ROC-AUC of ``scores`` when both kinds are present, and ``errors`` (wrong decisions)."""
    truth = np.array([lab != NONE_LABEL for lab in truth_labels])
    decided = np.array(predicted, dtype=bool)
    p, r, f, _ = precision_recall_fscore_support(truth, decided, average="binary", zero_division=0)
    return {
        "n": len(truth),
        "positives": int(truth.sum()),
        "precision": float(p),
        "recall": float(r),
        "f1": float(f),
        "errors": int((truth != decided).sum()),
        "roc_auc": float(roc_auc_score(truth, scores)) if 0 < truth.sum() < len(truth) else None,
    }
