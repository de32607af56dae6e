"""The ``models`` table: register trained models, activate one (at most one is active)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import psycopg2

from classifier.model import TopicModel
from core.store.db import transaction


def _version() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S.%fZ")


def register(database_url: str, model: TopicModel, activate: bool = False,
             metrics: dict[str, Any] | None = None) -> int:
    """Insert ``model`` (artifact, params, metrics, threshold) as a new version; returns its id.

    ``activate=True`` makes it the active model; a model is also activated when none is active, so the
    pipeline has one to score with, unless it is ``provisional`` (its threshold had no background
    pool to learn from: it would call relevant what it cannot judge).
    """
    all_metrics = {**model.metrics, **(metrics or {})}
    with transaction(database_url) as conn, conn.cursor() as cur:
        cur.execute(
            "INSERT INTO models (version, seeds_hash, labels, params, metrics, threshold, artifact) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
            (
                _version(),
                model.seeds_hash,
                model.labels,
                json.dumps(model.params_dict()),
                json.dumps(all_metrics),
                float(model.threshold),
                psycopg2.Binary(model.to_bytes()),
            ),
        )
        model_id = int(cur.fetchone()[0])
        cur.execute("SELECT 1 FROM models WHERE active")
        if activate or (cur.fetchone() is None and not model.provisional):
            _activate(cur, model_id)
    return model_id


def _activate(cur, model_id: int) -> None:
    # Lock so two concurrent activations cannot both clear and set (the unique index would fail one).
    cur.execute("LOCK TABLE models IN SHARE ROW EXCLUSIVE MODE")
    cur.execute("UPDATE models SET active = false WHERE active AND id <> %s", (model_id,))
    cur.execute("UPDATE models SET active = true WHERE id = %s", (model_id,))
    if cur.rowcount != 1:
        raise LookupError(f"model {model_id} does not exist")


def activate(database_url: str, model_id: int) -> None:
    """Make ``model_id`` the one active model."""
    with transaction(database_url) as conn, conn.cursor() as cur:
        _activate(cur, model_id)


def active_model_id(database_url: str) -> int | None:
    with transaction(database_url) as conn, conn.cursor() as cur:
        cur.execute("SELECT id FROM models WHERE active")
        row = cur.fetchone()
    return int(row[0]) if row else None


def load_model(database_url: str, model_id: int) -> TopicModel:
    with transaction(database_url) as conn, conn.cursor() as cur:
        cur.execute("SELECT artifact FROM models WHERE id = %s", (model_id,))
        row = cur.fetchone()
    if row is None or row[0] is None:
        raise LookupError(f"model {model_id} has no stored artifact")
    return TopicModel.from_bytes(bytes(row[0]))


def active_model(database_url: str) -> tuple[int, TopicModel] | None:
    """``(id, model)`` of the active model, or None when no model is active."""
    model_id = active_model_id(database_url)
    if model_id is None:
        return None
    return model_id, load_model(database_url, model_id)
