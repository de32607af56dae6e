"""The daily digest: one self-contained HTML file (inline CSS and SVG, no scripts, no external assets)
with the day's relevant stories grouped by cluster, 30-day charts per source and the failing sources.

``write_digest`` is what ``newsflow digest`` and the ``news_digest`` DAG call.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from core.store.db import connect
from core.vocabulary import NoteKind
from newsflow.analyst import charts
from newsflow.analyst.files import atomic_output

CHART_DAYS = 30
# fetch_failures kinds that are notes, not failures (as in the source_health view; crawlers/README.md).
NOTE_KINDS = tuple(NoteKind)


@dataclass
class StoryGroup:
    """Relevant articles of one story cluster on the digest day."""

    key: int
    title: str
    articles: list[dict] = field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        return sorted({a["source"] for a in self.articles})

    @property
    def max_score(self) -> float:
        # A labelled article the active model has not scored yet has no score.
        return max(a["score"] or 0.0 for a in self.articles)

    @property
    def top_terms(self) -> list[str]:
        counts = Counter(term for a in self.articles for term in a["top_terms"])
        return [term for term, _ in counts.most_common(6)]


@dataclass
class Digest:
    day: date
    model_version: str | None
    articles_total: int
    stories: list[StoryGroup]
    days: list[date]
    per_source: dict[str, list[int]]
    relevant_share: list[float | None]
    failures: list[dict]
    quiet: list[dict] = field(default_factory=list)

    @property
    def relevant_total(self) -> int:
        return sum(len(s.articles) for s in self.stories)


_DAY_ARTICLES = """
SELECT article_id, title, url, source, published_at, score, coalesce(top_terms, '{}') AS top_terms,
       story_id, story_title, model_version
FROM relevant_articles WHERE article_date = %s
"""
_DAY_TOTAL = """
SELECT count(*) FROM articles
WHERE (timezone('UTC', coalesce(published_at, created_at)))::date = %s AND status = 'ok'
"""
_ACTIVE_MODEL = "SELECT version FROM models WHERE active"
# Articles per source and day by article date (what was published), relevant share of the scored.
_PER_SOURCE_DAY = """
SELECT s.name, (timezone('UTC', coalesce(a.published_at, a.created_at)))::date AS day,
       count(*) AS articles,
       count(c.article_id) AS scored,
       count(*) FILTER (WHERE c.relevant) AS relevant
FROM articles a
JOIN sources s ON s.id = a.source_id
LEFT JOIN (classifications c JOIN models m ON m.id = c.model_id AND m.active)
       ON c.article_id = a.id AND a.status = 'ok'
WHERE coalesce(a.published_at, a.created_at) >= %(start)s AND coalesce(a.published_at, a.created_at) < %(end)s
GROUP BY 1, 2
"""
_FAILURES = """
SELECT s.name AS source,
       sum(h.fetch_failures)::integer AS failures,
       sum(h.failed_runs)::integer AS failed_runs,
       sum(h.crawl_runs)::integer AS crawl_runs,
       (SELECT string_agg(DISTINCT f.kind, ', ') FROM fetch_failures f
         WHERE f.source_id = s.id AND (timezone('UTC', f.occurred_at))::date = %(day)s
           AND f.kind NOT IN %(notes)s) AS kinds,
       (SELECT f.detail FROM fetch_failures f
         WHERE f.source_id = s.id AND (timezone('UTC', f.occurred_at))::date = %(day)s
           AND f.kind NOT IN %(notes)s
         ORDER BY f.occurred_at DESC LIMIT 1) AS last_detail,
       (SELECT max(a.created_at) FROM articles a WHERE a.source_id = s.id) AS last_article_at
FROM source_health h
JOIN sources s ON s.id = h.source_id
WHERE h.day = %(day)s
GROUP BY s.id, s.name
HAVING sum(h.fetch_failures) > 0 OR sum(h.failed_runs) > 0
ORDER BY sum(h.failed_runs) DESC, sum(h.fetch_failures) DESC, s.name
"""
# Enabled sources, crawled before the end of the digest day, with no new article in the QUIET_DAYS
# before it (a registry outlet that was never crawled is not quiet, only not crawled yet).
_QUIET = """
SELECT s.name AS source, max(a.created_at) AS last_article_at
FROM sources s
LEFT JOIN articles a ON a.source_id = s.id AND a.created_at < %(end)s
WHERE s.enabled
  AND EXISTS (SELECT 1 FROM crawl_runs r WHERE r.source_id = s.id AND r.started_at < %(end)s)
