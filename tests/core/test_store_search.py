"""Deferred full-text indexing (migration 0011, ``core.store.search``): processed articles are
searchable when the clean stage returns, a changed text is queued again, and re-runs rewrite
nothing."""

from __future__ import annotations

from raw_pages import Store, article_html, story

from cleaner.process import process_pending, reprocess
from core.store.search import index_pending

SEARCH = "SELECT id FROM articles WHERE search_vector @@ websearch_to_tsquery('english', %s) ORDER BY id"


def test_processed_articles_are_searchable_with_stemming(db: str) -> None:
    store = Store(db)
    store.page("agency", "https://agency.test/a", article_html("Deal signed", story("original")))
    store.page("daily", "https://daily.test/b", article_html("Storm warning", story("rewrite")))
    process_pending(db)
    assert store.query("SELECT count(*) FROM articles WHERE search_vector IS NULL") == [(0,)]
    found = store.query(SEARCH, ("storms warned",))  # stemmed: "Storm warning" is the title
    assert found == store.query("SELECT id FROM articles WHERE title = 'Storm warning'")
    assert len(store.query(SEARCH, ("signed",))) == 2  # in both bodies
    assert index_pending(db) == 0  # nothing left to do


def test_changed_text_is_queued_and_reindexed_unchanged_rerun_rewrites_nothing(db: str) -> None:
    store = Store(db)
    raw = store.page("agency", "https://agency.test/a", article_html("Deal signed", story("original")))
    process_pending(db)
    before = store.query("SELECT id, updated_at, search_vector::text FROM articles")
    reprocess(db, raw_page_ids=[raw])  # same page, same text: the row is left alone
    assert store.query("SELECT id, updated_at, search_vector::text FROM articles") == before

    article_id = before[0][0]
    store.query("UPDATE articles SET title = 'Ransomware report' WHERE id = %s", (article_id,))
    assert store.query("SELECT search_vector FROM articles") == [(None,)]  # queued, never stale
    assert store.query(SEARCH, ("signed",)) == []
    assert index_pending(db) == 1
    assert store.query(SEARCH, ("ransomware",)) == [(article_id,)]


def test_index_pending_works_in_batches(db: str) -> None:
    store = Store(db)
    for n in range(5):
        text = story("original") + f"\nAnnex {n} lists the signatories."
        store.page("agency", f"https://agency.test/{n}", article_html(f"Report {n}", text))
    process_pending(db)
    store.query("UPDATE articles SET search_vector = NULL")
    assert index_pending(db, batch_size=2) == 5
    assert store.query("SELECT count(*) FROM articles WHERE search_vector IS NULL") == [(0,)]
