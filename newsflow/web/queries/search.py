"""Search: PostgreSQL full-text search (``websearch_to_tsquery``) with filters, keyset pages and
figures for the whole result set. This module holds what the search page offers around its results
(the filter menus, the export); the rest, in the order each depends on the ones before:

- ``search_query``: the query model (``SearchQuery``, ``Plan``, ``Hit``, ``Summary``) and its filters
  as SQL over ``search_facts`` (migration 0021) and, for the export, over the articles;
- ``search_cursors``: the keyset cursors of the pages;
- ``search_display``: what a page shows of each hit (a snippet with its hits highlighted);
- ``search_pages``: the pages, newest first or best first, by the plan chosen;
- ``search_plan``: the planner, which sizes a text query on a sample: few matches are read through
  the GIN index and counted exactly, a broad query walks the articles newest first;
- ``figures``: per day, per source and top terms for the whole result set.
"""

from __future__ import annotations

import time as clock
from typing import Any

from psycopg2 import sql

from newsflow.web.queries.search_query import SearchQuery, where

_CHOICES_SECONDS = 60.0
_choices_cache: dict[int, tuple[float, dict[str, list[str]]]] = {}
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


def export_statement(query: SearchQuery) -> tuple[sql.Composable, dict[str, Any]]:
    """Every hit, in ``newsflow.analyst.export.COLUMNS`` order (what ``newsflow export`` writes)."""
    return sql.SQL(_EXPORT).format(where(query)), query.params()
