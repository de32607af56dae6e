"""process_pending with several worker processes writes exactly what one worker writes: the same
article ids, story ids, dedup decisions and raw page outcomes (writes run in batch order)."""

from __future__ import annotations

import pytest
from raw_pages import ENGLISH_BODY, Store, article_html, story

from cleaner.process import process_pending

TABLES = ("articles", "raw_pages", "bands")


def _stories(store: Store) -> list[tuple]:
    # Every page states its publication time, so first/last seen are absolute, not wall-clock.
    return store.query("SELECT id, title, article_count, first_seen_at, last_seen_at FROM stories "
                       "ORDER BY id")


@pytest.fixture
def store(db: str) -> Store:
    return Store(db)


def _pages(store: Store) -> int:
    """Syndicated copies, rewrites, exact duplicates under other URLs, re-fetches of one URL,
    short and failed pages, spread over four sources: every dedup and story path, many batches."""
    texts = [story("original"), story("syndicated"), story("rewrite"), ENGLISH_BODY * 12]
    count = 0
    for n in range(36):
        kind = n % 6
        if kind == 5:
            store.page(f"s{n % 4}", f"https://s{n % 4}.test/missing{n}", b"gone", status=404)
        elif kind == 4:  # the same text again under another outlet's URL: an exact duplicate
            store.page(f"s{(n + 1) % 4}", f"https://dup{n}.test/a", article_html(f"T{n - 1}", texts[0]))
        elif kind == 3 and n > 10:  # a re-fetch of an earlier URL with an edited text
            store.page("s0", "https://s0.test/p0", article_html("T0 updated", texts[0] + "\nUpdated."))
        else:
            store.page(f"s{n % 4}", f"https://s{n % 4}.test/p{n}",
                       article_html(f"T{n}", texts[kind % 4] + f"\nEdition {n // 6}."))
        count += 1
    return count


def _reset_outputs(store: Store) -> None:
    """Forget what processing wrote, ids included (sequences restarted), keeping the raw pages."""
    store.query("UPDATE raw_pages SET processed_at = NULL, process_status = NULL, process_error = NULL, "
                "article_id = NULL RETURNING id")
    store.query("DELETE FROM article_bands RETURNING article_id")
    store.query("DELETE FROM articles RETURNING id")
    store.query("DELETE FROM stories RETURNING id")
    for table in ("articles", "stories"):
        store.query("SELECT setval(pg_get_serial_sequence(%s, 'id'), 1, false)", (table,))


@pytest.mark.parametrize("workers", [2, 3])
def test_workers_write_the_tables_of_a_serial_run(store: Store, workers: int) -> None:
    total = _pages(store)
    serial = process_pending(store.url, batch_size=4, workers=1)
    assert serial.pages == total and serial.duplicates > 0 and serial.stories_new > 0
    expected, stories = store.snapshot(), _stories(store)
    assert len(stories) >= 3 and any(count > 1 for _id, _title, count, *_ in stories)
    _reset_outputs(store)
    parallel = process_pending(store.url, batch_size=4, workers=workers)
    assert parallel == serial
    got = store.snapshot()
    for table in TABLES:
        assert got[table] == expected[table], table
    assert _stories(store) == stories


def test_one_batch_runs_in_this_process(store: Store) -> None:
    _pages(store)
    progress: list[int] = []
    result = process_pending(store.url, batch_size=1000, workers=4, progress=progress.append)
    assert progress == [result.pages] == [36]


def test_workers_index_their_own_batches(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Full-text indexing runs in the workers after each batch (on every core), so the final pass,
    kept for what an interrupted earlier run left, finds nothing to do."""
    import cleaner.process

    left_for_the_end: list[int] = []
    real = cleaner.process.index_pending
    monkeypatch.setattr(cleaner.process, "index_pending",
                        lambda url, **kw: left_for_the_end.append(real(url, **kw)))
    _pages(store)
    process_pending(store.url, batch_size=4, workers=2)
    assert left_for_the_end == [0]
    (unindexed, articles), = store.query("SELECT count(*) FILTER (WHERE search_vector IS NULL), count(*) "
                                         "FROM articles")
    assert (unindexed, articles > 0) == (0, True)
