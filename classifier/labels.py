"""Analyst judgements (``labels`` table): one per article and analyst, the latest overwriting."""

from __future__ import annotations

from collections.abc import Iterable

from classifier.corpus import NONE_LABEL
from core.store.db import transaction


class LabelError(ValueError):
    """Unknown article or label."""


def label_choices(model_labels: Iterable[str], seed_labels: Iterable[str]) -> list[str]:
    """The topics a label may name: the active model's, in its order, then the seed folders' topics
    it does not know yet (sorted)."""
    known = list(model_labels)
    return [*known, *sorted(set(seed_labels) - set(known))]


def admit_seed_topic(database_url: str, label: str) -> None:
    """Record ``label``, a seed folder's topic, in ``seed_topics`` (migration 0022): the workbench's
    label trigger then accepts it before a model knows it. The caller checks the folder exists."""
    if label == NONE_LABEL:
        raise LabelError(f"'{NONE_LABEL}' is no topic")
    with transaction(database_url) as conn, conn.cursor() as cur:
        cur.execute("INSERT INTO seed_topics (label) VALUES (%s) ON CONFLICT (label) DO NOTHING", (label,))


def record_label(database_url: str, article_id: int, label: str, *, by: str, note: str | None = None,
                 seed_labels: Iterable[str] = ()) -> None:
    """Upsert ``label`` for ``article_id`` by ``by``. The label must be ``none``, one of the active
    model's labels or one of ``seed_labels`` (any label is accepted while no model is active): a topic
    just added as a seed folder is in no model yet, and the retrain that could activate one judges
    it by these labels."""
    with transaction(database_url) as conn, conn.cursor() as cur:
        cur.execute("SELECT 1 FROM articles WHERE id = %s", (article_id,))
        if cur.fetchone() is None:
            raise LabelError(f"article {article_id} does not exist")
        cur.execute("SELECT labels FROM models WHERE active")
        row = cur.fetchone()
        known = label_choices(row[0], seed_labels) if row is not None else []
        if row is not None and label != NONE_LABEL and label not in known:
            raise LabelError(f"label {label!r} is neither one of the active model's labels or seed "
                             f"folders ({', '.join(known)}) nor '{NONE_LABEL}'")
        cur.execute(
            "INSERT INTO labels (article_id, label, labelled_by, note) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (article_id, labelled_by) DO UPDATE SET label = EXCLUDED.label, "
            "note = EXCLUDED.note, labelled_at = now()",
            (article_id, label, by, note),
        )
