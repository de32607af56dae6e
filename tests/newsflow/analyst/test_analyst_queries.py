"""Every query in docs/queries.md runs, as the read-only analyst role, against a seeded month ending
today, and returns rows."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from analyst_seed import (
    Cursor,
    Newsroom,
    add_article,
    add_failure,
    add_model,
    add_run,
    add_source,
    shared_newsroom,
)
from helpers import REPO, connection

DOC = REPO / "docs" / "queries.md"
QUERIES = re.findall(r"^## (.+?)\n.*?```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S | re.M)


def readme_statements() -> list[str]:
    """The SQL statements of the README's ```sql blocks (absent README: none)."""
    readme = REPO / "README.md"
    if not readme.is_file():
        return []
    blocks = re.findall(r"```sql\n(.*?)```", readme.read_text(encoding="utf-8"), re.S)
    # A statement ends with ";" at the end of a line: comments may hold one mid-line.
    return [stmt.strip() for block in blocks for stmt in re.split(r";[ \t]*$", block, flags=re.M)
            if stmt.strip() and not all(line.strip().startswith("--") for line in stmt.strip().splitlines())]


def run_as_analyst(url: str, query: str, setup: Callable[[Cursor], object] | None = None) -> list[tuple]:
    """Rows of ``query`` run with the analysts' rights when their role exists (0008), after
    ``setup`` (as the session's role), in one transaction that is rolled back: the shared month
    stays as seeded."""
    with connection(url) as conn, conn.cursor() as cur:
        if setup is None:
            cur.execute("SET TRANSACTION READ ONLY")
        else:
            setup(cur)
        cur.execute("SET LOCAL TIME ZONE 'UTC'")
        cur.execute("SELECT 1 FROM pg_roles WHERE rolname = 'newsflow_analyst'")
        if cur.fetchone():
            cur.execute("SET LOCAL ROLE newsflow_analyst")
        cur.execute(query)
        rows = cur.fetchall()
        conn.rollback()
    return rows


def readme_subjects(query: str) -> Callable[[Cursor], None]:
    """What a README example asks about and the seeded month lacks: each outlet it names
    (``name = '...'``) with a failed crawl and a failed URL, and an article on Viet Nam, China and
    cyberspace (indexed, as the clean stage does)."""

    def setup(cur: Cursor) -> None:
        now = datetime.now(UTC)
        for name in re.findall(r"\bname = '([^']+)'", query):
            source = add_source(cur, name)
            add_failure(cur, source, f"https://{name}.example/gone", now,
                        run_id=add_run(cur, source, now, "unreachable"))
        source = add_source(cur, "readme-subjects")
        article = add_article(cur, source, "https://readme.example/vn",
                              "Viet Nam and China back cyberspace norms",
                              "Vietnam called for rules of responsible behaviour in cyberspace.", now)
        cur.execute("UPDATE articles SET search_vector = newsflow_search_vector(title, text) WHERE id = %s",
                    (article,))

    return setup


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
    rows = run_as_analyst(database_url, query, setup=readme_subjects(query))  # raises on a missing column
    assert rows, f"the README's query returned nothing on the data it asks about:\n{query}"


def _candidate_kept_inactive(cur: Cursor) -> None:
    """A retrain whose model was not better: registered after the active one, never activated, so it
    scored nothing (``classifier.retrain`` scores the pool only with a model it activates)."""
    add_model(cur, "candidate-kept-inactive", 0.5, trained_at=datetime.now(UTC))


def test_models_disagreeing_compares_the_previously_scoring_model_not_a_rejected_candidate(
        database_url: str, room: Newsroom) -> None:
    title, query = next((t, q) for t, q in QUERIES if "disagree" in t)
    assert run_as_analyst(database_url, query), title  # the month's two models disagree somewhere
    assert run_as_analyst(database_url, query, setup=_candidate_kept_inactive), (
        f"{title!r} returned nothing once a retrain kept its new model inactive")
