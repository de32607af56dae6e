"""The search's model and filters: what a search asks (``SearchQuery``), how it will be read
(``Plan``), what it gives back (``Hit``, ``Summary``), and its filters as SQL.

Filters read ``search_facts`` (migration 0021: one narrow row per article with what search filters
on), so a page never joins classifications and labels row by row; the export reads the articles
themselves (``where``). The WHERE clauses are assembled from fixed fragments chosen by which filters
are set; the values themselves are only ever bound parameters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from markupsafe import Markup
from psycopg2 import sql

TOP_TERMS_SAMPLE = 1000  # the figures' top terms count the newest this many matches' terms
BUCKETS = 1024  # search_facts.bucket = article_id % 1024
ARTICLE_SEEN = "coalesce(a.published_at, a.created_at)"  # when article ``a`` was seen
# A text query's match; ``%(tsq)s`` is websearch_to_tsquery's result as text (``Plan.params``).
TEXT_MATCH = sql.SQL("a.search_vector @@ %(tsq)s::tsquery")
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
    """How to read one search: decided once per request (``search_plan.plan``), shared by the page
    and the figures."""

    query: SearchQuery
    params: dict[str, Any]
    filtered: int = 0  # articles matching the filters (the rollup: exact)
    text: bool = False  # a text query (``params["tsq"]``: websearch_to_tsquery's result, as text)
    broad: bool = False  # over search_plan.EXACT_HITS matches (estimated): time-first pages, sampled figures
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
    """The WHERE clause over articles ``a``, sources ``s`` and classifications ``c`` (the export):
    ``fact_filters``' twin, so a new filter goes in both."""
    parts = ["true"]
    if query.q.strip():
        parts.append("a.search_vector @@ websearch_to_tsquery('english', %(q)s)")
    if query.source:
        parts.append("s.name = %(source)s")
    if query.since:
        parts.append(f"{ARTICLE_SEEN} >= %(since)s")
    if query.until:
        parts.append(f"{ARTICLE_SEEN} < %(until)s")
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
