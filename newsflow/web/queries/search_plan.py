"""The search's planner: how to read one search, decided once per request (``plan``).

The filtered count comes from the rollup (migration 0021), exact. A query with text is then sized on
a sample: the filtered articles of some of the 1024 buckets of ``article_id``, a fixed pseudo-random
share of every day and source. A query matching few articles (up to ``EXACT_HITS``, estimated) reads
them through the GIN index and is counted exactly; a broad one walks the articles newest first until
a page is full and its figures are estimated from the sample (``search_pages``, ``figures``).
The plan reads a narrow query's page along with its matches, and a broad one's walk along with its
sample when it can (one round trip fewer), hence its use of ``search_pages``' statements.
"""

from __future__ import annotations

import time as clock
from typing import Any

from psycopg2 import sql

from newsflow.web.queries.search_pages import page_walk_sql, read_exact, typed_rows
from newsflow.web.queries.search_query import BUCKETS, TEXT_MATCH, Plan, SearchQuery, fact_filters

SAMPLE_ROWS = 1000  # articles a broad query's sample examines (about; ~25 us each at 1M)
EXACT_HITS = 1500  # up to this many matches (estimated): read them all, count exactly
_ROLLUP = sql.SQL("(SELECT day, source_id, language, topic, labelled, relevant, n FROM search_day_counts"
                  " UNION ALL SELECT day, source_id, language, topic, labelled, relevant, n"
                  " FROM search_day_deltas) r")


def rollup(db, query: SearchQuery, params: dict[str, Any]) -> list[dict[str, Any]]:
    return db.all(_rollup_sql(query), params)


def _rollup_sql(query: SearchQuery) -> sql.Composable:
    """Articles and relevant ones per day (``source`` NULL) and per source (``day`` NULL) for the
    filters (text aside), from the rollup and its pending deltas: exact, without reading an article."""
    # A text query's tsquery comes along (one round trip fewer; the text is what later queries bind).
    tsq = "(SELECT websearch_to_tsquery('english', %(q)s)::text)" if query.q.strip() else "NULL::text"
    return (sql.SQL(
        "SELECT r.day, s.name AS source, sum(r.n)::bigint AS n,"
        " coalesce(sum(r.n) FILTER (WHERE r.relevant), 0)::bigint AS relevant, {tsq} AS tsq FROM {rollup}"
        " JOIN sources s ON s.id = r.source_id WHERE {where} GROUP BY GROUPING SETS ((r.day), (s.name))"
        " HAVING sum(r.n) <> 0"
    ).format(tsq=sql.SQL(tsq), rollup=_ROLLUP, where=fact_filters(query, "r", dated="day")))


def plan(db, query: SearchQuery) -> Plan:
    """The filtered count, and for a text query its sample: every filtered article whose bucket is
    below ``buckets`` (chosen so that about SAMPLE_ROWS are examined; all of them when fewer)."""
    params = query.params()
    if query.since:
        params["since_day"] = query.since
    if query.until:
        params["until_day"] = query.until
    out = Plan(query, params, text=bool(query.q.strip()))
    cached = _was_broad(query)
    rows: list[dict[str, Any]] = []
    walked = None
    if cached:  # broad a moment ago: the counts, the whole sample and the page's walk at once
        params["tsq"], first = cached
        rolled, rows, walked = _together(db, [(_rollup_sql(query), params), _sample_sql(out, 0, first),
                                               page_walk_sql(out)])
    else:
        rolled = rollup(db, query, params)
    out.rolled = rolled
    out.filtered = sum(int(r["n"]) for r in rolled if r["day"] is not None)
    if not out.text:
        return out
    params["tsq"] = rolled[0]["tsq"] if rolled else None
    if not params["tsq"] or not out.filtered:
        out.hits = []
        return out  # only stop words (no article matches, as PostgreSQL decides), or nothing to match
    # Two stages of one sample (bucket ranges nest): a fifth decides whether the query is broad;
    # only a broad one reads the rest (a narrow one reads its matches instead). A query found broad
    # a moment ago (its next page, the same search again) reads the whole sample at once.
    full = min(BUCKETS, max(1, round(BUCKETS * SAMPLE_ROWS / out.filtered)))
    if not cached:
        first = min(full, max(1, round(BUCKETS * SAMPLE_ROWS / 5 / out.filtered)))
        rows = _sample(db, out, 0, first)
    out.buckets = first
    out.broad = first < BUCKETS and _estimate(rows, out.filtered) > EXACT_HITS
    if out.broad:
        out.walked = walked
        out.buckets = max(first, full)
        rows += _sample(db, out, first, out.buckets) if out.buckets > first else []
    _broad_seen(query, out.broad, out.buckets, params["tsq"])
    out.examined = len(rows)
    out.sample = [r for r in rows if r["hit"]]
    if out.buckets >= BUCKETS:
        out.hits = out.sample  # the sample was every filtered article
    elif not out.broad:
        out.hits, out.exact_page = read_exact(db, out)
    return out


