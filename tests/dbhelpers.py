"""Small helpers the test modules share (imported as ``from dbhelpers import rows``)."""

from __future__ import annotations

import psycopg2


def rows(url: str, sql: str, params: tuple = ()) -> list[tuple]:
    """All rows of one parameterised query, on a connection of its own."""
    conn = psycopg2.connect(url)
    try:
        with conn, conn.cursor() as cur:
            cur.execute(sql, params)
            return cur.fetchall()
    finally:
        conn.close()
