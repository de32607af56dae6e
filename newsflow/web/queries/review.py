"""The review page: progress, label writes through the labeller role, and the active model (the next
article of the ``review_queue`` view comes from ``newsflow.web.queue``)."""

from __future__ import annotations

from typing import Any

from newsflow.web.queue import ReviewQueue


def progress(db, queue: ReviewQueue, user: str, key: tuple[int | None, int | None] | None = None
             ) -> dict[str, int]:
    """About how many are queued (``ReviewQueue.queued``), and this user's labels: in all, and those
    given today (one query). Both count the articles labelled (``labels``), not the clicks: a label
    changed or undone today would otherwise count twice, and "today" exceed "in all"."""
    head = queue.head(db, key)
    row = db.one(
        "SELECT m.mine, m.today,"
        " (SELECT count(DISTINCT article_id) FROM labels WHERE labelled_at > %(since)s) AS since"
        " FROM (SELECT count(*) AS mine, count(*) FILTER (WHERE labelled_at >= date_trunc('day', now()))"
        "   AS today FROM labels WHERE labelled_by = %(user)s) m",
        {"user": user, "since": head.taken_at or "infinity"}) or {}
    queued = head.total if head.taken_at is None else ReviewQueue.left(head, row.get("since", 0))
    return {"queued": queued, "mine": int(row.get("mine", 0)), "today": int(row.get("today", 0))}


def record(label_db, article_id: int, label: str | None, user: str) -> None:
    """Append a labelling action (``None``: withdraw ``user``'s label); the trigger applies it."""
    label_db.execute("INSERT INTO label_events (article_id, label, labelled_by) VALUES (%s, %s, %s)",
                     (article_id, label, user))


def active_model(db) -> dict[str, Any] | None:
    """The active model, with the highest classification id (``scores``: the queue's key with ``id``)."""
    return db.one("SELECT id, version, trained_at, labels, threshold, metrics,"
                  " (SELECT max(id) FROM classifications) AS scores FROM models WHERE active")
