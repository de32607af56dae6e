"""Article extraction from raw HTML: body text and metadata.

A first trafilatura pass in precision mode without its fallback extractors is fast and gives the
cleanest bodies. Where it is unsure and returns little text, trafilatura's full balanced pipeline
(which compares its result with readability and jusText and retries for recall) decides; the longer
body is kept. A body cut short is read again from its container (``cleaner.body.recall``), a lead
paragraph set apart is put back (``cleaner.body.leads``), and a page that renders its text with scripts
gets its JSON-LD ``articleBody``. Metadata comes from ``cleaner.metadata`` (meta tags, JSON-LD,
bylines, htmldate), the language from py3langid on the cleaned text; text-level junk is removed by
``core.text.clean_text`` and the headline and byline at the top by ``cleaner.body.opening``. A source
whose registry entry has ``selectors`` (body, title, date) gets those blocks first
(``cleaner.selectors``); generic extraction is the fallback.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from functools import lru_cache

from pydantic import BaseModel, Field

from cleaner.author.authors import article_authors
from cleaner.body.article_body import from_article_body
from cleaner.body.body_documents import article_chunks, chunks_document, container_document
from cleaner.body.captions import without_captions
from cleaner.body.containers import container_of, first_kept_paragraph, headline_article
from cleaner.body.embeds import drop_embedded_posts
from cleaner.body.gaps import with_dropped_paragraphs
from cleaner.body.hidden_rest import with_hidden_rest
from cleaner.body.intro_blocks import with_intro_block
from cleaner.body.key_points import with_key_points
from cleaner.body.layout_tables import without_layout_cells
from cleaner.body.leads import with_lead_paragraph
from cleaner.body.linked_teasers import without_linked_teasers
from cleaner.body.opening import signature, without_opening
from cleaner.body.pinned import without_pinned_labels
from cleaner.body.recall import (
    fuller,
    keep_inline_links,
    looks_cut_short,
    merged,
    protect_joiners,
    with_headings,
)
from cleaner.body.related_lists import without_related_lists
from cleaner.body.split_bodies import with_split_rest
from cleaner.body.teaser_cards import without_teaser_cards
from cleaner.date.dates import zone
from cleaner.date.relative import relative_time
from cleaner.date.yearless import yearless_time
from cleaner.date.zones import page_language, page_zone
from cleaner.decode import page_tree
from cleaner.language import detect_language
from cleaner.metadata import PageMetadata, page_metadata
from cleaner.precision_pass import precision_text
from cleaner.selectors import SourceSelectors, body_document, selected_date, selected_title
from core.text import clean_text

# Below this many characters a precision-mode body is suspect (teaser, wrong block): run the full pipeline.
RETRY_BELOW_CHARS = 400
# A Chinese, Japanese or Korean character says about as much as three Latin letters: three short
# paragraphs of a Japanese article are no teaser.
_DENSE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_DENSE_WEIGHT = 3
log = logging.getLogger(__name__)
EXTRACTOR = "trafilatura"
# newsflow's own extraction rules (title, date, authors, recall); stored with trafilatura's version.
EXTRACTION_RULES = "36"


def _reading_length(text: str) -> int:
    """Characters, a CJK one counted as ``_DENSE_WEIGHT`` Latin ones."""
    return len(text) + (_DENSE_WEIGHT - 1) * len(_DENSE_SCRIPT.findall(text))


class Extracted(BaseModel):
    """What the clean stage keeps of one page (``text`` already cleaned)."""

    title: str | None = None
    text: str = ""
    authors: list[str] = Field(default_factory=list)
    published_at: datetime | None = None
    language: str | None = None
    canonical_url: str | None = None
    extractor: str = EXTRACTOR
    extractor_version: str = ""


@lru_cache(maxsize=1)
def extractor_version() -> str:
    import trafilatura

    return f"{trafilatura.__version__}+newsflow.{EXTRACTION_RULES}"


_FAST_PRECISION = {"favor_precision": True, "fast": True}


def _body(tree, url: str | None, **mode: bool) -> str:
    """Main text of one trafilatura pass (it works on a copy of ``tree``)."""
    from trafilatura import bare_extraction

    try:
        if mode == _FAST_PRECISION and (text := precision_text(tree, url)) is not None:
            return text  # the same pass without its copies of the page (cleaner.precision_pass)
        document = bare_extraction(tree, url=url, include_comments=False, include_tables=True, **mode)
    except Exception as exc:  # lxml asserts on some malformed trees: no text, never a crash
        log.debug("trafilatura failed on %s: %s", url, exc)
        return ""
    return (document.text or "") if document is not None else ""


def _selected_body(tree, url: str | None, css: str | None) -> str:
    """Main text of the source's own body block (``selectors.body``), or "" without one."""
    document = body_document(tree, css)
    if document is None:
        if css:
            log.info("body selector %r matched nothing on %s: generic extraction", css, url)
        return ""
    # Balanced mode: the block is already the article; precision mode could discard short ones.
    return _body(document, url) or document.text_content().strip()