_BROAD_SECONDS = 600.0
# Queries found broad: when, their sample's buckets and their tsquery (plan choices, not results:
# the counts and the sample are read again every time).
_broad: dict[tuple[Any, ...], tuple[float, int, str]] = {}


def _was_broad(query: SearchQuery) -> tuple[str, int] | None:
    """(tsquery, buckets) of a query found broad a moment ago, or None."""
    seen = _broad.get(_plan_key(query))
    if seen is None or clock.monotonic() - seen[0] >= _BROAD_SECONDS or seen[1] >= BUCKETS:
        return None
    return seen[2], seen[1]


def _broad_seen(query: SearchQuery, broad: bool, buckets: int, tsq: str) -> None:
    key = _plan_key(query)
    if not broad:
        _broad.pop(key, None)
    elif key in _broad or len(_broad) < 1000:
        _broad[key] = (clock.monotonic(), buckets, tsq)


def _plan_key(query: SearchQuery) -> tuple[Any, ...]:
    return (query.q, query.source, query.since, query.until, query.language, query.relevant,
            query.labelled, query.topic)


def _estimate(rows: list[dict[str, Any]], filtered: int) -> float:
    return sum(1 for r in rows if r["hit"]) * filtered / max(1, len(rows))


def _sample(db, plan: Plan, low: int, high: int) -> list[dict[str, Any]]:
    return db.all(*_sample_sql(plan, low, high))


def _sample_sql(plan: Plan, low: int, high: int) -> tuple[sql.Composable, dict[str, Any]]:
    """The filtered articles of buckets ``low`` to ``high - 1``, whether each matches, and each
    match's top terms (the figures' top terms)."""
    return (sql.SQL(
        "SELECT x.*, CASE WHEN x.hit THEN (SELECT c.top_terms FROM classifications c"
        "   WHERE c.article_id = x.article_id AND c.model_id = (SELECT id FROM models WHERE active)) END"
        "   AS top_terms"
        " FROM (SELECT f.article_id, f.seen, f.day, s.name AS source, f.relevant, {match} AS hit"
        "   FROM search_facts f JOIN articles a ON a.id = f.article_id JOIN sources s ON s.id = f.source_id"
        "   WHERE f.bucket >= %(low)s AND f.bucket < %(high)s AND {where} OFFSET 0) x"
    ).format(match=TEXT_MATCH, where=fact_filters(plan.query)), {**plan.params, "low": low, "high": high})


def _together(db, parts: list[tuple[sql.Composable, dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """The rows of several statements (parameter names apart) in one round trip, as JSON arrays;
    ``seen`` and ``day`` typed again."""
    params: dict[str, Any] = {}
    columns = []
    for n, (statement, own) in enumerate(parts):
        params.update(own)
        columns.append(sql.SQL("(SELECT coalesce(json_agg(t), '[]') FROM ({}) t) AS {}").format(
            statement, sql.Identifier(f"part{n}")))
    row = db.one(sql.SQL("SELECT ") + sql.SQL(", ").join(columns), params) or {}
    return [typed_rows(row.get(f"part{n}") or []) for n in range(len(parts))]
