"""The write phase of a batch, under the write lock: exact duplicates stored once, articles upserted
on canonical URL (an older raw page never overwrites a newer one's article, an unchanged row is not
rewritten), stories assigned, and every raw page marked processed with its outcome."""

from __future__ import annotations

import logging
from dataclasses import replace

import psycopg2
from psycopg2.extras import execute_values
from pydantic import BaseModel

from cleaner.dedup import assign_stories
from cleaner.page import CLUSTERED_STATUSES, ERROR_CHARS, Page
from core.text import CLEANER_VERSION
from core.vocabulary import ArticleStatus, PageOutcome

log = logging.getLogger(__name__)


class ProcessResult(BaseModel):
    """Counts of one ``process_pending`` call."""

    pages: int = 0
    articles_new: int = 0
    articles_updated: int = 0
    duplicates: int = 0
    skipped: int = 0
    errors: int = 0
    stories_new: int = 0
    # reprocess: raw pages asked for whose body retention dropped (they cannot be re-extracted).
    body_dropped: list[int] = []

    def add(self, other: ProcessResult) -> None:
        for name in type(self).model_fields:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def write_guarded(cur, pages: list[Page]) -> ProcessResult:
    """Write the batch; if the database refuses it, write page by page so that only the page it
    refuses is marked as an error (a poison page must not block its batch forever)."""
    cur.execute("SAVEPOINT clean_batch")
    try:
        return write(cur, pages)
    except psycopg2.DatabaseError as exc:
        cur.execute("ROLLBACK TO SAVEPOINT clean_batch")
        log.warning("batch write failed (%s); writing its %d page(s) one by one", exc, len(pages))
    result = ProcessResult()
    for page in pages:
        cur.execute("SAVEPOINT clean_page")
        try:
            result.add(write(cur, [page]))
        except psycopg2.DatabaseError as exc:
            cur.execute("ROLLBACK TO SAVEPOINT clean_page")
            page.outcome = PageOutcome.ERROR
            page.reason = f"{type(exc).__name__}: {exc}".strip()[:ERROR_CHARS]
            page.article_id = None
            mark_processed(cur, [page])
            result.add(ProcessResult(pages=1, errors=1))
    return result


def write(cur, pages: list[Page]) -> ProcessResult:
    result = ProcessResult(pages=len(pages))
    candidates = [p for p in pages if p.outcome == PageOutcome.ARTICLE]
    _mark_exact_duplicates(cur, candidates)
    articles = _latest_per_url([p for p in candidates if p.outcome == PageOutcome.ARTICLE])
    inserted, changed = upsert_articles(cur, articles)
    ids = _article_ids(cur, [p.canonical_url for p in candidates if p.outcome == PageOutcome.ARTICLE])
    for page in candidates:
        if page.outcome == PageOutcome.ARTICLE:
            page.article_id = ids[page.canonical_url][0]
    items = [
        replace(p.cluster, article_id=ids[p.canonical_url][0], story_id=ids[p.canonical_url][1])
        for p in articles
        # This page is the article's current source, and its text is prose worth comparing
        # (teasers and paywall stubs look alike across unrelated articles of one site).
        if ids[p.canonical_url][2] == p.id and p.status in CLUSTERED_STATUSES and p.cluster is not None
    ]
    _, result.stories_new = assign_stories(cur, items)
    mark_processed(cur, pages)
    result.articles_new = inserted
    result.articles_updated = changed
    result.duplicates = sum(p.outcome == PageOutcome.DUPLICATE for p in pages)
    result.skipped = sum(p.outcome == PageOutcome.SKIPPED for p in pages)
    result.errors = sum(p.outcome == PageOutcome.ERROR for p in pages)
    return result


def _mark_exact_duplicates(cur, pages: list[Page]) -> None:
    """A readable text already stored under another URL (or earlier in this batch) is stored once:
    the later page points at the existing article."""
    hashes = sorted({p.text_sha256 for p in pages if p.status == ArticleStatus.OK})
    if not hashes:
        return
    cur.execute(
        "SELECT DISTINCT ON (text_sha256) text_sha256, id, canonical_url FROM articles "
        "WHERE status = 'ok' AND text_sha256 = ANY(%s) ORDER BY text_sha256, id",
        (hashes,),
    )
    first: dict[str, tuple[int | None, str]] = {row[0]: (row[1], row[2]) for row in cur.fetchall()}
    for page in sorted(pages, key=lambda p: p.id):
        if page.status != ArticleStatus.OK:
            continue
        owner = first.setdefault(page.text_sha256, (None, page.canonical_url))
        if owner[1] != page.canonical_url:
            page.outcome = PageOutcome.DUPLICATE
            page.duplicate_of_url = owner[1]


