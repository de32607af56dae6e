"""What a search page shows of each hit: title, source, score and a snippet, its hits highlighted
for a text query."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape
from psycopg2 import sql

from newsflow.web.queries.search_query import Plan

# Private-use characters mark the hits in ts_headline's output; the snippet is escaped as text, then
# they become <mark> tags (the article text never reaches the page unescaped).
_START, _STOP = "\ue000", "\ue001"
_HEADLINE_OPTIONS = f"StartSel={_START}, StopSel={_STOP}, MaxFragments=2, MaxWords=24, MinWords=10"


def display_sql(plan: Plan, params: dict[str, Any]) -> tuple[sql.Composable, sql.Composable]:
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


def displayed(db, plan: Plan, ids: list[int]) -> dict[int, dict[str, Any]]:
    """``display_sql`` of the articles ``ids``, by id."""
    if not ids:
        return {}
    params = {**plan.params, "ids": ids}
    columns, joins = display_sql(plan, params)
    statement = sql.SQL("SELECT a.id, {} FROM articles a {} WHERE a.id = ANY (%(ids)s::bigint[])")
    return {r["id"]: r for r in db.all(statement.format(columns, joins), params)}


def highlight(snippet: str) -> Markup:
    """ts_headline's output escaped, with only its hit markers turned into <mark>."""
    text = str(escape(snippet.replace("\x00", "")))
    # Escaped above: only the hit markers become markup.
    return Markup(text.replace(_START, "<mark>").replace(_STOP, "</mark>"))  # noqa: S704  # nosec B704
