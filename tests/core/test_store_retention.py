"""Storage (migration 0016): raw bodies lz4-compressed where the server has it; retention drops the
bodies of old processed pages, keeps their hash, headers and lineage, never touches pending pages,
and reprocess lists what can no longer be re-extracted."""

from __future__ import annotations

import psycopg2
from helpers import rows
from raw_pages import ENGLISH_BODY, Store, article_html

from cleaner.process import process_pending, reprocess
from core.store.db import connect
from core.store.retention import drop_old_bodies


def _lz4_available(url: str) -> bool:
    conn = connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute("SET default_toast_compression = lz4")
        return True
    except psycopg2.Error:
        return False
    finally:
        conn.close()


def test_bodies_and_texts_compressed_with_lz4_where_available(db: str) -> None:
    found = dict(rows(db, "SELECT attrelid::regclass::text, attcompression FROM pg_attribute "
                          "WHERE (attrelid, attname) IN (('raw_pages'::regclass, 'body'), "
                          "('articles'::regclass, 'text'))"))
    expected = "l" if _lz4_available(db) else ""
    assert found == {"raw_pages": expected, "articles": expected}


def test_retention_drops_old_processed_bodies_only(db: str) -> None:
    store = Store(db)
    old = store.page("s", "https://s.test/old", article_html("Old", ENGLISH_BODY * 12))
    new = store.page("s", "https://s.test/new", article_html("New", ENGLISH_BODY * 11 + "Other ending."))
    process_pending(db, workers=1)
    pending = store.page("s", "https://s.test/pending", article_html("P", ENGLISH_BODY * 10))
    store.query("UPDATE raw_pages SET fetched_at = now() - interval '40 days' WHERE id IN (%s, %s) "
                "RETURNING id", (old, pending))
    before = store.query("SELECT body_sha256, headers, article_id, crawl_run_id FROM raw_pages WHERE id = %s",
                         (old,))
    assert drop_old_bodies(db, None) == 0
    assert drop_old_bodies(db, 30) == 1
    assert drop_old_bodies(db, 30) == 0  # nothing left to drop
    state = dict((r[0], r[1:]) for r in store.query(
        "SELECT id, body IS NULL, body_dropped_at IS NOT NULL FROM raw_pages"))
    assert state == {old: (True, True), new: (False, False), pending: (False, False)}
    assert store.query("SELECT body_sha256, headers, article_id, crawl_run_id FROM raw_pages WHERE id = %s",
                       (old,)) == before
    assert store.article(old)["text"].startswith("The delegates")  # the article stays

    again = reprocess(db)
    assert again.body_dropped == [old]
    assert store.outcome(old) == ("article", None, True)  # left as it was, not re-extracted
    assert store.outcome(pending) == ("article", None, True)
