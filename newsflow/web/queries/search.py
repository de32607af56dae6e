"""Search: PostgreSQL full-text search (``websearch_to_tsquery``) with filters, keyset pages and
figures for the whole result set (per day, per source, top terms; ``figures``).

Filters read ``search_facts`` (migration 0021: one narrow row per article with what search filters
on), so a page never joins classifications and labels row by row. A query with text is planned from
a sample first (``plan``): a query matching few articles reads them through the GIN index and is
counted exactly; a broad one (more than ``EXACT_HITS`` estimated) walks the articles newest first
until a page is full and its figures are estimated from the sample. "Best first" ranks the newest
``BEST_CANDIDATES`` matches (every match when there are no more). Both plans order by the same keys,
so keyset pages are the same.

The WHERE clauses are assembled from fixed fragments chosen by which filters are set; the values
themselves are only ever bound parameters.
"""

from __future__ import annotations

import base64
import json
import time as clock
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from markupsafe import Markup, escape
from psycopg2 import sql

PAGE_SIZE = 20
TOP_TERMS_SAMPLE = 1000
BUCKETS = 1024  # search_facts.bucket = article_id % 1024
SAMPLE_ROWS = 1000  # articles a broad query's sample examines (about; ~25 us each at 1M)
EXACT_HITS = 1500  # up to this many matches (estimated): read them all, count exactly
BEST_CANDIDATES = 200  # "best first" ranks the newest this many matches (ten pages)
WALK_ROWS = 20000  # a broad query's page reads at most this many of the newest filtered articles
_CHOICES_SECONDS = 60.0
_choices_cache: dict[int, tuple[float, dict[str, list[str]]]] = {}
# Private-use characters mark the hits in ts_headline's output; the snippet is escaped as text, then
# they become <mark> tags (the article text never reaches the page unescaped).
_START, _STOP = "\ue000", "\ue001"
_HEADLINE_OPTIONS = f"StartSel={_START}, StopSel={_STOP}, MaxFragments=2, MaxWords=24, MinWords=10"
_SEEN = "coalesce(a.published_at, a.created_at)"
_FROM = """
FROM articles a
JOIN sources s ON s.id = a.source_id
LEFT JOIN (classifications c JOIN models m ON m.id = c.model_id AND m.active) ON c.article_id = a.id
"""
# Relevant as ``relevant_articles`` decides it (migration 0012): the latest analyst label wins, else
# the active model's verdict; only usable ('ok') articles.
_RELEVANT = ("(a.status = 'ok' AND coalesce((SELECT l.label <> 'none' FROM labels l WHERE l.article_id = a.id"
             " ORDER BY l.labelled_at DESC, l.id DESC LIMIT 1), c.relevant, false))")


@dataclass
class SearchQuery:
    """The filters of one search, as the page's form gives them."""

    q: str = ""
    source: str = ""
    since: date | None = None
    until: date | None = None
    language: str = ""
    relevant: bool = False
    labelled: str = ""  # "", "yes", "no"
    topic: str = ""
    order: str = "newest"  # or "best" (needs a query)
    after: str = ""  # keyset cursor of the page's first row's predecessor

    @property
    def ranked(self) -> bool:
        return self.order == "best" and bool(self.q.strip())

    def params(self) -> dict[str, Any]:
        return {"q": self.q, "source": self.source, "language": self.language, "topic": self.topic,
                "since": _midnight(self.since) if self.since else None,
                "until": _midnight(self.until + timedelta(days=1)) if self.until else None}


@dataclass
class Hit:
    article_id: int
    title: str
    source: str
    seen: datetime
    language: str | None
    status: str
    score: float | None
    relevant: bool | None
    label: str | None
    story_id: int | None
    snippet: Markup


@dataclass
class Summary:
    """Figures for the whole result set, not only the page."""

    total: int = 0
    relevant: int = 0
    days: list[date] = field(default_factory=list)
    per_day: list[int] = field(default_factory=list)
    relevant_per_day: list[int] = field(default_factory=list)
    per_source: list[tuple[str, int, int]] = field(default_factory=list)
    top_terms: list[tuple[str, int]] = field(default_factory=list)
    estimated: bool = False  # figures scaled up from a sample (``examined`` articles)
    examined: int = 0
    filtered: int = 0  # articles matching the filters, text aside (exact)
    candidates: int | None = None  # "best first" ranked only this many newest matches


