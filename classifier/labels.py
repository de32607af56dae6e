"""Analyst judgements (``labels`` table): one per article and analyst, the latest overwriting."""

from __future__ import annotations

from collections.abc import Iterable

from classifier.corpus import NONE_LABEL
from core.store.db import transaction


class LabelError(ValueError):
    """Unknown article or label."""


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
        known = [*row[0], *sorted(set(seed_labels) - set(row[0]))] if row is not None else []
        if row is not None and label != NONE_LABEL and label not in known:
            raise LabelError(f"label {label!r} is neither one of the active model's labels or seed "
                             f"folders ({', '.join(known)}) nor '{NONE_LABEL}'")
        cur.execute(
            "INSERT INTO labels (article_id, label, labelled_by, note) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (article_id, labelled_by) DO UPDATE SET label = EXCLUDED.label, "
            "note = EXCLUDED.note, labelled_at = now()",
            (article_id, label, by, note),
        )
