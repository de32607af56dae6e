"""Keyset cursors of the search's pages: the last row's sort key (its ``seen`` timestamp newest
first, its rank best first) and article id, as an opaque URL-safe token, so a next page is read
from where the last one stopped instead of by an OFFSET."""

from __future__ import annotations

import base64
import json
from datetime import datetime
from typing import Any

from newsflow.web.queries.search_query import SearchQuery


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


def page_cursor(query: SearchQuery) -> tuple[Any, int] | None:
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
