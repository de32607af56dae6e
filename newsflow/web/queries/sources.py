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
    """New articles and relevant share per source and day (created_at, as ``source_health`` counts).

    Shaped for the indexes of migration 0019: the window's articles from the covering index on
    created_at, each one's verdict by the active model from the covering index on (article_id,
    model_id), both without visiting a table; OFFSET 0 keeps the verdict looked up once per article
    (a join instead hashed every classification: 200-400 ms at a million articles, now ~90 ms)."""
    since = date.today() - timedelta(days=days - 1)
    return db.all(
        "SELECT s.name AS source, x.day, count(*) AS articles, count(x.relevant) AS scored,"
        " count(*) FILTER (WHERE x.relevant) AS relevant"
        " FROM (SELECT a.source_id, (timezone('UTC', a.created_at))::date AS day,"
        "   CASE WHEN a.status = 'ok' THEN (SELECT c.relevant FROM classifications c"
        "     WHERE c.article_id = a.id AND c.model_id = (SELECT id FROM models WHERE active))"
        "   END AS relevant"
        "   FROM articles a WHERE a.created_at >= %s OFFSET 0) x"
        " JOIN sources s ON s.id = x.source_id GROUP BY 1, 2 ORDER BY 2, 1", (since,))