@dataclass
class Plan:
    """How to read one search: decided once per request, shared by the page and the figures."""

    query: SearchQuery
    params: dict[str, Any]
    filtered: int = 0  # articles matching the filters (the rollup: exact)
    text: bool = False  # a text query (``params["tsq"]``: websearch_to_tsquery's result, as text)
    broad: bool = False  # more matches than EXACT_HITS (estimated): time-first pages, sampled figures
    sample: list[dict[str, Any]] = field(default_factory=list)  # the sample's matches
    examined: int = 0  # articles the sample examined
    buckets: int = BUCKETS  # the sample's share of the filtered articles, in 1/BUCKETS
    hits: list[dict[str, Any]] | None = None  # every match, when few (None: broad, or no text)
    rolled: list[dict[str, Any]] = field(default_factory=list)  # ``rollup``'s rows for the filters
    walked: list[dict[str, Any]] | None = None  # a broad query's walk, read with its sample
    exact_page: list[dict[str, Any]] | None = None  # a narrow query's page, read with its matches


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def fact_filters(query: SearchQuery, alias: str = "f", dated: str = "seen") -> sql.Composable:
    """Conditions on ``search_facts`` (``alias``) or the rollup for ``query``'s filters but its text;
    ``dated`` is ``seen`` (timestamps, facts) or ``day`` (the rollup's days)."""
    parts = ["true"]
    if query.source:
        parts.append("{a}.source_id = (SELECT id FROM sources WHERE name = %(source)s)")
    if query.since:
        parts.append("{a}.seen >= %(since)s" if dated == "seen" else "{a}.day >= %(since_day)s")
    if query.until:
        parts.append("{a}.seen < %(until)s" if dated == "seen" else "{a}.day <= %(until_day)s")
    if query.language:
        parts.append("{a}.language = %(language)s")
    if query.relevant:
        parts.append("{a}.relevant")
    if query.labelled == "yes":
        parts.append("{a}.labelled")
    elif query.labelled == "no":
        parts.append("NOT {a}.labelled")
    if query.topic:
        parts.append("{a}.topic = %(topic)s")
    return sql.SQL(" AND ").join(sql.SQL(p.replace("{a}", alias)) for p in parts)


def where(query: SearchQuery) -> sql.Composable:
    """The WHERE clause over articles ``a``, sources ``s`` and classifications ``c`` (the export)."""
    parts = ["true"]
    if query.q.strip():
        parts.append("a.search_vector @@ websearch_to_tsquery('english', %(q)s)")
    if query.source:
        parts.append("s.name = %(source)s")
    if query.since:
        parts.append(f"{_SEEN} >= %(since)s")
    if query.until:
        parts.append(f"{_SEEN} < %(until)s")
    if query.language:
        parts.append("a.language = %(language)s")
    if query.relevant:
        parts.append(_RELEVANT)
    if query.labelled == "yes":
        parts.append("EXISTS (SELECT 1 FROM labels l WHERE l.article_id = a.id)")
    elif query.labelled == "no":
        parts.append("NOT EXISTS (SELECT 1 FROM labels l WHERE l.article_id = a.id)")
    if query.topic:
        parts.append("c.label = %(topic)s")
    return sql.SQL(" AND ").join(sql.SQL(p) for p in parts)


_ROLLUP = sql.SQL("(SELECT day, source_id, language, topic, labelled, relevant, n FROM search_day_counts"
                  " UNION ALL SELECT day, source_id, language, topic, labelled, relevant, n"
                  " FROM search_day_deltas) r")
_MATCH = sql.SQL("a.search_vector @@ %(tsq)s::tsquery")


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
                                               _page_walk(out)])
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
        out.hits, out.exact_page = _exact(db, out)
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
    ).format(match=_MATCH, where=fact_filters(plan.query)), {**plan.params, "low": low, "high": high})


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
    return [_typed(row.get(f"part{n}") or []) for n in range(len(parts))]


def encode_cursor(key: float | str, article_id: int) -> str:
    return base64.urlsafe_b64encode(json.dumps([key, article_id]).encode()).decode()


def decode_cursor(token: str) -> tuple[Any, int] | None:
    """The (sort key, id) of a cursor, or None for a missing or malformed one."""
    if not token:
        return None
    try:
        key, article_id = json.loads(base64.urlsafe_b64decode(token.encode()))
        return (key, int(article_id)) if isinstance(key, float | int | str) else None
    except (ValueError, TypeError):
        return None


