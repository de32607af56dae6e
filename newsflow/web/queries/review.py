"""The review page: progress, label writes through the labeller role, and the active model (the next
article of the ``review_queue`` view comes from ``newsflow.web.queue``)."""

from __future__ import annotations

from typing import Any

from newsflow.web.queue import ReviewQueue


def progress(db, queue: ReviewQueue, user: str) -> dict[str, int]:
    """About how many are queued (``ReviewQueue.queued``), and this user's labels: in all, today."""
    row = db.one(
        "SELECT (SELECT count(*) FROM labels WHERE labelled_by = %s) AS mine,"
        " (SELECT count(*) FROM label_events WHERE labelled_by = %s AND label IS NOT NULL"
        "   AND occurred_at >= date_trunc('day', now())) AS today", (user, user))
    return {"queued": queue.queued(db), **{k: int(v) for k, v in (row or {}).items()}}


def record(label_db, article_id: int, label: str | None, user: str) -> None:
    """Append a labelling action (``None``: withdraw ``user``'s label); the trigger applies it."""
    label_db.execute("INSERT INTO label_events (article_id, label, labelled_by) VALUES (%s, %s, %s)",
                     (article_id, label, user))


def active_model(db) -> dict[str, Any] | None:
    return db.one("SELECT id, version, trained_at, labels, threshold, metrics FROM models WHERE active")
