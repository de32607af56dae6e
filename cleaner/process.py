"""Turn unprocessed ``raw_pages`` into ``articles`` and ``stories``.

One batch is one transaction: claim pending pages (``FOR UPDATE SKIP LOCKED``, so parallel batches
never collide), decode and extract them (in parallel across batches), then, under one advisory lock
so that dedup decisions are serialised, upsert articles keyed on canonical URL, store exact
duplicates once, cluster near-duplicates into stories, and mark every page processed with its
outcome (``raw_pages.process_status``: article / duplicate / skipped / error). A page that fails
is recorded and the batch goes on. Re-running on the same raw pages leaves the same rows.

``process_pending`` runs ``workers`` processes (default ``NEWSFLOW_PROCESS_PARALLELISM``, the
number of cores). Extraction, the CPU-bound part, overlaps; the write phase does not, and runs in
the order of the batches' first ids: claims are made one at a time (so batches hold the same pages
as in a serial run), each claimed batch holds an advisory lock ``(_ORDER_NS, first id)`` until it
commits, and a batch writes only after every in-flight batch with lower ids has committed. Article
ids, story ids and dedup decisions are then those of a serial run.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

import psycopg2
from psycopg2.extras import execute_values
from pydantic import BaseModel

from cleaner.decode import decode_body, is_html
from cleaner.dedup import ClusterItem, assign_stories, words
from cleaner.extract import Extracted, extract
from cleaner.selectors import SourceSelectors
from core.parallel import run_forked
from core.settings import get_settings
from core.store.db import connect, connection, query
from core.store.retention import drop_old_bodies
from core.store.search import index_batch, index_pending
from core.text import CLEANER_VERSION, clean_inline
from core.urls import canonicalize
from core.vocabulary import ArticleStatus, PageOutcome

log = logging.getLogger(__name__)

# Serialises the write phase of concurrent batches (dedup and story decisions).
_WRITE_LOCK_KEY = 7_130_004
# Session lock held only while a batch is claimed: claims happen one at a time, in id order.
_CLAIM_LOCK_KEY = 7_130_005
# First key of the per-batch order locks (second key: the batch's first raw page id, an int4).
_ORDER_NS = 0x6E6F  # "no"
_INT4_MAX = 2**31 - 1
_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)
# The word characters that are not letters: a text's letters are its words' characters less these.
_DIGITS_UNDERSCORES = re.compile(r"[\d_]+", re.UNICODE)
# Below this share of letters among non-space characters, a text is tables of figures or code.
_MIN_LETTER_SHARE = 0.5
_ERROR_CHARS = 500
# Position of the body in a claimed row; binary COPY's file signature.
_BODY = 7
_COPY_SIGNATURE = b"PGCOPY\n\xff\r\n\x00"
_CLUSTERED_STATUSES = (ArticleStatus.OK, ArticleStatus.OTHER_LANGUAGE)


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


@dataclass
class _Page:
    id: int
    source_id: int
    url: str
    canonical_url: str
    outcome: PageOutcome = PageOutcome.ARTICLE
    reason: str | None = None
    extracted: Extracted | None = None
    status: ArticleStatus = ArticleStatus.OK
    text_sha256: str = ""
    word_count: int = 0
    article_id: int | None = None
    duplicate_of_url: str | None = None
    # Story shingles and LSH bands, computed with the extraction (in parallel), not under the lock.
    cluster: ClusterItem | None = None


def pending_batches(database_url: str, batch_size: int) -> list[list[int]]:
    """Ids of the unprocessed raw pages, in order, cut into batches of ``batch_size``."""
    pending = query(database_url, "SELECT id FROM raw_pages WHERE processed_at IS NULL ORDER BY id")
    ids = [row[0] for row in pending]
    size = max(1, int(batch_size))
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def process_pending(database_url: str, *, raw_page_ids: list[int] | None = None,
                    batch_size: int = 500, progress: Callable[[int], object] | None = None,
                    workers: int | None = None) -> ProcessResult:
    """Process pending raw pages (all of them, or only ``raw_page_ids``) in batches of
    ``batch_size`` with ``workers`` processes (default ``NEWSFLOW_PROCESS_PARALLELISM``; never more
    than there are batches); pages locked by another worker are left to it. ``progress`` is called
    with the number of pages of each committed batch."""
    wanted = sorted(set(raw_page_ids)) if raw_page_ids is not None else None
    size = max(1, int(batch_size))
    count = max(1, int(workers if workers is not None else get_settings().process_parallelism))
    # One connection for the count, a serial run's batches, the indexing and the retention sweep.
    conn = connect(database_url)
    try:
        if count > 1:
            count = min(count, -(-_pending_count(conn, wanted) // size))
        if count > 1:
            conn.close()  # before forking: the workers open their own
            total = _run_workers(database_url, wanted, size, count, progress)
            conn = connect(database_url)
        else:  # one batch or none
            total = _drain(database_url, wanted, size, progress, conn)
        index_pending(database_url, conn=conn)  # what the workers left: an interrupted earlier run's
        drop_old_bodies(database_url, get_settings().raw_retention_days, conn=conn)
    finally:
        conn.close()
    return total


def _pending_count(conn, wanted: list[int] | None) -> int:
    with conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM raw_pages WHERE processed_at IS NULL "
                    "AND (%s::bigint[] IS NULL OR id = ANY(%s))", (wanted, wanted))
        return int(cur.fetchone()[0])


def _drain(database_url: str, wanted: list[int] | None, size: int,
           progress: Callable[[int], object] | None, conn=None) -> ProcessResult:
    """One worker: claim and process batches until none is left (on ``conn``, else on a connection
    of its own)."""
    total = ProcessResult()
    with connection(database_url, conn) as conn:
        while True:
            with conn:
                result = _process_batch(conn, wanted, size)
            if result is None:
                break
            total.add(result)
            # This batch's articles made searchable here, after its commit and outside the write
            # order: indexing then runs on every worker's core, not after the last worker on one.
            if written := result.articles_new + result.articles_updated:
                index_batch(conn, written)
            if progress is not None:
                progress(result.pages)
    return total


def _run_workers(database_url: str, wanted: list[int] | None, size: int, count: int,
                 progress: Callable[[int], object] | None) -> ProcessResult:
    total = ProcessResult()
    for result in run_forked(_drain, [(database_url, wanted, size)] * count, progress):
        total.add(result)
    return total


def reprocess(database_url: str, *, since: datetime | None = None, source: str | None = None,
              raw_page_ids: list[int] | None = None, batch_size: int = 500,
              progress: Callable[[int], object] | None = None) -> ProcessResult:
    """Re-extract stored raw pages (fetched since ``since``, of ``source``) without refetching:
    mark them unprocessed, then process them again. Articles keep their ids and story ids. Pages
    whose body retention dropped are left as they are and listed in ``body_dropped``."""
    conn = connect(database_url)
    try:
        with conn, conn.cursor() as cur:
            cur.execute(
                "WITH chosen AS (SELECT r.id, r.body_dropped_at IS NOT NULL AS dropped FROM raw_pages AS r "
                " JOIN sources AS s ON s.id = r.source_id "
                " WHERE (%(since)s::timestamptz IS NULL OR r.fetched_at >= %(since)s) "
                " AND (%(source)s::text IS NULL OR s.name = %(source)s) "
                " AND (%(ids)s::bigint[] IS NULL OR r.id = ANY(%(ids)s))), "
                "reset AS (UPDATE raw_pages AS r SET processed_at = NULL, process_error = NULL, "
                " process_status = NULL FROM chosen AS c WHERE c.id = r.id AND NOT c.dropped RETURNING r.id) "
                "SELECT id, false FROM reset UNION ALL SELECT id, true FROM chosen WHERE dropped",
                {"since": since, "source": source, "ids": raw_page_ids},
            )
            found = cur.fetchall()
    finally:
        conn.close()
    ids = sorted(raw_id for raw_id, dropped in found if not dropped)
    dropped = sorted(raw_id for raw_id, dropped in found if dropped)
    if dropped:
        log.warning("%d raw page(s) cannot be re-extracted: their bodies were dropped by retention "
                    "(NEWSFLOW_RAW_RETENTION_DAYS): ids %s", len(dropped), dropped[:20])
    result = ProcessResult(body_dropped=dropped)
    if ids:
        result.add(process_pending(database_url, raw_page_ids=ids, batch_size=batch_size, progress=progress))
    return result


def _process_batch(conn, wanted: list[int] | None, size: int) -> ProcessResult | None:
    """Claim, extract and write one batch; None when nothing is left to claim."""
    with conn.cursor() as cur:
        rows = _claim(cur, wanted, size)
        if not rows:
            return None
        selectors = _source_selectors(cur, {row[1] for row in rows})
        zones = _source_timezones(cur, {row[1] for row in rows})
        pages = [_extract_page(row, selectors.get(row[1]), zones.get(row[1])) for row in rows]
        _wait_for_earlier_batches(cur, _order_key(rows[0][0]))
        cur.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK_KEY,))
        result = _write_guarded(cur, pages)
    log.info("processed %d raw page(s): %s", len(pages), result)
    return result


def _order_key(first_id: int) -> int:
    # Advisory keys of the two-key form are int4; beyond 2**31 raw pages the order lock saturates
    # (batches still never collide, only the serial-run order of their writes is not kept).
    return min(int(first_id), _INT4_MAX)


def _claim(cur, wanted: list[int] | None, size: int) -> list[tuple]:
    """Lock the next ``size`` pending pages (skipping other workers' pages) and take this batch's
    order lock, one claim at a time: the same pages a serial run would give this batch."""
    cur.execute("SELECT pg_advisory_lock(%s)", (_CLAIM_LOCK_KEY,))
    try:
        cur.execute(
            "SELECT id, source_id, url, canonical_url, final_url, status, headers, NULL::bytea AS body, "
            "encoding, listed_published_at, listed_title, fetched_at FROM raw_pages "
            "WHERE processed_at IS NULL AND (%s::bigint[] IS NULL OR id = ANY(%s)) "
            "ORDER BY id LIMIT %s FOR UPDATE SKIP LOCKED",
            (wanted, wanted, size),
        )
        rows = cur.fetchall()
        if rows:
            cur.execute("SELECT pg_advisory_xact_lock(%s, %s)", (_ORDER_NS, _order_key(rows[0][0])))
    finally:
        # After an error the transaction is aborted; closing the connection then frees the lock.
        if cur.connection.get_transaction_status() != psycopg2.extensions.TRANSACTION_STATUS_INERROR:
            cur.execute("SELECT pg_advisory_unlock(%s)", (_CLAIM_LOCK_KEY,))
    if rows:  # the bodies after the claim lock (the rows are this batch's): claims stay short
        bodies = _bodies(cur, [row[0] for row in rows])
        rows = [(*row[:_BODY], bodies.get(row[0]), *row[_BODY + 1 :]) for row in rows]
    return rows


def _bodies(cur, ids: list[int]) -> dict[int, bytes | None]:
    """Raw page bodies by id, read with a binary COPY: in a query's text results a bytea comes
    hex-encoded, twice its size, and the server's encoding plus psycopg2's decoding cost several
    times what sending the bytes does (31 MB of pages: 410-690 ms against 110-160 ms)."""
    buffer = io.BytesIO()
    sql = cur.mogrify("COPY (SELECT id, body FROM raw_pages WHERE id = ANY(%s::bigint[])) "
                      "TO STDOUT (FORMAT binary)", (ids,))
    cur.copy_expert(sql.decode(), buffer)
    bodies: dict[int, bytes | None] = {}
    with buffer.getbuffer() as data:
        # Header: signature, flags (int32), extension length (int32) and extension; then per row
        # the field count (int16; -1 ends the data) and each field's length (int32; -1 is NULL)
        # and bytes: the id (int8), the body.
        if bytes(data[: len(_COPY_SIGNATURE)]) != _COPY_SIGNATURE:
            raise psycopg2.DataError("unexpected binary COPY header")
        (extension,) = struct.unpack_from("!i", data, len(_COPY_SIGNATURE) + 4)
        at = len(_COPY_SIGNATURE) + 8 + extension
        while struct.unpack_from("!h", data, at)[0] != -1:
            _, raw_id, length = struct.unpack_from("!iqi", data, at + 2)
            at += 18
            if length < 0:
                bodies[raw_id] = None
                continue
            bodies[raw_id] = bytes(data[at : at + length])
            at += length
    return bodies


def _wait_for_earlier_batches(cur, key: int) -> None:
    """Block until no other session holds the order lock of a batch with a lower first id (each
    such batch commits, or rolls back, and releases it)."""
    while True:
        cur.execute(
            "SELECT DISTINCT objid::bigint FROM pg_locks WHERE locktype = 'advisory' AND granted "
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND classid = %s AND objsubid = 2 AND objid::bigint < %s AND pid <> pg_backend_pid() "
            "ORDER BY 1",
            (_ORDER_NS, key),
        )
        earlier = [row[0] for row in cur.fetchall()]
        if not earlier:
            return
        for other in earlier:  # a shared lock waits for the holder's commit; dropped at once
            cur.execute("SELECT pg_advisory_lock_shared(%s, %s)", (_ORDER_NS, other))
            cur.execute("SELECT pg_advisory_unlock_shared(%s, %s)", (_ORDER_NS, other))


def _write_guarded(cur, pages: list[_Page]) -> ProcessResult:
    """Write the batch; if the database refuses it, write page by page so that only the page it
    refuses is marked as an error (a poison page must not block its batch forever)."""
    cur.execute("SAVEPOINT clean_batch")
    try:
        return _write(cur, pages)
    except psycopg2.DatabaseError as exc:
        cur.execute("ROLLBACK TO SAVEPOINT clean_batch")
        log.warning("batch write failed (%s); writing its %d page(s) one by one", exc, len(pages))
    result = ProcessResult()
    for page in pages:
        cur.execute("SAVEPOINT clean_page")
        try:
            result.add(_write(cur, [page]))
        except psycopg2.DatabaseError as exc:
            cur.execute("ROLLBACK TO SAVEPOINT clean_page")
            page.outcome = PageOutcome.ERROR
            page.reason = f"{type(exc).__name__}: {exc}".strip()[:_ERROR_CHARS]
            page.article_id = None
            _mark_processed(cur, [page])
            result.add(ProcessResult(pages=1, errors=1))
    return result


def _source_selectors(cur, source_ids: set[int]) -> dict[int, SourceSelectors]:
    """The registry's per-source CSS selectors (``sources.config``) of the batch's sources."""
    cur.execute("SELECT id, config -> 'selectors' FROM sources WHERE id = ANY(%s) "
                "AND jsonb_typeof(config -> 'selectors') = 'object'", (sorted(source_ids),))
    return {source_id: SourceSelectors.model_validate(value) for source_id, value in cur.fetchall()}


def _source_timezones(cur, source_ids: set[int]) -> dict[int, str]:
    """The registry's time zone of each source (``sources.config`` ``timezone``, an IANA name), in
    which the cleaner reads a page's times that carry no offset."""
    cur.execute("SELECT id, config ->> 'timezone' FROM sources WHERE id = ANY(%s) "
                "AND config ->> 'timezone' IS NOT NULL", (sorted(source_ids),))
    return dict(cur.fetchall())


def _extract_page(row: tuple, selectors: SourceSelectors | None = None, timezone: str | None = None) -> _Page:
    (raw_id, source_id, url, raw_canonical, final_url, http_status, headers, body, encoding,
     listed_published_at, listed_title, fetched_at) = row
    page = _Page(id=raw_id, source_id=source_id, url=final_url or url, canonical_url=raw_canonical)
    try:
        headers = headers or {}
        body = bytes(body) if body is not None else b""
        if http_status is not None and http_status != 200:
            return _skip(page, f"HTTP status {http_status}")
        if not body or body.isspace():  # as ``not body.strip()``, without copying the body
            return _skip(page, "empty body")
        if not is_html(headers, body):
            return _skip(page, "not HTML")
        html = decode_body(body, headers, encoding)
        # A time the page states relative to its fetch ("3 hours ago") only where the feed or sitemap
        # stated none: the listed time is absolute, and an absolute time wins.
        extracted = extract(html, page.url, selectors, timezone,
                            fetched_at=None if listed_published_at else fetched_at)
        # What the feed or sitemap said, where the page itself does not say it.
        extracted.published_at = extracted.published_at or listed_published_at
        extracted.title = extracted.title or clean_inline(listed_title)
        page.extracted = extracted
        page.canonical_url = _choose_canonical(extracted.canonical_url, page.url, raw_canonical)
        page.text_sha256 = hashlib.sha256(extracted.text.encode("utf-8")).hexdigest()
        found = words(extracted.text)  # counted here, shingled for the story clustering
        page.word_count = len(found)
        page.status = article_status(extracted.text, extracted.language, page.word_count, found)
        if page.status in _CLUSTERED_STATUSES:
            page.cluster = ClusterItem(0, extracted.title, extracted.text).prepare(found)
    except Exception as exc:  # one bad page never stops the batch; recorded in process_error
        log.warning("raw page %s failed: %s", raw_id, exc)
        page.outcome, page.reason = PageOutcome.ERROR, f"{type(exc).__name__}: {exc}"[:_ERROR_CHARS]
    return page


def _skip(page: _Page, reason: str) -> _Page:
    page.outcome, page.reason = PageOutcome.SKIPPED, reason
    return page


def article_status(text: str, language: str | None, word_count: int,
                   found: list[str] | None = None) -> ArticleStatus:
    """Whether the text is usable (see ``ArticleStatus``); ``found``: its ``dedup.words``, when the
    caller has them (letters are then counted from them, a cheaper pass than finding every run)."""
    settings = get_settings()
    visible = len("".join(text.split()))  # non-space characters (runs counted in C, not per character)
    if found is None:
        letters = sum(map(len, _LETTERS.findall(text)))
    else:
        letters = sum(map(len, found)) - sum(map(len, _DIGITS_UNDERSCORES.findall(text)))
    if not visible or letters < _MIN_LETTER_SHARE * visible:
        return ArticleStatus.NOT_TEXT
    if language and language not in settings.languages:
        return ArticleStatus.OTHER_LANGUAGE
    if word_count < settings.min_words:
        return ArticleStatus.TOO_SHORT
    return ArticleStatus.OK


def _choose_canonical(declared: str | None, page_url: str, raw_canonical: str) -> str:
    """The page's rel=canonical when it names another URL on the same site, else the crawler's."""
    if not declared:
        return raw_canonical
    candidate = canonicalize(declared)
    if candidate == canonicalize(page_url) or not candidate.startswith(("http://", "https://")):
        return raw_canonical
    return candidate if _same_site(candidate, page_url) else raw_canonical


def _same_site(a: str, b: str) -> bool:
    from courlan import extract_domain

    domain_a, domain_b = extract_domain(a, fast=True), extract_domain(b, fast=True)
    return bool(domain_a) and domain_a == domain_b


def _write(cur, pages: list[_Page]) -> ProcessResult:
    result = ProcessResult(pages=len(pages))
    candidates = [p for p in pages if p.outcome == PageOutcome.ARTICLE]
    _mark_exact_duplicates(cur, candidates)
    articles = _latest_per_url([p for p in candidates if p.outcome == PageOutcome.ARTICLE])
    inserted, changed = _upsert_articles(cur, articles)
    ids = _article_ids(cur, [p.canonical_url for p in candidates if p.outcome == PageOutcome.ARTICLE])
    for page in candidates:
        if page.outcome == PageOutcome.ARTICLE:
            page.article_id = ids[page.canonical_url][0]
    items = [
        replace(p.cluster, article_id=ids[p.canonical_url][0], story_id=ids[p.canonical_url][1])
        for p in articles
        # This page is the article's current source, and its text is prose worth comparing
        # (teasers and paywall stubs look alike across unrelated articles of one site).
        if ids[p.canonical_url][2] == p.id and p.status in _CLUSTERED_STATUSES and p.cluster is not None
    ]
    _, result.stories_new = assign_stories(cur, items)
    _mark_processed(cur, pages)
    result.articles_new = inserted
    result.articles_updated = changed
    result.duplicates = sum(p.outcome == PageOutcome.DUPLICATE for p in pages)
    result.skipped = sum(p.outcome == PageOutcome.SKIPPED for p in pages)
    result.errors = sum(p.outcome == PageOutcome.ERROR for p in pages)
    return result


def _mark_exact_duplicates(cur, pages: list[_Page]) -> None:
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


def _latest_per_url(pages: list[_Page]) -> list[_Page]:
    """One page per canonical URL (the most recent raw page), in id order."""
    latest: dict[str, _Page] = {}
    for page in sorted(pages, key=lambda p: p.id):
        latest[page.canonical_url] = page
    return sorted(latest.values(), key=lambda p: p.id)


def _upsert_articles(cur, pages: list[_Page]) -> tuple[int, int]:
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


def _mark_processed(cur, pages: list[_Page]) -> None:
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
