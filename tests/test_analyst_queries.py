"""Every query in docs/queries.md runs, as the read-only analyst role, against a seeded month ending
today, and returns rows."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import psycopg2
import pytest
from analyst_seed import Newsroom, shared_newsroom

DOC = Path(__file__).resolve().parent.parent / "docs" / "queries.md"
QUERIES = re.findall(r"^## (.+?)\n.*?```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S | re.M)


@pytest.fixture
def room(database_url: str) -> Newsroom:
    # The queries say "this week" with now(): the month must end today.
    return shared_newsroom(database_url, datetime.now(UTC).date())


def test_the_doc_has_ten_queries() -> None:
    assert len(QUERIES) == 10


@pytest.mark.parametrize(("title", "query"), QUERIES, ids=[t for t, _ in QUERIES])
def test_documented_query_runs_and_returns_rows(database_url: str, room: Newsroom, title: str,
                                                query: str) -> None:
    conn = psycopg2.connect(database_url)
    try:
        with conn.cursor() as cur:
            cur.execute("SET TRANSACTION READ ONLY")
            cur.execute("SET LOCAL TIME ZONE 'UTC'")
            cur.execute("SELECT 1 FROM pg_roles WHERE rolname = 'newsflow_analyst'")
            if cur.fetchone():  # run with the analysts' own rights when the roles exist (0008)
                cur.execute("SET LOCAL ROLE newsflow_analyst")
            cur.execute(query)
            rows = cur.fetchall()
        conn.rollback()
    finally:
        conn.close()
    assert rows, f"{title!r} returned nothing on a month of seeded news"
