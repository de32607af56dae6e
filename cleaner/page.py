"""One claimed raw page read into a ``Page``: decoded, extracted, its canonical URL chosen, its text
hashed, counted and judged (``article_status``) and prepared for story clustering. This is the
CPU-bound part of processing; it runs in the workers, outside every lock."""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass

from cleaner.decode import decode_body, is_html
from cleaner.dedup import ClusterItem, words
from cleaner.extract import Extracted, extract
from cleaner.selectors import SourceSelectors
from core.settings import get_settings
from core.text import clean_inline
from core.urls import canonicalize
from core.vocabulary import ArticleStatus, PageOutcome

log = logging.getLogger(__name__)

_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)
# The word characters that are not letters: a text's letters are its words' characters less these.
_DIGITS_UNDERSCORES = re.compile(r"[\d_]+", re.UNICODE)
# Below this share of letters among non-space characters, a text is tables of figures or code.
_MIN_LETTER_SHARE = 0.5
# Longest error text kept in raw_pages.process_error.
ERROR_CHARS = 500
# The statuses whose texts are compared for story clustering.
CLUSTERED_STATUSES = (ArticleStatus.OK, ArticleStatus.OTHER_LANGUAGE)


@dataclass
class Page:
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

def extract_page(row: tuple, selectors: SourceSelectors | None = None, timezone: str | None = None) -> Page:
    (raw_id, source_id, url, raw_canonical, final_url, http_status, headers, body, encoding,
     listed_published_at, listed_title, fetched_at) = row
    page = Page(id=raw_id, source_id=source_id, url=final_url or url, canonical_url=raw_canonical)
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
        if page.status in CLUSTERED_STATUSES:
            page.cluster = ClusterItem(0, extracted.title, extracted.text).prepare(found)
    except Exception as exc:  # one bad page never stops the batch; recorded in process_error
        log.warning("raw page %s failed: %s", raw_id, exc)
        page.outcome, page.reason = PageOutcome.ERROR, f"{type(exc).__name__}: {exc}"[:ERROR_CHARS]
    return page


def _skip(page: Page, reason: str) -> Page:
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
