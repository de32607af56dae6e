"""Per-source CSS selectors (``selectors`` of a source in ``crawlers/sources.toml``, kept in
``sources.config``): where a site's layout defeats generic extraction, its own markup says where the
body, the headline and the date are. Generic extraction still runs on the selected block (it drops
share bars and captions inside it); a selector that matches nothing, or is not valid CSS, leaves the
page to generic extraction and is logged, never an error.
"""

from __future__ import annotations

import logging
from contextlib import suppress
from copy import deepcopy
from datetime import datetime, tzinfo
from functools import lru_cache

from lxml import html as lxml_html
from lxml.cssselect import CSSSelector
from pydantic import BaseModel, ConfigDict

from cleaner.date.dates import date_params, to_aware
from core.text import clean_inline

log = logging.getLogger(__name__)


class SourceSelectors(BaseModel):
    """The selectors the cleaner uses; others in the registry (for the crawler) are ignored."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    body: str | None = None
    title: str | None = None
    date: str | None = None


@lru_cache(maxsize=256)
def _compiled(css: str) -> CSSSelector | None:
    try:
        return CSSSelector(css, translator="html")
    except Exception as exc:  # cssselect's SelectorError and ExpressionError
        log.warning("ignoring invalid CSS selector %r: %s", css, exc)
        return None


def select_first(tree, css: str | None):
    """The first element ``css`` matches in ``tree``, or None."""
    selector = _compiled(css) if css else None
    if selector is None:
        return None
    matches = selector(tree)
    return matches[0] if matches else None


def body_document(tree, css: str | None):
    """A document holding only the selected body block (for trafilatura), or None."""
    element = select_first(tree, css)
    return element_document(element) if element is not None else None


def element_document(*elements, unnamed: bool = False):
    """A new ``<html><body>`` document holding copies of ``elements``, in order (the page stays
    intact). ``unnamed``: the copies lose their ``class`` and ``id``, so that an extractor reading
    the first block named like an article body reads them all."""
    document = lxml_html.document_fromstring("<html><body></body></html>")
    body = document.find("body")
    for element in elements:
        block = deepcopy(element)
        block.tail = None  # the text after the block is not part of it
        if unnamed:
            for name in ("class", "id"):
                block.attrib.pop(name, None)
        body.append(block)
    return document


def _selected_text(tree, css: str | None) -> str | None:
    """The selected element's text on one line, or None."""
    element = select_first(tree, css)
    return clean_inline(element.text_content()) if element is not None else None


def selected_title(tree, css: str | None) -> str | None:
    return _selected_text(tree, css)


def selected_date(tree, css: str | None, tz: tzinfo | None = None) -> datetime | None:
    """The date written in the selected element ("2024-03-03 10:00:00", "Updated: March 3, 2024",
    "3 марта 2024"), found by htmldate in that element alone; a time without offset is read in
    ``tz`` (UTC when not given)."""
    from htmldate import find_date

    text = _selected_text(tree, css)
    if not text:
        return None
    # The text alone in a plain paragraph: htmldate reads a date-like class name ("header-time")
    # as a day-only field and would drop the time.
    document = lxml_html.document_fromstring("<html><body><div><p></p></div></body></html>")
    document.find(".//p").text = text
    value = None
    with suppress(Exception):  # htmldate trips over some trees: no date, never a lost page
        value = find_date(document, **date_params())
    return to_aware(value, tz)
