"""Load stage benchmark: articles written into PostgreSQL per second by the clean stage's real write
path, against a plain COPY of the same rows into the same table, in the same run. Goal: >= 5,000
articles/s for the article upsert (batched ``execute_values``, not a round trip per row).

Rows are the sample site's articles with varied bodies (``corpus.py``: realistic titles and
lengths). Measured, each on an empty ``articles`` table with all its indexes:
  copy      COPY FROM STDIN of the rows (the floor: no conflict handling at all)
  upsert    ``cleaner.writes.upsert_articles`` in batches (INSERT ... ON CONFLICT DO UPDATE)
  re-run    the same upsert again on existing rows (every row conflicts: the idempotent re-run)
  index     ``core.store.search.index_pending``: the full-text vectors of the loaded articles,
            filled after the load (migration 0011); ``load + index`` is the two together
  generated the upsert into a copy of the table where search_vector is computed on insert (a
            generated column, as before migration 0011): what deferring the indexing changes
  write     ``cleaner.writes.write``: upsert + exact-duplicate check + story clustering
            (MinHash-LSH) + marking raw pages processed: everything a batch writes (on the first
            ``--write-articles`` rows only: it is much slower)

    .venv/bin/python bench/bench_load.py [--articles 20000] [--batch 500]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.store.db import connect
from core.store.server import temporary_database

GOAL_PER_SECOND = 5000
ARTICLE_COLUMNS = ("canonical_url", "url", "source_id", "raw_page_id", "title", "authors",
                   "published_at", "language", "text", "text_sha256", "word_count", "status", "extractor",
                   "extractor_version", "cleaner_version")


def make_pages(count: int, source_id: int, first_raw_id: int) -> list:
    """``Page`` objects as the clean stage builds them after extraction."""
    from corpus import varied_article

    from cleaner.extract import Extracted
    from cleaner.page import Page

    pages = []
    for number in range(count):
        article = varied_article(number)
        text = "\n".join(article.paragraphs)
        url = f"https://bench.example/articles/{number:06d}.html"
        extracted = Extracted(title=article.title, text=text, authors=[article.author],
                              published_at=article.published_at, language="en", canonical_url=url,
                              extractor="trafilatura:precision", extractor_version="bench")
        pages.append(Page(id=first_raw_id + number, source_id=source_id, url=url, canonical_url=url,
                           extracted=extracted, text_sha256=hashlib.sha256(text.encode()).hexdigest(),
                           word_count=len(text.split())))
    return pages


def seed_raw_pages(url: str, count: int) -> tuple[int, int]:
    """(source id, first raw page id): the rows articles point at (not timed)."""
    conn = connect(url)
    try:
        with conn, conn.cursor() as cur:
            cur.execute("INSERT INTO sources (name, domains) VALUES (%s, %s) RETURNING id",
                        ("bench", ["bench.example"]))
            source_id = cur.fetchone()[0]
            buffer = io.StringIO("".join(
                f"{source_id}\thttps://bench.example/articles/{n:06d}.html\t"
                f"https://bench.example/articles/{n:06d}.html\t200\n" for n in range(count)))
            cur.copy_expert("COPY raw_pages (source_id, url, canonical_url, status) FROM STDIN", buffer)
            cur.execute("SELECT min(id) FROM raw_pages")
            return source_id, cur.fetchone()[0]
    finally:
        conn.close()


def _copy_value(value: object) -> str:
    if value is None:
        return r"\N"
    if isinstance(value, list):  # a text[] literal
        quoted = ('"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"' for v in value)
        value = "{" + ",".join(quoted) + "}"
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def article_rows(pages: list) -> list[tuple]:
    from core.text import CLEANER_VERSION

    return [(p.canonical_url, p.url, p.source_id, p.id, p.extracted.title, p.extracted.authors,
             p.extracted.published_at, p.extracted.language, p.extracted.text, p.text_sha256, p.word_count,
             p.status, p.extracted.extractor, p.extracted.extractor_version, CLEANER_VERSION) for p in pages]


def empty_articles(url: str) -> None:
    conn = connect(url)
    try:
        with conn, conn.cursor() as cur:
            cur.execute("UPDATE raw_pages SET article_id = NULL, processed_at = NULL, process_status = NULL")
            # DELETE, not TRUNCATE ... CASCADE: raw_pages refers to articles and must stay.
            cur.execute("DELETE FROM article_bands; DELETE FROM articles; DELETE FROM stories")
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("VACUUM ANALYZE articles")
    finally:
        conn.close()


def time_copy(url: str, pages: list) -> float:
    conn = connect(url)
    try:
        started = time.perf_counter()
        lines = ("\t".join(_copy_value(v) for v in row) + "\n" for row in article_rows(pages))
        buffer = io.StringIO("".join(lines))
        with conn, conn.cursor() as cur:
            cur.copy_expert(f"COPY articles ({', '.join(ARTICLE_COLUMNS)}) FROM STDIN", buffer)
        return time.perf_counter() - started
    finally:
        conn.close()


def time_generated(url: str, pages: list, batch: int) -> float:
    """The same batched upsert into ``LIKE articles INCLUDING ALL`` whose search_vector is a stored
    generated column again (what migration 0006 had): full-text indexing on the insert path."""
    from cleaner.writes import upsert_articles

    conn = connect(url)
    try:
        with conn, conn.cursor() as cur:
            cur.execute("ALTER TABLE articles RENAME TO bench_articles_deferred")
            cur.execute("CREATE TABLE articles (LIKE bench_articles_deferred INCLUDING ALL)")
            cur.execute("ALTER TABLE articles DROP COLUMN search_vector")
            cur.execute("ALTER TABLE articles ADD COLUMN search_vector tsvector "
                        "GENERATED ALWAYS AS (newsflow_search_vector(title, text)) STORED")
        seconds = time_batches(url, pages, batch, upsert_articles)
        with conn, conn.cursor() as cur:
            cur.execute("DROP TABLE articles")
            cur.execute("ALTER TABLE bench_articles_deferred RENAME TO articles")
        return seconds
    finally:
        conn.close()


def time_batches(url: str, pages: list, batch: int, step) -> float:
    """Seconds to run ``step(cursor, batch_pages)`` over all pages, one transaction per batch."""
    conn = connect(url)
    try:
        started = time.perf_counter()
        for start in range(0, len(pages), batch):
            with conn, conn.cursor() as cur:
                step(cur, pages[start : start + batch])
        return time.perf_counter() - started
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--write-articles", type=int, default=2000)
    args = parser.parse_args()
    from cleaner.writes import upsert_articles, write
    from core.store.search import index_pending

    with temporary_database("nf_bench_load") as (url, origin):
        source_id, first_id = seed_raw_pages(url, args.articles)
        pages = make_pages(args.articles, source_id, first_id)
        total_chars = sum(len(p.extracted.text) for p in pages)

        empty_articles(url)
        copy_seconds = time_copy(url, pages)
        empty_articles(url)
        upsert_seconds = time_batches(url, pages, args.batch, upsert_articles)
        rerun_seconds = time_batches(url, pages, args.batch, upsert_articles)
        started = time.perf_counter()
        indexed = index_pending(url)
        index_seconds = time.perf_counter() - started
        assert indexed == len(pages), indexed
        empty_articles(url)
        generated_seconds = time_generated(url, pages, args.batch)
        empty_articles(url)
        write_pages = pages[: args.write_articles]
        write_seconds = time_batches(url, write_pages, args.batch, write) * len(pages) / len(write_pages)

    n = args.articles
    print(f"postgres: {origin}; {n} articles ({total_chars / n:.0f} characters of text each), "
          f"batches of {args.batch}")
    results = [("copy (baseline)", copy_seconds), ("upsert (insert)", upsert_seconds),
               ("upsert (re-run)", rerun_seconds), ("index (full text)", index_seconds),
               ("load + index", upsert_seconds + index_seconds),
               ("generated column", generated_seconds), (f"write (first {len(write_pages)})", write_seconds)]
    for label, seconds in results:
        print(f"  {label:<20} {n / seconds:8.0f} articles/s  {seconds:6.2f} s  "
              f"{seconds / copy_seconds:5.2f}x the COPY time")
    rate = n / upsert_seconds
    print(f"article upsert: {rate:.0f} articles/s (goal >= {GOAL_PER_SECOND}: "
          f"{'met' if rate >= GOAL_PER_SECOND else 'NOT met'}); re-run {n / rerun_seconds:.0f}/s; "
          f"full write path {n / write_seconds:.0f}/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
