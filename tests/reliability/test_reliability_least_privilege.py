"""Migration 0018 (issue 15), tested as each role: the analyst creates no large object and takes no
advisory lock (the crawl's and processing's locks would block crawls for their whole timeout);
default privileges reach schema public only; the pipeline cannot rewrite schema_migrations."""

from __future__ import annotations

from collections.abc import Callable

import psycopg2.extensions
import pytest
from helpers import cursor, denied

Login = Callable[[str], psycopg2.extensions.connection]  # the ``login_as`` fixture (conftest.py)

LARGE_OBJECTS = ["SELECT lo_from_bytea(0, 'stash')", "SELECT lo_create(0)", "SELECT lo_creat(-1)"]
# The crawl's per-source lock is (0x6E66, source id); processing takes single-key locks.
ADVISORY = ["SELECT pg_advisory_lock(28262, 1)", "SELECT pg_try_advisory_lock(1)",
            "SELECT pg_advisory_lock_shared(1)", "SELECT pg_advisory_xact_lock(1)",
            "SELECT pg_try_advisory_xact_lock(28262, 1)"]


@pytest.mark.parametrize("statement", LARGE_OBJECTS + ADVISORY)
def test_the_analyst_stores_nothing_and_locks_nothing(login_as: Login, statement: str) -> None:
    assert denied(login_as("newsflow_analyst"), statement)


def test_the_pipeline_takes_its_locks_but_creates_no_large_object(login_as: Login) -> None:
    pipeline = login_as("newsflow_pipeline")
    with pipeline.cursor() as cur:
        cur.execute("SELECT pg_try_advisory_lock(28262, 1), pg_advisory_unlock(28262, 1)")
        assert cur.fetchone() == (True, True)
        cur.execute("SELECT pg_advisory_lock_shared(7), pg_advisory_unlock_shared(7)")
    assert all(denied(pipeline, statement) for statement in LARGE_OBJECTS)


def test_the_pipeline_cannot_rewrite_schema_migrations(db: str, login_as: Login) -> None:
    pipeline = login_as("newsflow_pipeline")
    with pipeline.cursor() as cur:
        cur.execute("SELECT count(*) FROM schema_migrations")
        assert cur.fetchone()[0] > 0  # run-once's up-to-date check still works
    assert denied(pipeline, "DELETE FROM schema_migrations")
    assert denied(pipeline, "UPDATE schema_migrations SET applied_at = now()")
    assert denied(pipeline, "INSERT INTO schema_migrations (version) VALUES ('9999_fake')")
    assert denied(pipeline, "TRUNCATE schema_migrations")


def test_default_privileges_reach_schema_public_only(db: str, login_as: Login) -> None:
    # As the migrations' role: its default privileges apply to what it creates.
    with cursor(db, autocommit=True) as cur:
        cur.execute("CREATE SCHEMA nf_lp_other")
        cur.execute("CREATE TABLE nf_lp_other.notes (a int)")
        cur.execute("CREATE TABLE public.nf_lp_later (a int)")
    try:
        analyst, pipeline = login_as("newsflow_analyst"), login_as("newsflow_pipeline")
        assert denied(analyst, "SELECT * FROM nf_lp_other.notes")
        assert denied(pipeline, "INSERT INTO nf_lp_other.notes VALUES (1)")
        with analyst.cursor() as cur:  # a later table in public is still the analyst's to read
            cur.execute("SELECT count(*) FROM public.nf_lp_later")
        with pipeline.cursor() as cur:
            cur.execute("INSERT INTO public.nf_lp_later VALUES (1)")
        assert denied(analyst, "INSERT INTO public.nf_lp_later VALUES (2)")
    finally:
        with cursor(db, autocommit=True) as cur:
            cur.execute("DROP SCHEMA nf_lp_other CASCADE")
            cur.execute("DROP TABLE public.nf_lp_later")