def _unless_cut_short(url: str | None, text: str, extractor: str, paragraph, container) -> tuple[str, str]:
    """The fuller body when the pass cut the article short (the article's chunks read together, else
    its ``container``, which holds ``paragraph``, the first the pass kept; or the text and the
    container's reading together when that reading holds another part of the body), else the text
    with the subheadings and the paragraphs the pass dropped put back (cleaner.body.recall,
    cleaner.body.gaps)."""
    if container is None:
        return text, extractor
    headlined = headline_article(paragraph)
    if headlined is not None and len(candidate := _body(container_document(headlined), url)) > len(text):
        return candidate, f"{EXTRACTOR}:headline"  # the fast pass read another story's teaser
    chunks = article_chunks(paragraph)
    if looks_cut_short(text, container) or (chunks and looks_cut_short(text, *chunks)):
        # The container read in balanced mode, and the article's chunks read together: the longer.
        candidates = [(_body(container_document(container), url), f"{EXTRACTOR}:container")]
        if chunks:
            candidates.append((_body(chunks_document(chunks), url, favor_precision=True,
                                     fast=True), f"{EXTRACTOR}:chunks"))
        found = [(candidate, how) for candidate, how in candidates if fuller(text, candidate)]
        if found:
            candidate, how = max(found, key=lambda item: len(item[0]))
            return with_headings(candidate, container), how
        # The container's reading holds another part of the body than the fast text (one block of a
        # body split over blocks): both together, in page order.
        joined = merged(text, candidates[0][0], container)
        if joined is not None and fuller(text, joined):
            return with_headings(joined, container), f"{EXTRACTOR}:merged"
    if extractor.endswith(":precision"):
        text = with_dropped_paragraphs(container, text)
    return with_headings(text, container), extractor


def _relative_time(tree, url: str | None, timezone: str | None, fetched_at: datetime | None,
                   ) -> datetime | None:
    """The time a page states relative to its fetch: a day without its year beside its time ("12.4.
    klo 14.46", ``cleaner.date.yearless``: the fetch's year), else "3 hours ago" (``cleaner.date.relative``);
    days read in the source's zone, else the page's country's."""
    if fetched_at is None:
        return None
    tz = zone(timezone) or page_zone(url, page_language(tree))
    return yearless_time(tree, None, tz, fetched_at) or relative_time(tree, fetched_at, tz)


def extract(html: bytes | str, url: str | None = None, selectors: SourceSelectors | None = None,
            timezone: str | None = None, fetched_at: datetime | None = None) -> Extracted:
    """Extract and clean one page, using the source's ``selectors`` where they match; naive times
    are read in the source's ``timezone`` (IANA name) where the page gives no offset. A page that
    states no absolute date but a relative one ("3 hours ago") is read against ``fetched_at`` (the
    raw page's fetch time, aware) where given (``cleaner.date.relative``). Never raises on odd HTML: an
    empty ``text`` means nothing found."""
    selectors = selectors or SourceSelectors()
    tree = page_tree(html)  # trafilatura's load_html, the same tree (cleaner.decode)
    if tree is None:
        return Extracted(canonical_url=url, extractor_version=extractor_version())
    if url:  # the fetched address: its country's zone where the page names no canonical one
        tree.getroottree().docinfo.URL = url
    protect_joiners(tree)  # trafilatura would drop them and glue Persian words together
    drop_embedded_posts(tree)
    text = _selected_body(tree, url, selectors.body)
    extractor = f"{EXTRACTOR}:selector"
    if not text:
        keep_inline_links(tree)
        text = _body(tree, url, favor_precision=True, fast=True)
        extractor = f"{EXTRACTOR}:precision"
        if _reading_length(text) < RETRY_BELOW_CHARS:
            full_text = _body(tree, url)
            if len(full_text) > len(text):
                text, extractor = full_text, f"{EXTRACTOR}:balanced"
        paragraph, read = first_kept_paragraph(tree, text), text
        container = container_of(paragraph) if paragraph is not None else None
        text, extractor = _unless_cut_short(url, text, extractor, paragraph, container)
        text = with_hidden_rest(container, text)  # a paywall's hidden rest, whichever pass read the page
        if paragraph is not None:
            text = with_split_rest(text, paragraph)
        # The same text on the same tree (read only since: the passes read copies) finds the same one.
        first = paragraph if text == read else first_kept_paragraph(tree, text)
        if first is not None:
            text = with_intro_block(text, first)
        # Cards are looked for in the article's container only: no pass over the whole page.
        text = without_teaser_cards(container if container is not None else tree,
                                    with_lead_paragraph(tree, text, first), url, first)
        # On a page laid out in a table, the cells beside the story's (the site's links, teasers) go.
        text = without_related_lists(container, without_layout_cells(container, text, tree), url, tree)
        text = without_linked_teasers(container, text, url)
        text = with_key_points(first, without_pinned_labels(text))
        text = without_captions(container if container is not None else tree, text)
    try:
        meta = page_metadata(tree, url, zone(timezone), fetched_at)
    except Exception as exc:  # metadata is optional; the text is not lost for it
        log.debug("metadata failed on %s: %s", url, exc)
        meta = PageMetadata()
    if not extractor.endswith(":selector") and (body := from_article_body(text, meta.article_body)):
        text, extractor = body, f"{EXTRACTOR}:jsonld"
    title = selected_title(tree, selectors.title) or meta.title
    text, signed = signature(tree, without_opening(clean_text(text), title, meta.authors), meta.authors)
    # No byline naming a person (none, or only the outlet's desk): the signature under the article,
    # the reporters its dateline names, its wire agency, before the desk; a story no one signs is
    # the outlet's (cleaner.author.authors.article_authors).
    authors = article_authors(meta.authors, signed, text, meta.outlet)
    return Extracted(
        title=title,
        text=text,
        authors=authors,
        published_at=selected_date(tree, selectors.date, zone(timezone)) or meta.published_at
        or _relative_time(tree, url, timezone, fetched_at),
        language=detect_language(text, tree.get("lang") or tree.get("xml:lang")),
        canonical_url=meta.canonical_url or url,
        extractor=extractor,
        extractor_version=extractor_version(),
    )
