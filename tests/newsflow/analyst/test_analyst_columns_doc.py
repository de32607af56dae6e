"""docs/columns.md describes every table, view and column of the migrated database, and nothing
that no longer exists."""

from __future__ import annotations

import re

from helpers import REPO, rows

DOC = REPO / "docs" / "columns.md"


def documented() -> dict[str, set[str]]:
    """{relation: columns} from the doc: a ``### `name` `` heading, then table rows ``| `column` |``."""
    found: dict[str, set[str]] = {}
    current: str | None = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^#{2,3} `(\w+)`\s*$", line)
        if heading:
            current = heading.group(1)
            found.setdefault(current, set())
            continue
        if line.startswith("#"):
            current = None
        row = re.match(r"^\|\s*`(\w+)`\s*\|", line)
        if row and current:
            found[current].add(row.group(1))
    return found


def in_database(url: str) -> dict[str, set[str]]:
    columns: dict[str, set[str]] = {}
    for table, column in rows(url, "SELECT table_name, column_name FROM information_schema.columns"
                                   " WHERE table_schema = 'public'"):
        columns.setdefault(table, set()).add(column)
    return columns


def test_every_column_is_documented(database_url: str) -> None:
    doc, db = documented(), in_database(database_url)
    assert {"articles", "relevant_articles", "review_queue"} <= set(db)  # the query saw the schema
    missing = {f"{table}.{column}" for table, columns in db.items()
               for column in columns - doc.get(table, set())}
    assert not missing, f"add these to docs/columns.md: {sorted(missing)}"


def test_nothing_documented_is_gone(database_url: str) -> None:
    doc, db = documented(), in_database(database_url)
    stale = {f"{table}.{column}" for table, columns in doc.items()
             for column in columns - db.get(table, set())}
    assert not stale, f"docs/columns.md describes columns that do not exist: {sorted(stale)}"


def test_the_parser_reads_the_doc() -> None:
    doc = documented()
    assert "search_vector" in doc["articles"] and "distance_to_threshold" in doc["review_queue"]
