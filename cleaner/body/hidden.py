"""What of an article's block is hidden: ``shown`` (neither the element nor a block around it is
hidden), and the body's rest collapsed behind "Read more" (``collapsed_rest``), which is the
article's text all the same: ``cleaner.body.recall`` counts it as the container's prose, so that a body
the fast pass cut at the fold is read again whole."""

from __future__ import annotations

import re

from lxml.etree import XPath

from core.text import single_spaced

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_MIN_PROSE_CHARS = 40


def shown(paragraph, container) -> bool:
    """Neither ``paragraph`` nor a block around it in ``container`` is hidden (``hidden``,
    ``aria-hidden``, ``display: none``, ``visibility: hidden``)."""
    for element in (paragraph, *paragraph.iterancestors()):
        if element.get("hidden") is not None or element.get("aria-hidden") == "true" \
                or _HIDDEN_STYLE.search(element.get("style") or ""):
            return False
        if element is container:
            break
    return True


_REST_TAGS = frozenset({"div", "section"})
_PROSE_P = f"p[string-length(normalize-space()) >= {_MIN_PROSE_CHARS}]"
_PROSE_PARAGRAPHS = XPath(f".//{_PROSE_P}")
_PROSE_BEFORE = XPath(f"boolean(preceding-sibling::*[self::{_PROSE_P} or .//{_PROSE_P}])")


def collapsed_rest(paragraph, container) -> bool:
    """``paragraph`` is hidden only as part of the body's collapsed rest: the one hidden block around it
    is a ``<div>`` or ``<section>`` of two prose paragraphs or more that stands after the body's shown
    ones ("Read more" unfolds it; the article's text is all in the page, as trafilatura's balanced
    pass reads it). A paragraph hidden alone, or a hidden block with no prose before it (a modal, a
    mobile copy), is not the body's collapsed rest. An expander that hides the rest from screen
    readers only until it opens (``aria-hidden="true"``, which the precision pass drops) counts too
    inside the article's own block (not the page's ``<body>``), unless it is a dialog (a role or
    a name for one: a cookie notice, a sign-up box) or opens as the body does (a copy of the text
    shown: its first prose paragraph is the container's first)."""
    hidden = [e for e in (paragraph, *paragraph.iterancestors()) if e is not container and not shown(e, e)]
    if len(hidden) != 1 or container not in hidden[0].iterancestors():
        return False
    block = hidden[0]
    prose = _PROSE_PARAGRAPHS(block)[:2]
    return block.tag in _REST_TAGS and len(prose) == 2 and _PROSE_BEFORE(block) \
        and (block.get("aria-hidden") != "true" or _expander(block, prose[0], container))


# Hidden blocks that are no part of the body even after prose: dialogs, notices, sign-up boxes.
_DIALOG_NAMES = re.compile(r"modal|dialog|popup|pop-up|overlay|cookie|consent|gdpr|newsletter|subscri|"
                           r"signup|sign-up|login|paywall|menu|drawer", re.I)


def _expander(block, first, container) -> bool:
    """The ``aria-hidden`` ``block`` of prose, whose first prose paragraph is ``first``, is an
    expander's hidden rest of the article in ``container`` (see ``collapsed_rest``)."""
    return container.tag not in ("body", "html") and block.get("role") not in ("dialog", "alertdialog") \
        and not _DIALOG_NAMES.search(f"{block.get('class', '')} {block.get('id', '')}") \
        and not _copied(first, container)


def _copied(paragraph, container) -> bool:
    """``paragraph`` says what the container's first prose paragraph says: a copy of the body."""
    first = _PROSE_PARAGRAPHS(container)[:1]
    return bool(first) and single_spaced(first[0].text_content()) == single_spaced(paragraph.text_content())
