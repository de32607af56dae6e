"""Migrations against a real PostgreSQL."""

from __future__ import annotations

import psycopg2

from core.store import migrate


def test_upgrade_is_idempotent(db: str) -> None:
    assert migrate.upgrade(db) == []
    conn = psycopg2.connect(db)
    with conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM schema_migrations")
        assert cur.fetchone()[0] == len(migrate.available())
    conn.close()


def test_schema_has_the_skeleton_tables(db: str) -> None:
    conn = psycopg2.connect(db)
    with conn, conn.cursor() as cur:
        cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        tables = {row[0] for row in cur.fetchall()}
        cur.execute("SELECT viewname FROM pg_views WHERE schemaname = 'public'")
        views = {row[0] for row in cur.fetchall()}
    conn.close()
    for table in ("sources", "crawl_runs", "raw_pages", "articles", "classifications", "models", "labels"):
        assert table in tables
    assert "relevant_articles" in views


def test_one_active_model_at_most(db: str) -> None:
    conn = psycopg2.connect(db)
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO models (version, seeds_hash, threshold, active) VALUES ('a', 'h', 0.5, true)"
        )
        try:
            cur.execute(
                "INSERT INTO models (version, seeds_hash, threshold, active) VALUES ('b', 'h', 0.5, true)"
            )
        except psycopg2.errors.UniqueViolation:
            conn.rollback()
        else:
            raise AssertionError("a second active model was accepted")
    conn.close()


def test_analyst_role_reads_listed_metadata_but_not_bodies(db: str) -> None:
    conn = psycopg2.connect(db)
    try:
        with conn.cursor() as cur:
            cur.execute("SET ROLE newsflow_analyst")
            cur.execute("SELECT listed_published_at, listed_title FROM raw_pages LIMIT 1")
            try:
                cur.execute("SELECT body FROM raw_pages LIMIT 1")
            except psycopg2.errors.InsufficientPrivilege:
                conn.rollback()
            else:
                raise AssertionError("the analyst role could read raw page bodies")
    finally:
        conn.close()
