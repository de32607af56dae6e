"""process_pending / reprocess against the real PostgreSQL: articles, lineage, statuses, exact
duplicates, story clustering across runs, bad pages, idempotence."""

from __future__ import annotations

import hashlib
import json
import threading
from datetime import UTC, datetime
from pathlib import Path

import psycopg2
import pytest
from helpers import REPO
from raw_pages import ENGLISH_BODY, FIXTURES, Store, article_html, story

from cleaner.process import pending_batches, process_pending, reprocess
from core.text import CLEANER_VERSION
from newsflow.cli import main


@pytest.fixture
def store(db: str) -> Store:
    return Store(db)


def test_article_written_with_lineage(store: Store) -> None:
    raw = store.page("agency", "https://agency.test/a1", article_html("Deal signed", story("original")))
    result = process_pending(store.url)
    assert (result.pages, result.articles_new, result.errors) == (1, 1, 0)
    article = store.article(raw)
    assert article["raw_page_id"] == raw
    assert article["extractor"].startswith("trafilatura") and article["extractor_version"]
    assert article["cleaner_version"] == CLEANER_VERSION
    assert article["status"] == "ok" and article["language"] == "en" and article["title"] == "Deal signed"
    assert article["text_sha256"] == hashlib.sha256(article["text"].encode()).hexdigest()
    assert "BEIJING, March 3 (Xinhua)" in article["text"]
    assert "Leave a Reply" not in article["text"] and "Storm closes schools" not in article["text"]
    assert store.outcome(raw) == ("article", None, True)
    assert article["story_id"] is not None
    assert process_pending(store.url).pages == 0  # nothing left pending


def test_bad_pages_recorded_and_batch_goes_on(store: Store) -> None:
    good = store.page("site", "https://site.test/good", article_html("Good", story("original")))
    missing = store.page("site", "https://site.test/404", b"<html>not found</html>", status=404)
    pdf = store.page("site", "https://site.test/doc.pdf", b"%PDF-1.7",
                     headers={"Content-Type": "application/pdf"})
    empty = store.page("site", "https://site.test/empty", b"")
    broken = store.page("site", "https://site.test/broken", b"<html><p>x</p></html>",
                        headers=["not", "a", "dict"])
    batches: list[int] = []
    result = process_pending(store.url, batch_size=2, progress=batches.append)
    assert (result.pages, result.articles_new, result.skipped, result.errors) == (5, 1, 3, 1)
    assert sum(batches) == 5 and max(batches) <= 2  # progress per committed batch
    assert store.outcome(good)[0] == "article"
    assert store.outcome(missing) == ("skipped", "HTTP status 404", True)
    assert store.outcome(pdf) == ("skipped", "not HTML", True)
    assert store.outcome(empty) == ("skipped", "empty body", True)
    status, error, processed = store.outcome(broken)
    assert status == "error" and processed and "AttributeError" in error
    assert store.query("SELECT count(*) FROM articles")[0][0] == 1


def test_page_the_database_refuses_is_recorded_and_batch_goes_on(store: Store) -> None:
    good = store.page("site", "https://site.test/good", article_html("Good", story("original")))
    # The page declares a canonical URL too long for the articles' unique index.
    noise = "".join(hashlib.sha256(str(n).encode()).hexdigest() for n in range(150))
    refused = store.page("site", "https://site.test/long",
                         article_html("Long", story("rewrite"), canonical=f"https://site.test/{noise}"))
    result = process_pending(store.url)
    assert (result.pages, result.articles_new, result.errors) == (2, 1, 1)
    assert store.outcome(good)[0] == "article"
    status, error, processed = store.outcome(refused)
    assert status == "error" and processed and "index" in error
    assert process_pending(store.url).pages == 0


def test_statuses_short_foreign_and_not_text_are_kept(store: Store) -> None:
    short = store.page("site", "https://site.test/short", article_html("Brief", ENGLISH_BODY))
    russian = (FIXTURES / "article_ru_cp1251.html").read_bytes()
    foreign = store.page("site", "https://site.test/ru", russian, headers={"Content-Type": "text/html"})
    table = "\n".join(" ".join(str(n * k) for k in range(1, 12)) + " —" for n in range(1, 40))
    numbers = store.page("site", "https://site.test/table", article_html("Results 2024", table))
    process_pending(store.url)
    assert store.article(short)["status"] == "too_short"
    assert store.article(foreign)["status"] == "other_language"
    assert store.article(foreign)["language"] == "ru"
    assert store.article(numbers)["status"] == "not_text"
    # Stubs and tables are not story material; prose in another language is.
    assert store.article(short)["story_id"] is None and store.article(numbers)["story_id"] is None
    assert store.article(foreign)["story_id"] is not None


