"""The search's pages, by the plan ``search_plan.plan`` chose: a query with few matches reads them
through the GIN index with its page (``read_exact``); a broad one walks the filtered articles newest
first until a page is full (``page_walk_sql``); without text the walk is the page. "Best first"
ranks the newest BEST_CANDIDATES matches (every match when there are no more). Every plan orders by
the same keys, so keyset pages (``search_cursors``) are the same whichever read them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from psycopg2 import sql

from newsflow.web.queries.search_cursors import encode_cursor, page_cursor
from newsflow.web.queries.search_display import display_sql, displayed, highlight
from newsflow.web.queries.search_query import (
    ARTICLE_SEEN,
    TEXT_MATCH,
    TOP_TERMS_SAMPLE,
    Hit,
    Plan,
    fact_filters,
)

PAGE_SIZE = 20
BEST_CANDIDATES = 200  # "best first" ranks the newest this many matches (ten pages)
WALK_ROWS = 20000  # a broad query's page reads at most this many of the newest filtered articles


def read_exact(db, plan: Plan) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every match of a query with few, and its page, in one round trip: the GIN index's matches
    (ANDed with the date range's rows by migration 0006's ``articles_seen_idx``), the facts of each
    by key (not a join over all), the newest TOP_TERMS_SAMPLE's top terms; the page newest first
    or, for best first, the newest BEST_CANDIDATES ranked; each page row with what it shows."""
    params = {**plan.params, "terms": TOP_TERMS_SAMPLE, "candidates": BEST_CANDIDATES, "limit": PAGE_SIZE + 1}
    dated = ["true"]
    if plan.query.since:
        dated.append(f"{ARTICLE_SEEN} >= %(since)s")
    if plan.query.until:
        dated.append(f"{ARTICLE_SEEN} < %(until)s")
    cursor = page_cursor(plan.query)
    if cursor is not None:
        params["k_key"], params["k_id"] = cursor
    if plan.query.ranked:
        keyset = sql.SQL("(r.rank, r.article_id) < (%(k_key)s::float8, %(k_id)s)" if cursor else "true")
        chosen = sql.SQL(
            "SELECT r.* FROM (SELECT h.article_id, h.seen, h.relevant,"
            " ts_rank(a.search_vector, %(tsq)s::tsquery)::float8 AS rank FROM h JOIN o USING (article_id)"
            " JOIN articles a ON a.id = h.article_id WHERE o.k <= %(candidates)s) r"
            " WHERE {} ORDER BY r.rank DESC, r.article_id DESC LIMIT %(limit)s").format(keyset)
    else:
        keyset = sql.SQL("(h.seen, h.article_id) < (%(k_key)s::timestamptz, %(k_id)s)" if cursor else "true")
        chosen = sql.SQL("SELECT h.article_id, h.seen, h.relevant FROM h"
                         " WHERE {} ORDER BY h.seen DESC, h.article_id DESC LIMIT %(limit)s").format(keyset)
    columns, joins = display_sql(plan, params)
    row = db.one(sql.SQL(
        "WITH g AS MATERIALIZED (SELECT a.id FROM articles a WHERE {match} AND {dated}),"
        " h AS MATERIALIZED (SELECT f.article_id, f.seen, f.day, s.name AS source, f.relevant FROM g"
        "   CROSS JOIN LATERAL (SELECT * FROM search_facts f WHERE f.article_id = g.id AND {where}"
        "     OFFSET 0) f JOIN sources s ON s.id = f.source_id),"
        " o AS MATERIALIZED (SELECT article_id, row_number() OVER (ORDER BY seen DESC, article_id DESC) AS k"
        "   FROM h),"
        " t AS (SELECT o.article_id, c.top_terms FROM o JOIN classifications c ON c.article_id = o.article_id"
        "   AND c.model_id = (SELECT id FROM models WHERE active) WHERE o.k <= %(terms)s)"
        " SELECT (SELECT coalesce(json_agg(x), '[]') FROM (SELECT h.*, t.top_terms FROM h"
        "   LEFT JOIN t USING (article_id)) x) AS hits,"
        " (SELECT coalesce(json_agg(p), '[]') FROM (SELECT w.*, {columns} FROM ({chosen}) w"
        "   JOIN articles a ON a.id = w.article_id {joins}) p) AS page"
    ).format(match=TEXT_MATCH, dated=sql.SQL(" AND ".join(dated)), where=fact_filters(plan.query),
             columns=columns, joins=joins, chosen=chosen), params) or {}
    return typed_rows(row.get("hits") or []), typed_rows(row.get("page") or [])


