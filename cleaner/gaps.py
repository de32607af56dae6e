"""Paragraphs the precision pass dropped from the middle of an article.

trafilatura's precision pass judges each block alone, and drops a sentence of the story whose link
takes a good share of it ("... published Monday in the <a>journal Nature Astronomy</a>.") or whose
block is named like furniture (``<div class="card">``). Between two paragraphs it kept, in the same
article container, such a paragraph is the story's own: it is put back where it stands on the page.
Only prose is put back (a sentence of some length, mostly not link text), never a block in a list,
a quote box, a figure or an aside, or one named for related stories, sharing or promotion; the junk
line rules (``core.text``) still judge it like every other line.
"""

from __future__ import annotations

import re
from itertools import pairwise

from lxml.etree import XPath

from cleaner.recall import shown
from core.text import single_spaced

_PARAGRAPHS = XPath(".//p")
_LINK_TEXT = XPath(".//a//text()")
_MIN_CHARS = 40
# A paragraph mostly of link text is a teaser ("Read more: <a>Headline</a>"), not prose.
_MAX_LINK_SHARE = 0.5
_MAX_PARAGRAPHS = 400
_ASIDE_TAGS = frozenset({"a", "li", "ul", "ol", "aside", "nav", "figure", "figcaption", "footer", "form",
                         "blockquote", "table", "button", "header"})
_ASIDE_NAMES = re.compile(r"relate|recirc|more|teaser|promo|share|social|newsletter|signup|subscri|widget|"
                          r"embed|tweet|caption|credit|byline|author|comment|\bad[s-]?\b|advert|sponsor|"
                          r"hidden|sr-only", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…。！？\"'”’»]\s*$")


def with_dropped_paragraphs(container, text: str) -> str:
    """``text`` with the prose paragraphs of its article ``container`` (``cleaner.recall.container_of``)
    that lie between two of its kept paragraphs put back in place."""
    lines = text.split("\n")
    at_line = {}
    for index, line in enumerate(lines):
        at_line.setdefault(single_spaced(line), index)
    paragraphs = _PARAGRAPHS(container)[:_MAX_PARAGRAPHS]
    texts = [single_spaced(p.text_content()) for p in paragraphs]
    kept = [index for index, norm in enumerate(texts) if norm in at_line]
    if len(kept) < 2:
        return text
    whole = single_spaced(text)
    inserts: dict[int, list[str]] = {}
    for before, after in pairwise(kept):
        anchor = at_line[texts[before]]
        if at_line[texts[after]] <= anchor:
            continue  # the text does not follow the page's order here
        for position in range(before + 1, after):
            if _dropped_prose(paragraphs[position], texts[position], container) \
                    and not _already_in(texts[position], whole):
                inserts.setdefault(anchor, []).append(texts[position])
    if not inserts:
        return text
    return "\n".join(part for index, line in enumerate(lines) for part in (line, *inserts.get(index, [])))


def _already_in(paragraph: str, whole: str) -> bool:
    """The text has ``paragraph`` in other lines (a paragraph broken by ``<br>`` is several; one
    with a formula or an embed reads differently at one end): its start or its end is in it."""
    return paragraph[:_MIN_CHARS] in whole or paragraph[-_MIN_CHARS:] in whole


def _dropped_prose(paragraph, text: str, container) -> bool:
    """A sentence of the story's own flow: long enough, ended like a sentence, mostly not link
    text, shown, and not inside a list, quote, figure, aside or a block named for other content."""
    if len(text) < _MIN_CHARS or not _SENTENCE_END.search(text):
        return False
    if len(single_spaced("".join(_LINK_TEXT(paragraph)))) > _MAX_LINK_SHARE * len(text):
        return False
    if not shown(paragraph, container):
        return False
    for element in (paragraph, *paragraph.iterancestors()):
        if element is container:
            return True
        if element is not paragraph and element.tag in _ASIDE_TAGS:
            return False
        if _ASIDE_NAMES.search(f"{element.get('class', '')} {element.get('id', '')}"):
            return False
    return False