def test_exact_duplicate_text_stored_once(store: Store) -> None:
    first = store.page("agency", "https://agency.test/deal", article_html("Deal signed", story("original")))
    process_pending(store.url)
    copy = store.page("mirror", "https://mirror.test/news/deal",
                      article_html("Deal signed", story("original")))
    result = process_pending(store.url)
    assert result.duplicates == 1 and result.articles_new == 0
    assert store.query("SELECT count(*) FROM articles")[0][0] == 1
    status, _, _ = store.outcome(copy)
    assert status == "duplicate"
    assert store.article(copy)["id"] == store.article(first)["id"]


def test_same_site_rel_canonical_is_the_key_other_site_is_ignored(store: Store) -> None:
    canonical = "https://news.test/world/deal"
    amp = store.page("news", "https://news.test/amp/deal?utm_source=x",
                     article_html("Deal", story("original"), canonical=canonical))
    mobile = store.page("news", "https://m.news.test/world/deal",
                        article_html("Deal (updated)", story("syndicated"), canonical=canonical))
    foreign = store.page("blog", "https://blog.test/copied",
                         article_html("Copied", story("rewrite"), canonical="https://other.test/orig"))
    process_pending(store.url)
    assert store.article(amp)["id"] == store.article(mobile)["id"]
    assert store.article(mobile)["canonical_url"] == canonical
    assert store.article(mobile)["title"] == "Deal (updated)"  # the later raw page wins
    assert store.article(foreign)["canonical_url"] == "https://blog.test/copied"
    assert store.query("SELECT count(*) FROM articles")[0][0] == 2


def test_syndicated_copy_joins_story_across_runs_rewrite_does_not(store: Store) -> None:
    original = store.page("xinhua", "https://xinhua.test/a",
                          article_html("China, Russia sign deal", story("original")))
    process_pending(store.url)
    copy = store.page("daily", "https://daily.test/b",
                      article_html("China and Russia sign info security pact", story("syndicated"),
                                   published="2024-03-04T08:00:00+00:00"))
    rewrite = store.page("weekly", "https://weekly.test/c",
                         article_html("Moscow and Beijing", story("rewrite")))
    result = process_pending(store.url)
    assert result.stories_new == 1  # only the rewrite starts a story
    first, second, third = (store.article(r) for r in (original, copy, rewrite))
    assert first["story_id"] == second["story_id"]
    assert third["story_id"] not in (None, first["story_id"])
    count, title, first_seen, last_seen = store.query(
        "SELECT article_count, title, first_seen_at, last_seen_at FROM stories WHERE id = %s",
        (first["story_id"],),
    )[0]
    assert count == 2 and title == "China, Russia sign deal"
    assert first_seen.isoformat().startswith("2024-03-03") and last_seen.isoformat().startswith("2024-03-04")


def test_near_duplicates_within_one_batch_share_a_story(store: Store) -> None:
    a = store.page("xinhua", "https://xinhua.test/a", article_html("Deal", story("original")))
    b = store.page("daily", "https://daily.test/b", article_html("Deal", story("syndicated")))
    c = store.page("weekly", "https://weekly.test/c", article_html("Accord", story("rewrite")))
    result = process_pending(store.url)
    assert result.stories_new == 2
    assert store.article(a)["story_id"] == store.article(b)["story_id"] != store.article(c)["story_id"]


def test_rerun_and_reprocess_leave_identical_tables(store: Store) -> None:
    for n, name in enumerate(["original", "syndicated", "rewrite", "original"]):
        store.page(f"s{n % 3}", f"https://s{n}.test/p", article_html(f"T{n}", story(name)))
    store.page("s0", "https://s0.test/404", b"x", status=404)
    process_pending(store.url, batch_size=2)
    before = store.snapshot()
    assert process_pending(store.url).pages == 0
    again = reprocess(store.url, batch_size=3)
    assert again.pages == 5
    assert store.snapshot() == before


