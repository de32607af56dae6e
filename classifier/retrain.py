"""Training a model version (``train``) and retraining from seeds + analyst labels + the article pool
(``retrain``), which activates the new version only when it is better by cross-validation over the
labels (``cross_validated``: the scored fold is never among the training labels)."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from classifier.corpus import NONE_LABEL, load_seeds, seeds_hash, stored_article_text
from classifier.evaluation import binary_metrics, metrics_of
from classifier.model import ModelParams, TopicModel
from classifier.registry import activate, active_model, active_model_id, register
from classifier.scoring import score_pending
from classifier.threshold import MIN_POOL
from core.store.db import transaction

log = logging.getLogger(__name__)
# The newest stored articles that form the unlabeled pool of a retrain.
POOL_LIMIT = 20_000
# Folds of the cross-validation over the labels (fewer labels: one fold per label).
CV_FOLDS = 5


@dataclass
class RetrainResult:
    model_id: int | None  # None: nothing trained (``skipped`` says why)
    activated: bool
    previous_model_id: int | None
    labels_used: int
    metrics: dict[str, Any] = field(default_factory=dict)
    previous_metrics: dict[str, Any] = field(default_factory=dict)
    scored: int = 0
    skipped: str = ""


def train(seeds: dict[str, list[str]], *, unlabeled: list[str] | None = None,
          labelled: list[tuple[str, str]] | None = None, params: ModelParams | None = None) -> TopicModel:
    """Fit a model on ``seeds`` (+ the unlabeled pool, + analyst labels); its metrics gain
    ``train_seconds`` and, with labels, ``labelled_eval`` (the metrics on those labels)."""
    started = time.perf_counter()
    model = TopicModel(params).fit(seeds, unlabeled=unlabeled, labelled=labelled,
                                   seeds_hash=seeds_hash(seeds))
    model.metrics["train_seconds"] = round(time.perf_counter() - started, 3)
    if labelled:
        model.metrics["labelled_eval"] = binary_metrics(model, labelled)
    return model


def labelled_articles(database_url: str, known_labels: list[str]) -> list[tuple[str, str]]:
    """``(text, label)`` per labelled article: the latest judgement wins; unknown labels are skipped."""
    with transaction(database_url) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT DISTINCT ON (l.article_id) a.title, a.text, l.label FROM labels l "
            "JOIN articles a ON a.id = l.article_id ORDER BY l.article_id, l.labelled_at DESC, l.id DESC"
        )
        rows = cur.fetchall()
    allowed = {*known_labels, NONE_LABEL}
    skipped = [r[2] for r in rows if r[2] not in allowed]
    if skipped:
        log.warning("skipping %d label(s) not among the seed labels: %s", len(skipped), sorted(set(skipped)))
    return [(stored_article_text(t, x), lab) for t, x, lab in rows if lab in allowed]


def article_pool(database_url: str, limit: int) -> list[str]:
    """The newest ``limit`` stored articles, the unlabeled pool."""
    with transaction(database_url) as conn, conn.cursor() as cur:
        cur.execute("SELECT title, text FROM articles ORDER BY id DESC LIMIT %s", (limit,))
        return [stored_article_text(t, x) for t, x in cur.fetchall()]


def out_of_fold(
    seeds: dict[str, list[str]], *, unlabeled: list[str], labelled: list[tuple[str, str]],
    params: ModelParams | None = None, folds: int = CV_FOLDS,
) -> tuple[list[bool], list[float], int]:
    """How the training procedure decides on labels it has not seen: k-fold over the labels, each fold
    scored by a model trained on the seeds, the pool and the other folds' labels (the fold's texts
    stay in the pool, unlabeled, as every stored article does). Folds are dealt in a fixed order,
    topic labels first, so each holds its share of both kinds. Returns (relevant, score) per label
    and the number of folds."""
    n = len(labelled)
    k = min(folds, n)
    order = sorted(range(n), key=lambda i: (labelled[i][1] == NONE_LABEL, i))
    fold_of = {i: rank % k for rank, i in enumerate(order)}
    predicted, scores = [False] * n, [0.0] * n
    for fold in range(k):
        held = [i for i in range(n) if fold_of[i] == fold]
        model = TopicModel(params).fit(seeds, unlabeled=unlabeled,
                                       labelled=[labelled[i] for i in range(n) if fold_of[i] != fold])
        for i, score in zip(held, model.score([labelled[i][0] for i in held]), strict=True):
            predicted[i], scores[i] = score.relevant, score.score
    return predicted, scores, k


def cross_validated(seeds: dict[str, list[str]], *, unlabeled: list[str],
                    labelled: list[tuple[str, str]], params: ModelParams | None = None,
                    folds: int = CV_FOLDS) -> dict[str, Any]:
    """``metrics_of`` the out-of-fold decisions (``out_of_fold``), with the number of folds."""
    if not labelled:
        return {"n": 0}
    predicted, scores, k = out_of_fold(seeds, unlabeled=unlabeled, labelled=labelled, params=params,
                                       folds=folds)
    return {**metrics_of([lab for _, lab in labelled], predicted, scores), "folds": k}


def _better(new: dict[str, Any], old: dict[str, Any]) -> bool:
    """Strictly better on the labels: F1 of ``relevant``, then fewer wrong decisions, then ROC-AUC.
    ``new`` is cross-validated; ``old`` is the active model on the same labels, some of which it may
    have been trained on (the comparison leans towards keeping it)."""
    if not old or old.get("n", 0) == 0:
        return True

    def key(m: dict[str, Any]) -> tuple[float, float, float]:
        return round(m.get("f1", 0.0), 9), -m.get("errors", 0), round(m.get("roc_auc") or 0.0, 9)

    return key(new) > key(old)


def retrain(database_url: str, seeds_dir: str | Path, *, params: ModelParams | None = None,
            pool_limit: int = POOL_LIMIT) -> RetrainResult:
    """Train a new version from seeds + labels + pool and register it. Activate it when no model is
    active, when there are no labels to judge by (a grown pool), or when the procedure is better by
    cross-validation over the labels than the active model on them (``_better``); then score every
    stored article with it (the old model's scores stay: classifications are per model)."""
    seeds = load_seeds(seeds_dir)
    labelled = labelled_articles(database_url, sorted(seeds))
    pool = article_pool(database_url, pool_limit)
    current_id = active_model_id(database_url)
    if len(pool) < MIN_POOL:
        # No background to set a threshold from (an empty database, a crawl still landing).
        reason = f"{len(pool)} stored article(s): at least {MIN_POOL} are needed to set a threshold"
        log.info("retrain skipped: %s", reason)
        return RetrainResult(model_id=None, activated=False, previous_model_id=current_id,
                             labels_used=len(labelled), skipped=reason)
    model = train(seeds, unlabeled=pool, labelled=labelled, params=params)
    new_metrics = cross_validated(seeds, unlabeled=pool, labelled=labelled, params=params)
    current = active_model(database_url)
    old_metrics = binary_metrics(current[1], labelled) if (current and labelled) else {}
    model_id = register(database_url, model, activate=False, metrics={"labelled_cv": new_metrics})
    previous_id = current[0] if current else None
    better = current is None or _better(new_metrics, old_metrics)
    if better:
        activate(database_url, model_id)
    scored = score_pending(database_url, model_id=model_id) if better else 0
    log.info("retrained model %d (%s); labelled: new %s, active %s", model_id,
             "activated" if better else "kept inactive", new_metrics, old_metrics)
    return RetrainResult(model_id=model_id, activated=better, previous_model_id=previous_id,
                         labels_used=len(labelled), metrics=new_metrics, previous_metrics=old_metrics,
                         scored=scored)
