"""The sources page: per source, crawl runs, failures by kind, the last new article, and articles
and the relevant share per day (the ``source_health`` view) over a recent window."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any


def overview(db, days: int) -> list[dict[str, Any]]:
    since = date.today() - timedelta(days=days - 1)
    return db.all(
        "SELECT s.id, s.name, s.enabled,"
        " (SELECT count(*) FROM crawl_runs r WHERE r.source_id = s.id AND r.started_at >= %(since)s) AS runs,"
        " (SELECT count(*) FROM crawl_runs r WHERE r.source_id = s.id AND r.started_at >= %(since)s"
        "   AND r.status IN ('unreachable', 'blocked', 'failed')) AS failed_runs,"
        " (SELECT r.status FROM crawl_runs r WHERE r.source_id = s.id ORDER BY r.started_at DESC LIMIT 1)"
        "   AS last_status,"
        " (SELECT max(r.started_at) FROM crawl_runs r WHERE r.source_id = s.id) AS last_run,"
        " (SELECT max(a.created_at) FROM articles a WHERE a.source_id = s.id) AS last_article"
        " FROM sources s ORDER BY s.name", {"since": since})


def failures_by_kind(db, days: int) -> list[dict[str, Any]]:
    since = date.today() - timedelta(days=days - 1)
    return db.all(
        "SELECT s.name AS source, f.kind, count(*) AS n, max(f.occurred_at) AS last"
        " FROM fetch_failures f JOIN sources s ON s.id = f.source_id WHERE f.occurred_at >= %s"
        " GROUP BY 1, 2 ORDER BY 1, n DESC", (since,))


def per_day(db, days: int) -> list[dict[str, Any]]:
    """New articles and relevant share per source and day (created_at, as ``source_health`` counts)."""
    since = date.today() - timedelta(days=days - 1)
    return db.all(
        "SELECT s.name AS source, (timezone('UTC', a.created_at))::date AS day, count(*) AS articles,"
        " count(c.id) AS scored, count(*) FILTER (WHERE c.relevant) AS relevant"
        " FROM articles a JOIN sources s ON s.id = a.source_id"
        " LEFT JOIN (classifications c JOIN models m ON m.id = c.model_id AND m.active)"
        "   ON c.article_id = a.id AND a.status = 'ok'"
        " WHERE a.created_at >= %s GROUP BY 1, 2 ORDER BY 2, 1", (since,))