def test_reprocess_by_source_restores_stale_articles(store: Store) -> None:
    mine = store.page("agency", "https://agency.test/a", article_html("A", story("original")))
    other = store.page("weekly", "https://weekly.test/c", article_html("C", story("rewrite")))
    process_pending(store.url)
    store.query("UPDATE articles SET text = 'stale', cleaner_version = 'old'")
    assert main(["reprocess", "--source", "agency"]) == 0
    restored = store.article(mine)
    assert restored["text"].startswith("BEIJING") and restored["cleaner_version"] == CLEANER_VERSION
    assert store.article(other)["text"] == "stale"  # other sources untouched
    assert main(["reprocess", "--since", "2999-01-01"]) == 0
    assert store.article(other)["text"] == "stale"
    assert main(["reprocess", "--source", "no-such-source"]) == 2


def test_parallel_batches_never_collide(store: Store) -> None:
    for n in range(12):
        text = story("original") if n % 3 == 0 else story("rewrite") if n % 3 == 1 else ENGLISH_BODY * 12
        store.page(f"s{n % 4}", f"https://s{n}.test/p{n}", article_html(f"T{n}", text + f"\nEdition {n}."))
    batches = pending_batches(store.url, 3)
    assert [len(b) for b in batches] == [3, 3, 3, 3]
    results, errors = [], []

    def work(ids: list[int]) -> None:
        try:
            results.append(process_pending(store.url, raw_page_ids=ids, batch_size=len(ids)))
        except Exception as exc:  # surfaced by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(ids,)) for ids in batches]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sum(r.pages for r in results) == 12
    assert store.query("SELECT count(*) FROM raw_pages WHERE processed_at IS NULL")[0][0] == 0
    # Three distinct texts (each with an edition line): three stories, whatever the interleaving.
    assert store.query("SELECT count(*) FROM stories")[0][0] == 3
    assert store.query("SELECT sum(article_count) FROM stories")[0][0] == 12


@pytest.mark.shared
def test_seed_overlap_pairs_grouped_and_other_writeups_apart(store: Store, shared_dir: Path) -> None:
    dev = shared_dir / "data" / "relevance-dev" / "relevance_dev.jsonl"
    rows = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines()]
    overlap = {row["url"]: row["excerpt"] for row in rows if row.get("seed_overlap")}
    seeds = REPO / "seeds" / "international_information_security"
    seed_pages = {}
    for path in sorted(seeds.glob("*.txt")):
        seed_pages[path.name] = store.page("seeds", f"https://seeds.test/{path.stem}",
                                           article_html(path.stem, path.read_text(encoding="utf-8")))
    process_pending(store.url)
    others = {url: store.page("outlets", url, article_html("report", text)) for url, text in overlap.items()}
    process_pending(store.url)

    def story_of(raw_id: int) -> int:
        return store.article(raw_id)["story_id"]

    seed_story = {name: story_of(raw) for name, raw in seed_pages.items()}
    assert len(set(seed_story.values())) == len(seed_story)  # five different events
    matched = {url: story_of(raw) for url, raw in others.items()}
    same = [url for url, sid in matched.items() if sid in seed_story.values()]
    # The page a seed was copied from, and republications of the same wire story, join that seed's story.
    assert any("vietnamnet.vn" in url for url in same)
    assert any("independent.co.ug" in url for url in same)
    assert any("interfax.com" in url for url in same)
    # Other outlets' own write-ups of the same events stay apart.
    assert not any("dig.watch" in url or "vietnamplus" in url for url in same)


@pytest.mark.slow  # 2-6 s of clustering
def test_copies_beyond_bucket_cap_still_join_one_story(store: Store) -> None:
    """More near-identical copies than one LSH bucket yields (BUCKET_CAP), in one batch and in a
    later run: all join the original's story; a rewrite of the event stays apart."""
    from cleaner.dedup import BUCKET_CAP

    original = store.page("xinhua", "https://xinhua.test/a", article_html("Deal", story("original")))

    def copies(first: int, count: int) -> list[int]:
        # A distinct closing line each, so that they are near (not exact) duplicates.
        return [store.page("daily", f"https://daily.test/{n}",
                           article_html("Deal", story("syndicated") + f"\nReported by desk number {n}."))
                for n in range(first, first + count)]

    first_run = copies(0, BUCKET_CAP + 20)
    process_pending(store.url)
    second_run = copies(1000, BUCKET_CAP + 10)
    rewrite = store.page("weekly", "https://weekly.test/c", article_html("Accord", story("rewrite")))
    result = process_pending(store.url)
    assert result.stories_new == 1  # the rewrite only
    story_ids = {store.article(r)["story_id"] for r in [original, *first_run, *second_run]}
    assert story_ids == {store.article(original)["story_id"]} and None not in story_ids
    assert store.article(rewrite)["story_id"] not in story_ids | {None}
    assert store.query("SELECT article_count FROM stories WHERE id = %s",
                       (store.article(original)["story_id"],))[0][0] == 1 + len(first_run) + len(second_run)