def typed_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows read as JSON with their ``seen`` and ``day`` typed again."""
    for r in rows:
        if r.get("seen") is not None:
            r["seen"] = datetime.fromisoformat(r["seen"])
        if r.get("day") is not None:
            r["day"] = date.fromisoformat(r["day"])
    return rows


def _walk_sql(plan: Plan, limit: int, keyset: tuple[Any, int] | None, show: bool = False,
              ranked: bool = False) -> tuple[sql.Composable, dict[str, Any]]:
    """Filtered facts newest first, from the index on (seen, article_id); with text, each checked
    against the query in turn (a scalar subquery: the walk stops as soon as ``limit`` match).
    ``show``: with what the page shows of each (``display_sql``'s columns); ``ranked``: with each
    one's ``rank``; either in the same round trip."""
    params = {**plan.params, "limit": limit, "scan": WALK_ROWS}
    extra = [fact_filters(plan.query)]
    if keyset is not None:
        params["k_key"], params["k_id"] = keyset
        extra.append(sql.SQL("(f.seen, f.article_id) < (%(k_key)s::timestamptz, %(k_id)s)"))
    match = sql.SQL("(SELECT {} FROM articles a WHERE a.id = f.article_id)").format(TEXT_MATCH) if plan.text \
        else sql.SQL("true")
    # At most WALK_ROWS articles are read: a broad query whose matches are all old stops there, and
    # ``page`` reads that page through the GIN index instead.
    statement = sql.SQL("SELECT f.article_id, f.seen, f.relevant FROM (SELECT f.article_id, f.seen,"
                        " f.relevant FROM search_facts f WHERE {} ORDER BY f.seen DESC, f.article_id DESC"
                        " LIMIT %(scan)s) f WHERE {} ORDER BY f.seen DESC, f.article_id DESC LIMIT %(limit)s"
                        ).format(sql.SQL(" AND ").join(extra), match)
    if show:
        columns, joins = display_sql(plan, params)
        statement = sql.SQL("SELECT w.*, {} FROM ({}) w JOIN articles a ON a.id = w.article_id {}"
                            " ORDER BY w.seen DESC, w.article_id DESC").format(columns, statement, joins)
    elif ranked:
        statement = sql.SQL("SELECT w.*, ts_rank(a.search_vector, %(tsq)s::tsquery)::float8 AS rank"
                            " FROM ({}) w JOIN articles a ON a.id = w.article_id").format(statement)
    return statement, params


def page_walk_sql(plan: Plan) -> tuple[sql.Composable, dict[str, Any]]:
    """The walk a broad query's page needs, with what the page shows: newest first, or for best
    first the newest BEST_CANDIDATES matches ranked, the page cut from them after the cursor."""
    if not plan.query.ranked:
        return _walk_sql(plan, PAGE_SIZE + 1, page_cursor(plan.query), show=True)
    candidates, params = _walk_sql(plan, BEST_CANDIDATES, None, ranked=True)
    cursor = page_cursor(plan.query)
    keyset = sql.SQL("true")
    if cursor is not None:
        params["r_key"], params["r_id"] = cursor
        keyset = sql.SQL("(r.rank, r.article_id) < (%(r_key)s::float8, %(r_id)s)")
    params["page"] = PAGE_SIZE + 1
    columns, joins = display_sql(plan, params)
    return sql.SQL(
        "SELECT w.*, {columns} FROM (SELECT r.* FROM ({candidates}) r WHERE {keyset}"
        " ORDER BY r.rank DESC, r.article_id DESC LIMIT %(page)s) w"
        " JOIN articles a ON a.id = w.article_id {joins}"
    ).format(columns=columns, candidates=candidates, keyset=keyset, joins=joins), params


def _ranks(db, plan: Plan, ids: list[int]) -> dict[int, float]:
    return {r["id"]: r["rank"] for r in db.all(
        "SELECT a.id, ts_rank(a.search_vector, %(tsq)s::tsquery)::float8 AS rank FROM articles a"
        " WHERE a.id = ANY (%(ids)s::bigint[])",
        {**plan.params, "ids": ids})}


def _cut(rows: list[dict[str, Any]], key: str, cursor: tuple[Any, int] | None) -> list[dict[str, Any]]:
    """The rows after ``cursor`` in (``key``, article_id) descending order, one more than a page."""
    ordered = sorted(rows, key=lambda r: (r[key], r["article_id"]), reverse=True)
    if cursor is not None:
        bound = (datetime.fromisoformat(cursor[0]) if key == "seen" else float(cursor[0]), cursor[1])
        ordered = [r for r in ordered if (r[key], r["article_id"]) < bound]
    return ordered[:PAGE_SIZE + 1]


def page(db, plan: Plan) -> tuple[list[Hit], str | None]:
    """One page of hits and the cursor of the next page (None on the last)."""
    query = plan.query
    cursor = page_cursor(query)
    ranked = query.ranked and plan.text
    hits = plan.hits
    if plan.text and hits is not None and not hits:
        return [], None
    if plan.exact_page is not None:
        rows = sorted(plan.exact_page, key=lambda r: (r["rank"] if ranked else r["seen"], r["article_id"]),
                      reverse=True)
    elif ranked:  # the newest BEST_CANDIDATES matches, ranked (ts_rank reads each one's vector)
        if hits is not None:
            pool = sorted(hits, key=lambda r: (r["seen"], r["article_id"]), reverse=True)[:BEST_CANDIDATES]
            ranks = _ranks(db, plan, [r["article_id"] for r in pool])
            pool = [{**r, "rank": ranks.get(r["article_id"], 0.0)} for r in pool]
        elif plan.walked is not None:
            pool = plan.walked  # the page already, cut after the cursor
        else:
            pool = db.all(*page_walk_sql(plan))
        rows = _cut(pool, "rank", cursor)
    elif hits is not None:
        rows = _cut(hits, "seen", cursor)
    else:
        rows = plan.walked if plan.walked is not None else db.all(*page_walk_sql(plan))
        rows = sorted(rows, key=lambda r: (r["seen"], r["article_id"]), reverse=True)
        if plan.text and len(rows) <= PAGE_SIZE:  # the walk's bound (or the last page): from the index
            rows = sorted(read_exact(db, plan)[1], key=lambda r: (r["seen"], r["article_id"]), reverse=True)
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    shown = "snippet" in rows[0] if rows else False
    found = ({r["article_id"]: r for r in rows} if shown
             else displayed(db, plan, [r["article_id"] for r in rows]))
    out = [Hit(article_id=r["article_id"], title=found[r["article_id"]]["title"] or "(no title)",
               source=found[r["article_id"]]["source"], seen=r["seen"],
               language=found[r["article_id"]]["language"], status=found[r["article_id"]]["status"],
               score=found[r["article_id"]]["score"], relevant=r["relevant"],
               label=found[r["article_id"]]["label"], story_id=found[r["article_id"]]["story_id"],
               snippet=highlight(found[r["article_id"]]["snippet"] or ""))
           for r in rows if r["article_id"] in found]
    if not more or not rows:
        return out, None
    last = rows[-1]
    key = last["rank"] if ranked else last["seen"].isoformat()
    return out, encode_cursor(key, last["article_id"])