def _exact(db, plan: Plan) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every match of a query with few, and its page, in one round trip: the GIN index's matches
    (ANDed with the date range's rows by migration 0006's ``articles_seen_idx``), the facts of each
    by key (not a join over all), the newest TOP_TERMS_SAMPLE's top terms; the page newest first
    or, for best first, the newest BEST_CANDIDATES ranked; each page row with what it shows."""
    params = {**plan.params, "terms": TOP_TERMS_SAMPLE, "candidates": BEST_CANDIDATES, "limit": PAGE_SIZE + 1}
    dated = ["true"]
    if plan.query.since:
        dated.append(f"{_SEEN} >= %(since)s")
    if plan.query.until:
        dated.append(f"{_SEEN} < %(until)s")
    cursor = _cursor(plan.query)
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
    columns, joins = _display(plan, params)
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
    ).format(match=_MATCH, dated=sql.SQL(" AND ".join(dated)), where=fact_filters(plan.query),
             columns=columns, joins=joins, chosen=chosen), params) or {}
    return _typed(row.get("hits") or []), _typed(row.get("page") or [])


def _typed(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
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
    ``show``: with what the page shows of each (``_show``'s columns); ``ranked``: with each one's
    ``rank``; either in the same round trip."""
    params = {**plan.params, "limit": limit, "scan": WALK_ROWS}
    extra = [fact_filters(plan.query)]
    if keyset is not None:
        params["k_key"], params["k_id"] = keyset
        extra.append(sql.SQL("(f.seen, f.article_id) < (%(k_key)s::timestamptz, %(k_id)s)"))
    match = sql.SQL("(SELECT {} FROM articles a WHERE a.id = f.article_id)").format(_MATCH) if plan.text \
        else sql.SQL("true")
    # At most WALK_ROWS articles are read: a broad query whose matches are all old stops there, and
    # ``page`` reads that page through the GIN index instead.
    statement = sql.SQL("SELECT f.article_id, f.seen, f.relevant FROM (SELECT f.article_id, f.seen,"
                        " f.relevant FROM search_facts f WHERE {} ORDER BY f.seen DESC, f.article_id DESC"
                        " LIMIT %(scan)s) f WHERE {} ORDER BY f.seen DESC, f.article_id DESC LIMIT %(limit)s"
                        ).format(sql.SQL(" AND ").join(extra), match)
    if show:
        columns, joins = _display(plan, params)
        statement = sql.SQL("SELECT w.*, {} FROM ({}) w JOIN articles a ON a.id = w.article_id {}"
                            " ORDER BY w.seen DESC, w.article_id DESC").format(columns, statement, joins)
    elif ranked:
        statement = sql.SQL("SELECT w.*, ts_rank(a.search_vector, %(tsq)s::tsquery)::float8 AS rank"
                            " FROM ({}) w JOIN articles a ON a.id = w.article_id").format(statement)
    return statement, params


def _page_walk(plan: Plan) -> tuple[sql.Composable, dict[str, Any]]:
    """The walk a broad query's page needs, with what the page shows: newest first, or for best
    first the newest BEST_CANDIDATES matches ranked, the page cut from them after the cursor."""
    if not plan.query.ranked:
        return _walk_sql(plan, PAGE_SIZE + 1, _cursor(plan.query), show=True)
    candidates, params = _walk_sql(plan, BEST_CANDIDATES, None, ranked=True)
    cursor = _cursor(plan.query)
    keyset = sql.SQL("true")
    if cursor is not None:
        params["r_key"], params["r_id"] = cursor
        keyset = sql.SQL("(r.rank, r.article_id) < (%(r_key)s::float8, %(r_id)s)")
    params["page"] = PAGE_SIZE + 1
    columns, joins = _display(plan, params)
    return sql.SQL(
        "SELECT w.*, {columns} FROM (SELECT r.* FROM ({candidates}) r WHERE {keyset}"
        " ORDER BY r.rank DESC, r.article_id DESC LIMIT %(page)s) w"
        " JOIN articles a ON a.id = w.article_id {joins}"
    ).format(columns=columns, candidates=candidates, keyset=keyset, joins=joins), params


