"""Migration 0021's tables keep the roles' rules: analysts (and the workbench's reads) may read
them but write nothing; the pipeline may fold the deltas; the labeller reaches them only through
the label it inserts (the triggers run as the schema owner)."""

from __future__ import annotations

from collections.abc import Callable

import psycopg2.extensions
from helpers import denied

Login = Callable[[str], psycopg2.extensions.connection]  # the ``login_as`` fixture (conftest.py)
TABLES = ("search_facts", "search_day_counts", "search_day_deltas")


def test_analysts_read_the_rollup_and_write_none_of_it(login_as: Login) -> None:
    analyst = login_as("newsflow_analyst")
    with analyst.cursor() as cur:
        for table in TABLES:
            cur.execute(f"SELECT count(*) FROM {table}")  # noqa: S608 (fixed names)
    assert denied(analyst, "DELETE FROM search_day_counts")
    assert denied(analyst, "INSERT INTO search_day_deltas (day, created_day, source_id, labelled,"
                           " relevant, n) VALUES (current_date, current_date, 1, false, false, 1000)")
    assert denied(analyst, "SELECT newsflow_search_rebuild()")
    assert denied(analyst, "SELECT newsflow_search_fold()")


def test_the_pipeline_folds_the_deltas(login_as: Login) -> None:
    with login_as("newsflow_pipeline").cursor() as cur:
        cur.execute("SELECT newsflow_search_fold()")
        assert cur.fetchone()[0] == 0
