"""Analyst judgements (``labels`` table): one per article and analyst, the latest overwriting."""

from __future__ import annotations

from classifier.corpus import NONE_LABEL
from core.store.db import transaction


class LabelError(ValueError):
    """Unknown article or label."""


def record_label(database_url: str, article_id: int, label: str, *, by: str, note: str | None = None) -> None:
    """Upsert ``label`` for ``article_id`` by ``by``. The label must be ``none`` or one of the active
    model's labels (any label is accepted while no model is active)."""
    with transaction(database_url) as conn, conn.cursor() as cur:
        cur.execute("SELECT 1 FROM articles WHERE id = %s", (article_id,))
        if cur.fetchone() is None:
            raise LabelError(f"article {article_id} does not exist")
        cur.execute("SELECT labels FROM models WHERE active")
        row = cur.fetchone()
        if row is not None and label != NONE_LABEL and label not in row[0]:
            raise LabelError(f"label {label!r} is neither one of the active model's labels "
                             f"({', '.join(row[0])}) nor '{NONE_LABEL}'")
        cur.execute(
            "INSERT INTO labels (article_id, label, labelled_by, note) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (article_id, labelled_by) DO UPDATE SET label = EXCLUDED.label, "
            "note = EXCLUDED.note, labelled_at = now()",
            (article_id, label, by, note),
        )