def _latest_per_url(pages: list[Page]) -> list[Page]:
    """One page per canonical URL (the most recent raw page), in id order."""
    latest: dict[str, Page] = {}
    for page in sorted(pages, key=lambda p: p.id):
        latest[page.canonical_url] = page
    return sorted(latest.values(), key=lambda p: p.id)


def upsert_articles(cur, pages: list[Page]) -> tuple[int, int]:
    """Insert or update articles keyed on canonical URL; an older raw page never overwrites the
    article of a newer one. Returns (inserted, changed) counts."""
    if not pages:
        return 0, 0
    rows = [
        # ``url`` is the canonical URL too (no tracking parameters); the fetched URL stays in raw_pages.
        (p.canonical_url, p.canonical_url, p.source_id, p.id, p.extracted.title, p.extracted.authors,
         p.extracted.published_at, p.extracted.language, p.extracted.text, p.text_sha256, p.word_count,
         p.status, p.extracted.extractor, p.extracted.extractor_version, CLEANER_VERSION)
        for p in pages
    ]
    returned = execute_values(
        cur,
        "INSERT INTO articles (canonical_url, url, source_id, raw_page_id, title, authors, published_at, "
        "language, text, text_sha256, word_count, status, extractor, extractor_version, cleaner_version) "
        "VALUES %s ON CONFLICT (canonical_url) DO UPDATE SET url = EXCLUDED.url, "
        "source_id = EXCLUDED.source_id, raw_page_id = EXCLUDED.raw_page_id, title = EXCLUDED.title, "
        "authors = EXCLUDED.authors, published_at = EXCLUDED.published_at, language = EXCLUDED.language, "
        "text = EXCLUDED.text, text_sha256 = EXCLUDED.text_sha256, word_count = EXCLUDED.word_count, "
        "status = EXCLUDED.status, extractor = EXCLUDED.extractor, "
        "extractor_version = EXCLUDED.extractor_version, cleaner_version = EXCLUDED.cleaner_version, "
        "updated_at = now() "
        "WHERE (articles.raw_page_id IS NULL OR articles.raw_page_id <= EXCLUDED.raw_page_id) "
        # An unchanged row is left alone: a re-run rewrites nothing, updated_at included.
        "AND (articles.url, articles.source_id, articles.raw_page_id, articles.title, articles.authors, "
        "articles.published_at, articles.language, articles.text_sha256, articles.word_count, "
        "articles.status, articles.extractor, articles.extractor_version, articles.cleaner_version) "
        "IS DISTINCT FROM (EXCLUDED.url, EXCLUDED.source_id, EXCLUDED.raw_page_id, EXCLUDED.title, "
        "EXCLUDED.authors, EXCLUDED.published_at, EXCLUDED.language, EXCLUDED.text_sha256, "
        "EXCLUDED.word_count, EXCLUDED.status, EXCLUDED.extractor, EXCLUDED.extractor_version, "
        "EXCLUDED.cleaner_version) "
        "RETURNING (xmax = 0)",
        rows,
        template="(%s, %s, %s, %s, %s, %s::text[], %s, %s, %s, %s, %s, %s, %s, %s, %s)",
        fetch=True,
        page_size=len(rows),  # one statement a batch (psycopg2's default: one per 100 rows)
    )
    inserted = sum(1 for (was_insert,) in returned if was_insert)
    return inserted, len(returned) - inserted


def _article_ids(cur, urls: list[str]) -> dict[str, tuple[int, int | None, int | None]]:
    """canonical URL -> (article id, story id, raw page id)."""
    if not urls:
        return {}
    cur.execute(
        "SELECT canonical_url, id, story_id, raw_page_id FROM articles WHERE canonical_url = ANY(%s)",
        (sorted(set(urls)),),
    )
    return {row[0]: (row[1], row[2], row[3]) for row in cur.fetchall()}


def mark_processed(cur, pages: list[Page]) -> None:
    duplicate_urls = sorted({p.duplicate_of_url for p in pages if p.duplicate_of_url})
    owners = {url: ids[0] for url, ids in _article_ids(cur, duplicate_urls).items()}
    for page in pages:
        if page.outcome == PageOutcome.DUPLICATE:
            page.article_id = owners.get(page.duplicate_of_url)
    execute_values(
        cur,
        "UPDATE raw_pages AS r SET processed_at = now(), process_status = v.outcome, "
        "process_error = v.reason, article_id = v.article_id "
        "FROM (VALUES %s) AS v(id, outcome, reason, article_id) WHERE r.id = v.id",
        [(p.id, p.outcome, p.reason, p.article_id) for p in pages],
        template="(%s::bigint, %s::text, %s::text, %s::bigint)",
        page_size=max(1, len(pages)),
    )