def _cursor(query: SearchQuery) -> tuple[Any, int] | None:
    """The page's cursor, if well-formed for its order."""
    cursor = decode_cursor(query.after)
    if cursor is None:
        return None
    if query.ranked:
        return cursor if isinstance(cursor[0], float | int) else None
    try:
        datetime.fromisoformat(str(cursor[0]))
    except ValueError:
        return None
    return cursor


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
    cursor = _cursor(query)
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
            pool = db.all(*_page_walk(plan))
        rows = _cut(pool, "rank", cursor)
    elif hits is not None:
        rows = _cut(hits, "seen", cursor)
    else:
        rows = plan.walked if plan.walked is not None else db.all(*_page_walk(plan))
        rows = sorted(rows, key=lambda r: (r["seen"], r["article_id"]), reverse=True)
        if plan.text and len(rows) <= PAGE_SIZE:  # the walk's bound (or the last page): from the index
            rows = sorted(_exact(db, plan)[1], key=lambda r: (r["seen"], r["article_id"]), reverse=True)
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    shown = "snippet" in rows[0] if rows else False
    found = {r["article_id"]: r for r in rows} if shown else _show(db, plan, [r["article_id"] for r in rows])
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


def _display(plan: Plan, params: dict[str, Any]) -> tuple[sql.Composable, sql.Composable]:
    """(columns, joins) of what a page shows of articles ``a``: title, source, score, a snippet
    (highlighted for a text query)."""
    if plan.text:
        snippet = sql.SQL("ts_headline('english', left(a.text, 10000), %(tsq)s::tsquery, %(headline)s)")
        params["headline"] = _HEADLINE_OPTIONS
    else:
        snippet = sql.SQL("left(a.text, 280)")
    columns = sql.SQL("a.title, s.name AS source, a.language, a.status, c.score, c.label, a.story_id,"
                      " {} AS snippet").format(snippet)
    joins = sql.SQL("JOIN sources s ON s.id = a.source_id LEFT JOIN (classifications c JOIN models m"
                    " ON m.id = c.model_id AND m.active) ON c.article_id = a.id")
    return columns, joins


def _show(db, plan: Plan, ids: list[int]) -> dict[int, dict[str, Any]]:
    """``_display`` of the articles ``ids``, by id."""
    if not ids:
        return {}
    params = {**plan.params, "ids": ids}
    columns, joins = _display(plan, params)
    statement = sql.SQL("SELECT a.id, {} FROM articles a {} WHERE a.id = ANY (%(ids)s::bigint[])")
    return {r["id"]: r for r in db.all(statement.format(columns, joins), params)}


def highlight(snippet: str) -> Markup:
    """ts_headline's output escaped, with only its hit markers turned into <mark>."""
    text = str(escape(snippet.replace("\x00", "")))
    # Escaped above: only the hit markers become markup.
    return Markup(text.replace(_START, "<mark>").replace(_STOP, "</mark>"))  # noqa: S704  # nosec B704


def filter_choices(db) -> dict[str, list[str]]:
    """What the filter menus offer: sources, languages, the active model's labels (kept a minute)."""
    cached = _choices_cache.get(id(db))
    if cached and clock.monotonic() - cached[0] < _CHOICES_SECONDS:
        return cached[1]
    choices = _filter_choices(db)
    _choices_cache[id(db)] = (clock.monotonic(), choices)
    return choices


def _filter_choices(db) -> dict[str, list[str]]:
    sources = [r["name"] for r in db.all("SELECT name FROM sources ORDER BY name")]
    languages = [r["language"] for r in db.all(  # from the rollup: its rows, not every article's
        "SELECT language FROM (SELECT language, n FROM search_day_counts UNION ALL"
        " SELECT language, n FROM search_day_deltas) r WHERE language IS NOT NULL"
        " GROUP BY 1 HAVING sum(n) > 0 ORDER BY 1 LIMIT 50")]
    model = db.one("SELECT labels FROM models WHERE active")
    topics = [*(model["labels"] if model else []), "none"]
    return {"sources": sources, "languages": languages, "topics": topics}


_EXPORT = """
SELECT a.id, s.name, a.title, a.url, a.canonical_url, a.published_at,
       (timezone('UTC', coalesce(a.published_at, a.created_at)))::date,
       a.language, a.authors, a.word_count, a.status, a.story_id, st.title,
       m.version, c.label, c.score, c.relevant, c.top_terms, a.text
FROM articles a
JOIN sources s ON s.id = a.source_id
LEFT JOIN stories st ON st.id = a.story_id
LEFT JOIN (classifications c JOIN models m ON m.id = c.model_id AND m.active) ON c.article_id = a.id
WHERE {} ORDER BY coalesce(a.published_at, a.created_at), a.id
"""


def export_statement(query: SearchQuery) -> tuple[sql.Composable, dict[str, Any]]:
    """Every hit, in ``newsflow.analyst.export.COLUMNS`` order (what ``newsflow export`` writes)."""
    return sql.SQL(_EXPORT).format(where(query)), query.params()