GROUP BY s.name
HAVING max(a.created_at) IS NULL OR max(a.created_at) < %(end)s - make_interval(days => %(days)s)
ORDER BY max(a.created_at) NULLS FIRST, s.name
"""
QUIET_DAYS = 2


def load_digest(database_url: str, day: date) -> Digest:
    """Everything the digest shows for ``day`` (a UTC calendar day)."""
    days = [day - timedelta(days=n) for n in range(CHART_DAYS - 1, -1, -1)]
    start = datetime.combine(days[0], datetime.min.time(), tzinfo=UTC)
    end = datetime.combine(day + timedelta(days=1), datetime.min.time(), tzinfo=UTC)
    conn = connect(database_url)
    # One consistent snapshot for every figure in the report.
    conn.set_session(isolation_level="REPEATABLE READ", readonly=True)
    try:
        with conn, conn.cursor() as cur:
            cur.execute(_ACTIVE_MODEL)
            row = cur.fetchone()
            model_version = row[0] if row else None
            cur.execute(_DAY_TOTAL, (day,))
            articles_total = cur.fetchone()[0]
            cur.execute(_DAY_ARTICLES, (day,))
            names = [d.name for d in cur.description]
            articles = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
            cur.execute(_PER_SOURCE_DAY, {"start": start, "end": end})
            per_day = cur.fetchall()
            cur.execute(_FAILURES, {"day": day, "notes": NOTE_KINDS})
            names = [d.name for d in cur.description]
            failures = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
            cur.execute(_QUIET, {"end": end, "days": QUIET_DAYS})
            quiet = [{"source": r[0], "last_article_at": r[1]} for r in cur.fetchall()]
    finally:
        conn.close()
    return Digest(day=day, model_version=model_version, articles_total=articles_total,
                  stories=_group_stories(articles), days=days,
                  per_source=_per_source(per_day, days), relevant_share=_share(per_day, days),
                  failures=failures, quiet=quiet)


def _group_stories(articles: list[dict]) -> list[StoryGroup]:
    groups: dict[int, StoryGroup] = {}
    for article in articles:
        # An article without a cluster is a story of its own (negative key: no clash with story ids).
        key = article["story_id"] if article["story_id"] is not None else -article["article_id"]
        title = article["story_title"] or article["title"] or article["url"]
        # Only web links become hrefs: a crawled page must not smuggle a javascript: URL in.
        article["href"] = article["url"] if article["url"].startswith(("http://", "https://")) else None
        groups.setdefault(key, StoryGroup(key=key, title=title)).articles.append(article)
    for group in groups.values():
        group.articles.sort(key=lambda a: (a["published_at"] is None, a["published_at"], a["source"]))
    # Widely carried stories first, then the model's confidence.
    return sorted(groups.values(), key=lambda g: (-len(g.outlets), -g.max_score, g.title))


def _per_source(per_day: list[tuple], days: list[date]) -> dict[str, list[int]]:
    index = {d: i for i, d in enumerate(days)}
    series: dict[str, list[int]] = {}
    for source, d, count, _scored, _relevant in per_day:
        series.setdefault(source, [0] * len(days))[index[d]] += count
    # Busiest sources first so the stack's base is stable.
    return dict(sorted(series.items(), key=lambda kv: (-sum(kv[1]), kv[0])))


def _share(per_day: list[tuple], days: list[date]) -> list[float | None]:
    scored = Counter[date]()
    relevant = Counter[date]()
    for _source, d, _count, n_scored, n_relevant in per_day:
        scored[d] += n_scored
        relevant[d] += n_relevant
    return [relevant[d] / scored[d] if scored[d] else None for d in days]


def render_digest(digest: Digest) -> str:
    """The digest as one HTML document (autoescaped template, charts as inline SVG)."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("newsflow.analyst", "templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    per_source_chart = charts.stacked_bars(
        f"Articles per source per day, last {CHART_DAYS} days", digest.days, digest.per_source)
    share_chart = charts.share_line(
        f"Share of scored articles the model finds relevant, last {CHART_DAYS} days",
        digest.days, digest.relevant_share)
    return env.get_template("digest.html").render(
        d=digest, per_source_chart=per_source_chart, share_chart=share_chart,
        quiet_days=QUIET_DAYS, generated_at=datetime.now(UTC))


def write_digest(database_url: str, day: date, out: Path) -> Path:
    """Write the digest of ``day`` to ``out`` (parent folders created); return ``out``.

    Idempotent: the same data gives the same report apart from its generation time. A regular file
    is written beside its final name and renamed, so a reader never sees half a report.
    """
    out = Path(out)
    html = render_digest(load_digest(database_url, day))
    with atomic_output(out) as stream:
        stream.write(html.encode("utf-8"))
    return out
