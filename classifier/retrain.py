"""Training a model version (``train``) and retraining from seeds + analyst labels + the article pool
(``retrain``), which activates the new version only when it is not worse."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from classifier.corpus import NONE_LABEL, load_seeds, seeds_hash, stored_article_text
from classifier.evaluation import binary_metrics
from classifier.model import ModelParams, TopicModel
from classifier.registry import activate, active_model, active_model_id, register
from classifier.scoring import score_pending
from classifier.threshold import MIN_POOL
from core.store.db import transaction

log = logging.getLogger(__name__)
# The newest stored articles that form the unlabeled pool of a retrain.
POOL_LIMIT = 20_000


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


def _not_worse(new: dict[str, Any], old: dict[str, Any]) -> bool:
    """Compare on the labelled data: F1 of ``relevant`` first, ROC-AUC as the tie-break guard."""
    if not old or old.get("n", 0) == 0:
        return True
    eps = 1e-9
    if new.get("f1", 0.0) + eps < old.get("f1", 0.0):
        return False
    new_auc, old_auc = new.get("roc_auc"), old.get("roc_auc")
    return not (new_auc is not None and old_auc is not None and new_auc + eps < old_auc)


def retrain(database_url: str, seeds_dir: str | Path, *, params: ModelParams | None = None,
            pool_limit: int = POOL_LIMIT) -> RetrainResult:
    """Train a new version from seeds + labels + pool, register it, activate it when it is not worse
    on the labelled data than the active model, and then score every stored article with it (the old
    model's scores stay: classifications are per model)."""
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
    new_metrics = model.metrics.get("labelled_eval", {"n": 0})
    current = active_model(database_url)
    old_metrics = binary_metrics(current[1], labelled) if (current and labelled) else {}
    model_id = register(database_url, model, activate=False, metrics={"labelled_eval": new_metrics})
    previous_id = current[0] if current else None
    better = current is None or _not_worse(new_metrics, old_metrics)
    if better:
        activate(database_url, model_id)
    scored = score_pending(database_url, model_id=model_id) if better else 0
    log.info("retrained model %d (%s); labelled: new %s, active %s", model_id,
             "activated" if better else "kept inactive", new_metrics, old_metrics)
    return RetrainResult(model_id=model_id, activated=better, previous_model_id=previous_id,
                         labels_used=len(labelled), metrics=new_metrics, previous_metrics=old_metrics,
                         scored=scored)
