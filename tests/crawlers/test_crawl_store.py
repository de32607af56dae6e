"""crawlers.store.insert_pages (COPY) keeps every field byte for byte, awkward characters included."""

from __future__ import annotations

import hashlib
from datetime import datetime

from helpers import connection, rows

from crawlers import store


def test_insert_pages_is_lossless(db: str) -> None:
    body = bytes(range(256)) * 3 + "<p>\\N \t tab \n newline \\ backslash — ünïcode</p>".encode()
    row = {
        "url": "http://site.test/a\\b?q=1\t2",
        "canonical_url": "http://site.test/a\\b",
        "final_url": "http://site.test/a\\b\nx",
        "status": 200,
        "headers": {"Content-Type": "text/html; charset=utf-8", "X-Odd": "a\\tb\r\n\\N"},
        "body": body,
        "body_sha256": hashlib.sha256(body).hexdigest(),
        "encoding": None,
        "found_via": "\\N",
        "listed_published_at": "2026-09-01T06:20:00+00:00",
        "listed_title": "Title with \\N, a tab\tand a line\nbreak",
    }
    with connection(db, autocommit=True) as conn:  # store.insert_pages takes a connection
        with conn.cursor() as cur:
            cur.execute("INSERT INTO sources (name) VALUES ('s') RETURNING id")
            source_id = cur.fetchone()[0]
            cur.execute("INSERT INTO crawl_runs (source_id) VALUES (%s) RETURNING id", (source_id,))
            row.update(crawl_run_id=cur.fetchone()[0], source_id=source_id)
        assert store.insert_pages(conn, [row, {**row, "url": "http://site.test/2", "body": b""}]) == 2
    first, second = rows(db, "SELECT url, canonical_url, final_url, status, headers, body, body_sha256,"
                             " encoding, found_via, listed_published_at, listed_title FROM raw_pages"
                             " ORDER BY id")
    columns = ("url", "canonical_url", "final_url", "status", "headers", "body", "body_sha256",
               "encoding", "found_via")
    stored = dict(zip(columns, first[:9], strict=True))
    assert {**stored, "body": bytes(stored["body"])} == {c: row[c] for c in columns}
    assert bytes(first[5]) == body and bytes(second[5]) == b"" and second[0] == "http://site.test/2"
    assert first[9] == datetime.fromisoformat(row["listed_published_at"]) and first[10] == row["listed_title"]
