"""The sources page: per source, crawl runs, failures by kind, the last new article, and articles
and the relevant share per day (the ``source_health`` view) over a recent window."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from core.vocabulary import FAILED_CRAWL_STATUSES


def overview(db, days: int) -> list[dict[str, Any]]:
    since = date.today() - timedelta(days=days - 1)
    return db.all(
        "SELECT s.id, s.name, s.enabled,"
        " (SELECT count(*) FROM crawl_runs r WHERE r.source_id = s.id AND r.started_at >= %(since)s) AS runs,"
        " (SELECT count(*) FROM crawl_runs r WHERE r.source_id = s.id AND r.started_at >= %(since)s"
        "   AND r.status = ANY(%(failed)s)) AS failed_runs,"
        " (SELECT r.status FROM crawl_runs r WHERE r.source_id = s.id ORDER BY r.started_at DESC LIMIT 1)"
        "   AS last_status,"
        " (SELECT max(r.started_at) FROM crawl_runs r WHERE r.source_id = s.id) AS last_run,"
        " (SELECT max(a.created_at) FROM articles a WHERE a.source_id = s.id) AS last_article"
        " FROM sources s ORDER BY s.name",
        {"since": since, "failed": sorted(str(status) for status in FAILED_CRAWL_STATUSES)})


def failures_by_kind(db, days: int) -> list[dict[str, Any]]:
    since = date.today() - timedelta(days=days - 1)
    return db.all(
        "SELECT s.name AS source, f.kind, count(*) AS n, max(f.occurred_at) AS last"
        " FROM fetch_failures f JOIN sources s ON s.id = f.source_id WHERE f.occurred_at >= %s"
        " GROUP BY 1, 2 ORDER BY 1, n DESC", (since,))


def per_day(db, days: int) -> list[dict[str, Any]]:
    """New articles and relevant share per source and day (created_at, as ``source_health`` counts),
    from the rollup of migration 0021 and its pending deltas: a few thousand rows at any size (the
    window's articles one by one took 0.1-0.6 s at a million)."""
    since = date.today() - timedelta(days=days - 1)
    return db.all(
        "SELECT s.name AS source, r.created_day AS day, sum(r.n)::bigint AS articles,"
        " coalesce(sum(r.n) FILTER (WHERE r.model_relevant IS NOT NULL), 0)::bigint AS scored,"
        " coalesce(sum(r.n) FILTER (WHERE r.model_relevant), 0)::bigint AS relevant"
        " FROM (SELECT source_id, created_day, model_relevant, n FROM search_day_counts"
        "       WHERE created_day >= %(since)s"
        "       UNION ALL SELECT source_id, created_day, model_relevant, n FROM search_day_deltas"
        "       WHERE created_day >= %(since)s) r"
        " JOIN sources s ON s.id = r.source_id GROUP BY 1, 2 HAVING sum(r.n) <> 0 ORDER BY 2, 1",
        {"since": since})
