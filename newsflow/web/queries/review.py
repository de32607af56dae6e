"""The review page: the next article of the ``review_queue`` view (its order: the least certain
first), progress, label writes through the labeller role, and the active model."""

from __future__ import annotations

from typing import Any


def next_item(db, skipped: list[int]) -> dict[str, Any] | None:
    """The first queued article not skipped in this session, with an excerpt of its text."""
    return db.one(
        "SELECT q.article_id, q.title, q.url, q.source, q.published_at, q.label, q.score, q.threshold,"
        " q.relevant, q.top_terms, q.story_id, q.model_version, left(a.text, 1500) AS excerpt,"
        " a.word_count FROM (SELECT * FROM review_queue WHERE NOT (article_id = ANY (%s::bigint[]))"
        " LIMIT 1) q JOIN articles a ON a.id = q.article_id", (skipped,))


def progress(db, user: str) -> dict[str, int]:
    row = db.one(
        "SELECT (SELECT count(*) FROM review_queue) AS queued,"
        " (SELECT count(*) FROM labels WHERE labelled_by = %s) AS mine,"
        " (SELECT count(*) FROM label_events WHERE labelled_by = %s AND label IS NOT NULL"
        "   AND occurred_at >= date_trunc('day', now())) AS today", (user, user))
    return {k: int(v) for k, v in (row or {}).items()}


def record(label_db, article_id: int, label: str | None, user: str) -> None:
    """Append a labelling action (``None``: withdraw ``user``'s label); the trigger applies it."""
    label_db.execute("INSERT INTO label_events (article_id, label, labelled_by) VALUES (%s, %s, %s)",
                     (article_id, label, user))


def active_model(db) -> dict[str, Any] | None:
    return db.one("SELECT id, version, trained_at, labels, threshold, metrics FROM models WHERE active")
