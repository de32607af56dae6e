"""Migrations against a real PostgreSQL."""

from __future__ import annotations

import psycopg2.errors
import pytest
from helpers import cursor, rows

from core.store import migrate


def test_upgrade_is_idempotent(db: str) -> None:
    assert migrate.upgrade(db) == []
    assert rows(db, "SELECT count(*) FROM schema_migrations") == [(len(migrate.available()),)]


def test_schema_has_the_skeleton_tables(db: str) -> None:
    with cursor(db) as cur:
        cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        tables = {row[0] for row in cur.fetchall()}
        cur.execute("SELECT viewname FROM pg_views WHERE schemaname = 'public'")
        views = {row[0] for row in cur.fetchall()}
    for table in ("sources", "crawl_runs", "raw_pages", "articles", "classifications", "models", "labels"):
        assert table in tables
    assert "relevant_articles" in views


def test_one_active_model_at_most(db: str) -> None:
    insert = "INSERT INTO models (version, seeds_hash, threshold, active) VALUES (%s, 'h', 0.5, true)"
    with pytest.raises(psycopg2.errors.UniqueViolation, match="models_one_active_idx"), cursor(db) as cur:
        cur.execute(insert, ("a",))
        cur.execute(insert, ("b",))


def test_analyst_role_reads_listed_metadata_but_not_bodies(db: str) -> None:
    with cursor(db) as cur:
        cur.execute("SET LOCAL ROLE newsflow_analyst")
        cur.execute("SELECT listed_published_at, listed_title FROM raw_pages LIMIT 1")
        assert cur.fetchall() == []  # the test database is empty: the point is that it may look
        with pytest.raises(psycopg2.errors.InsufficientPrivilege, match="permission denied"):
            cur.execute("SELECT body FROM raw_pages LIMIT 1")
