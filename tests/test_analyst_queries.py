"""Every query in docs/queries.md runs, as the read-only analyst role, against a seeded month ending
today, and returns rows."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import psycopg2
import pytest
from analyst_seed import Newsroom, shared_newsroom

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "queries.md"
QUERIES = re.findall(r"^## (.+?)\n.*?```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S | re.M)


def readme_statements() -> list[str]:
    """The SQL statements of the README's ```sql blocks (absent README: none)."""
    readme = ROOT / "README.md"
    if not readme.is_file():
        return []
    blocks = re.findall(r"```sql\n(.*?)```", readme.read_text(encoding="utf-8"), re.S)
    return [stmt.strip() for block in blocks for stmt in block.split(";") if stmt.strip()
            and not all(line.strip().startswith("--") for line in stmt.strip().splitlines())]


def run_as_analyst(url: str, query: str) -> list[tuple]:
    """Rows of ``query`` run read-only, with the analysts' rights when their role exists (0008)."""
    conn = psycopg2.connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute("SET TRANSACTION READ ONLY")
            cur.execute("SET LOCAL TIME ZONE 'UTC'")
            cur.execute("SELECT 1 FROM pg_roles WHERE rolname = 'newsflow_analyst'")
            if cur.fetchone():
                cur.execute("SET LOCAL ROLE newsflow_analyst")
            cur.execute(query)
            rows = cur.fetchall()
        conn.rollback()
    finally:
        conn.close()
    return rows


@pytest.fixture
def room(database_url: str) -> Newsroom:
    # The queries say "this week" with now(): the month must end today.
    return shared_newsroom(database_url, datetime.now(UTC).date())


def test_the_doc_has_ten_queries() -> None:
    assert len(QUERIES) == 10


@pytest.mark.parametrize(("title", "query"), QUERIES, ids=[t for t, _ in QUERIES])
def test_documented_query_runs_and_returns_rows(database_url: str, room: Newsroom, title: str,
                                                query: str) -> None:
    rows = run_as_analyst(database_url, query)
    assert rows, f"{title!r} returned nothing on a month of seeded news"


@pytest.mark.parametrize("query", readme_statements())
def test_readme_query_runs(database_url: str, room: Newsroom, query: str) -> None:
    run_as_analyst(database_url, query)  # raises on a column or view that does not exist
