"""Search: PostgreSQL full-text search (``websearch_to_tsquery``) with filters, keyset pages and
figures for the whole result set (per day, per source, top terms).

The WHERE clause is assembled from fixed fragments chosen by which filters are set; the values
themselves are only ever bound parameters.
"""

from __future__ import annotations

import base64
import json
import time as clock
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from markupsafe import Markup, escape
from psycopg2 import sql

PAGE_SIZE = 20
TOP_TERMS_SAMPLE = 2000
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


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def where(query: SearchQuery) -> sql.Composable:
    """The WHERE clause for ``query``'s filters (fixed fragments; values bound by name)."""
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


def _rank() -> str:
    return "ts_rank(a.search_vector, websearch_to_tsquery('english', %(q)s))::float8"


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


def _order_and_keyset(query: SearchQuery, params: dict[str, Any]) -> tuple[str, str]:
    """(ORDER BY, extra keyset condition) for the chosen order and cursor."""
    cursor = decode_cursor(query.after)
    if query.ranked:
        order = f"{_rank()} DESC, a.id DESC"
        keyset = f"({_rank()}, a.id) < (%(k_key)s, %(k_id)s)"
    else:
        order = f"{_SEEN} DESC, a.id DESC"
        keyset = f"({_SEEN}, a.id) < (%(k_key)s::timestamptz, %(k_id)s)"
    if cursor is None:
        return order, ""
    params["k_key"], params["k_id"] = cursor
    return order, " AND " + keyset


def page(db, query: SearchQuery) -> tuple[list[Hit], str | None]:
    """One page of hits and the cursor of the next page (None on the last)."""
    params = query.params()
    order, keyset = _order_and_keyset(query, params)
    if query.q.strip():
        snippet = ("ts_headline('english', left(a.text, 10000), websearch_to_tsquery('english', %(q)s), "
                   "%(headline)s)")
        params["headline"] = _HEADLINE_OPTIONS
    else:
        snippet = "left(a.text, 280)"
    rank = _rank() if query.ranked else "NULL::float8"
    statement = sql.SQL(
        "SELECT a.id, a.title, s.name AS source, " + _SEEN + " AS seen, a.language, a.status, c.score, "
        + _RELEVANT + " AS relevant, c.label, a.story_id, " + rank + " AS rank, " + snippet + " AS snippet "
        + _FROM + " WHERE {} " + keyset + " ORDER BY " + order + " LIMIT %(limit)s"
    ).format(where(query))
    params["limit"] = PAGE_SIZE + 1
    rows = db.all(statement, params)
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    hits = [Hit(article_id=r["id"], title=r["title"] or "(no title)", source=r["source"], seen=r["seen"],
                language=r["language"], status=r["status"], score=r["score"], relevant=r["relevant"],
                label=r["label"], story_id=r["story_id"], snippet=highlight(r["snippet"] or ""))
            for r in rows]
    if not more or not rows:
        return hits, None
    last = rows[-1]
    key = last["rank"] if query.ranked else last["seen"].isoformat()
    return hits, encode_cursor(key, last["id"])


def highlight(snippet: str) -> Markup:
    """ts_headline's output escaped, with only its hit markers turned into <mark>."""
    text = str(escape(snippet.replace("\x00", "")))
    # Escaped above: only the hit markers become markup.
    return Markup(text.replace(_START, "<mark>").replace(_STOP, "</mark>"))  # noqa: S704  # nosec B704


def summary(db, query: SearchQuery, chart_days: int = 60) -> Summary:
    """Counts per day and source, and the model's top terms, over every hit: one pass over the hits
    (a broad query matches a good share of all articles; reading them twice cost as much again)."""
    params = query.params()
    params["sample"] = TOP_TERMS_SAMPLE
    sample_order = "rank DESC, id DESC" if query.ranked else "seen DESC, id DESC"
    # Fixed fragments only, composed as SQL (``sample_order`` is one of two constants); values are bound.
    statement = sql.SQL(
        "WITH hits AS MATERIALIZED (SELECT a.id, {seen} AS seen, s.name AS source, {relevant} AS relevant, "
        "c.top_terms, {rank} AS rank {source} WHERE {where}), "
        "sample AS (SELECT top_terms FROM hits WHERE top_terms IS NOT NULL ORDER BY {order} "
        "LIMIT %(sample)s) "
        "SELECT 'day' AS kind, (timezone('UTC', seen))::date AS day, source AS name, count(*) AS n, "
        "count(*) FILTER (WHERE relevant) AS relevant FROM hits GROUP BY 2, 3 "
        "UNION ALL SELECT 'term', NULL, term, count(*), NULL FROM sample, unnest(sample.top_terms) AS term "
        "GROUP BY term"
    ).format(seen=sql.SQL(_SEEN), relevant=sql.SQL(_RELEVANT), rank=sql.SQL(_rank() if query.ranked else "0"),
             source=sql.SQL(_FROM), where=where(query), order=sql.SQL(sample_order))
    out = Summary()
    by_day: Counter[date] = Counter()
    relevant_by_day: Counter[date] = Counter()
    by_source: Counter[str] = Counter()
    relevant_by_source: Counter[str] = Counter()
    terms: Counter[str] = Counter()
    for row in db.all(statement, params):
        if row["kind"] == "term":
            terms[row["name"]] = row["n"]
            continue
        by_day[row["day"]] += row["n"]
        relevant_by_day[row["day"]] += row["relevant"]
        by_source[row["name"]] += row["n"]
        relevant_by_source[row["name"]] += row["relevant"]
    out.total, out.relevant = sum(by_day.values()), sum(relevant_by_day.values())
    if by_day:
        last = max(by_day)
        first = max(min(by_day), last - timedelta(days=chart_days - 1))
        out.days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        out.per_day = [by_day[d] for d in out.days]
        out.relevant_per_day = [relevant_by_day[d] for d in out.days]
    out.per_source = [(name, n, relevant_by_source[name]) for name, n in by_source.most_common()]
    out.top_terms = sorted(terms.items(), key=lambda kv: (-kv[1], kv[0]))[:20]
    return out


def filter_choices(db) -> dict[str, list[str]]:
    """What the filter menus offer: sources, languages, the active model's labels (kept a minute:
    the distinct languages need a scan of every article)."""
    cached = _choices_cache.get(id(db))
    if cached and clock.monotonic() - cached[0] < _CHOICES_SECONDS:
        return cached[1]
    choices = _filter_choices(db)
    _choices_cache[id(db)] = (clock.monotonic(), choices)
    return choices


def _filter_choices(db) -> dict[str, list[str]]:
    sources = [r["name"] for r in db.all("SELECT name FROM sources ORDER BY name")]
    languages = [r["language"] for r in db.all(
        "SELECT DISTINCT language FROM articles WHERE language IS NOT NULL ORDER BY 1 LIMIT 50")]
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