def test_band_hashes_equal_datasketch_minhash() -> None:
    """The vectorised MinHash gives datasketch's values (stored bands must not change)."""
    import random

    from datasketch import MinHash

    from cleaner.dedup import BAND_ROWS, BANDS, MINHASH_SCHEME, NUM_PERM, band_hashes, shingles

    generator = random.Random(7)
    texts = [story("original"), story("rewrite"), "ΟΔΟΣ ΚΑΙ Σ İstanbul straße " * 9, ""]
    texts += [" ".join(str(generator.random()) for _ in range(n)) for n in (1, 30, 600, 1500)]
    for text in texts:
        found = shingles(text)
        minhash = MinHash(num_perm=NUM_PERM, seed=1, scheme=MINHASH_SCHEME)
        minhash.update_batch([s.encode("utf-8") for s in found])
        rows = minhash.hashvalues.reshape(BANDS, BAND_ROWS)
        expected = [(band, int.from_bytes(hashlib.blake2b(row.tobytes(), digest_size=8).digest(), "big",
                                          signed=True)) for band, row in enumerate(rows)]
        assert band_hashes(found) == expected


def test_relative_date_read_against_the_raw_pages_fetch_time(store: Store) -> None:
    """A page that says only "3 hours ago" is dated from its own fetch time (lineage: raw_pages),
    and a time the feed listed, being absolute, wins over it; reprocess gives the same."""
    page = ("<html lang='en'><body><article><h1>Harbour closed as storm nears</h1><p>3 hours ago</p>"
            + f"<p>{ENGLISH_BODY}</p>" * 4 + "</article></body></html>").encode()
    relative = store.page("wire", "https://wire.test/storm", page)
    listed = store.page("wire", "https://wire.test/storm-2", page.replace(b"Harbour", b"Port"))
    store.query("UPDATE raw_pages SET fetched_at = '2024-04-12T18:30:00+00:00' WHERE id IN (%s, %s) "
                "RETURNING id", (relative, listed))
    store.query("UPDATE raw_pages SET listed_published_at = '2024-04-12T10:00:00+00:00' WHERE id = %s "
                "RETURNING id", (listed,))
    process_pending(store.url)
    three_hours_before = datetime(2024, 4, 12, 15, 30, tzinfo=UTC)
    assert store.article(relative)["published_at"] == three_hours_before
    assert store.article(listed)["published_at"] == datetime(2024, 4, 12, 10, 0, tzinfo=UTC)
    reprocess(store.url, raw_page_ids=[relative])
    assert store.article(relative)["published_at"] == three_hours_before


def test_bodies_read_by_binary_copy_are_the_stored_bytes(store: Store) -> None:
    """The batch's bodies come through a binary COPY (not hex text): every byte value, an empty
    body and a NULL one come back as stored."""
    import cleaner.claims

    stored = {
        store.page("copy", "https://copy.example/all", bytes(range(256)) * 3): bytes(range(256)) * 3,
        store.page("copy", "https://copy.example/empty", b""): b"",
        store.page("copy", "https://copy.example/null", None): None,
        store.page("copy", "https://copy.example/page", article_html("T", story("original"))): None,
    }
    page_id = max(stored)
    stored[page_id] = bytes(store.query("SELECT body FROM raw_pages WHERE id = %s", (page_id,))[0][0])
    conn = psycopg2.connect(store.url)
    try:
        with conn, conn.cursor() as cur:
            assert cleaner.claims.read_bodies(cur, sorted(stored)) == stored
            assert cleaner.claims.read_bodies(cur, [max(stored) + 1]) == {}
    finally:
        conn.close()
