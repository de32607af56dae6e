"""Numbered SQL migrations (``migrations/NNNN_name.sql``), each applied once, in order, in its own
transaction. Re-running applies nothing new."""

from __future__ import annotations

import re
from importlib import resources

import psycopg2.extensions

from core.store.db import connect

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
# Serialises concurrent upgrades (two DAG workers starting at once).
_LOCK_KEY = 7_130_001


def available() -> list[tuple[str, str]]:
    """(version, sql) for every migration shipped with the package, sorted."""
    folder = resources.files("core.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((entry.name.removesuffix(".sql"), entry.read_text(encoding="utf-8")))
    return sorted(found)


def applied(conn: psycopg2.extensions.connection) -> set[str]:
    with conn.cursor() as cur:
        cur.execute("SELECT to_regclass('schema_migrations')")
        if cur.fetchone()[0] is None:
            return set()
        cur.execute("SELECT version FROM schema_migrations")
        return {row[0] for row in cur.fetchall()}


def upgrade(url: str) -> list[str]:
    """Apply pending migrations; return the versions applied now."""
    conn = connect(url)
    done: list[str] = []
    try:
        # Nothing pending: touch no DDL, so a role without CREATE rights (the pipeline's) can
        # run this check at every start.
        with conn:
            if {version for version, _sql in available()} <= applied(conn):
                return done
        with conn, conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
            cur.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
            )
            have = applied(conn)
            for version, sql in available():
                if version in have:
                    continue
                cur.execute(sql)
                cur.execute("INSERT INTO schema_migrations (version) VALUES (%s)", (version,))
                done.append(version)
    finally:
        conn.close()
    return done
