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
    truth = np.array([lab != NONE_LABEL for _, lab in labelled])
    predicted = np.array([s.relevant for s in scores])
    p, r, f, _ = precision_recall_fscore_support(truth, predicted, average="binary", zero_division=0)
    metrics: dict[str, Any] = {
        "n": len(labelled),
        "positives": int(truth.sum()),
        "precision": float(p),
        "recall": float(r),
        "f1": float(f),
        "roc_auc": (
            float(roc_auc_score(truth, [s.score for s in scores])) if 0 < truth.sum() < len(truth) else None
        ),
        "threshold": float(model.threshold),
    }
    if len(model.labels) > 1:
        metrics["macro_f1"] = float(
            f1_score(
                [lab for _, lab in labelled], [s.label for s in scores], average="macro", zero_division=0
            )
        )
    return metrics
