"""The story's first paragraphs set in a block of their own before the body's block.

Some templates set the opening of a story (its first few paragraphs) in one block and the rest in
the block named as the article's body (``<div class="article-intro">`` then ``<div
class="article-body">``, or ``itemprop="articleBody"`` after a block of the first paragraphs).
trafilatura goes straight for the block named as the body, and its second reading of the container
does the same, so the opening is lost whole: the first three of fourteen paragraphs, or six. The
block right before the body's block (or before the block around it, one level up), pictures and a
short box set between (an ``<aside>``, an ad slot, a sign-up box, related links) passed over, is
that opening when it is prose alone: two paragraphs or more (three when it is named like a
deck: a deck or a standfirst is one paragraph, two at most), shown, mostly not links, not named for
other content, without headings, list items or ``<article>``s; never before the story's own
``<article>`` or ``<main>`` or a block holding the headline (but see below); and the fast pass kept
none of it and began the text with the body block's first paragraph. Its paragraphs go in front of that one.

A single paragraph there is a lead or a deck, ``cleaner.body.leads``'s to judge.

The block before the body's may be the headline's own (a top column of the headline, the byline, a
deck, a picture, then the story's first paragraphs; the rest after a sign-up box or a picture): its
paragraphs after the headline are the opening when they are three or more (a deck may be two, unnamed),
prose alone, with no heading, list, form or aside after the headline there (``_after_headline``); a
deck, a byline, a caption or a bio among them is passed over, not taken.
"""

from __future__ import annotations

import re

from lxml.etree import XPath

from cleaner.body.recall import shown
from core.text import single_spaced

_MIN_CHARS = 40
_SENTENCE_END = re.compile(r"[.!?…。！？\"'”’»]\s*$")
_PROSE = XPath(f".//p[string-length(normalize-space()) >= {_MIN_CHARS}]")
_LINK_TEXT = XPath(".//a//text()")
_NOT_OPENING = XPath("boolean(.//h1 | .//h2 | .//h3 | .//h4 | .//article | .//aside | .//nav | .//form"
                     " | .//li | .//figcaption)")
_HEADLINE = XPath("boolean(.//h1)")
_MEDIA = XPath("self::figure or self::picture or self::img or ((.//img or .//picture or .//video"
               " or .//iframe) and string-length(normalize-space(.)) < 200)")
_BLOCKS = frozenset({"div", "section"})
_HEADLINE_BLOCKS = frozenset({"div", "section", "header"})
_SKIPPED = frozenset({"script", "style", "noscript", "template"})
_OTHER_CONTENT = re.compile(r"relate|recirc|more|teaser|promo|recommend|popular|comment|sidebar|widget|"
                            r"newsletter|share|social|caption|credit|byline|author|meta|(?<![a-z])ads?(?![a-z])",
                            re.IGNORECASE)
_DECK_NAME = re.compile(r"dek|deck|standfirst|summary|abstract|excerpt|subtitle|strap|lead|intro|descr|"
                        r"perex|sapo|chapo", re.IGNORECASE)
_LEVELS = 2
_MIN_PARAGRAPHS = 2
_MIN_NAMED_DECK_PARAGRAPHS = 3
# The paragraphs hold most of the block's text (no teaser headlines, labels or links beside them).
_MIN_PROSE_SHARE = 0.8
_MAX_LINK_SHARE = 0.5


def with_intro_block(text: str, paragraph) -> str:
    """``text`` with the opening block's paragraphs in front of ``paragraph`` (the first the fast pass
    kept, whose line opens the body), when the block right before the body's block is one (see above)."""
    lines = text.split("\n")
    opening = single_spaced(paragraph.text_content())
    at = next((index for index, line in enumerate(lines[:3]) if single_spaced(line) == opening), None)
    body = paragraph.getparent()
    if at is None or body is None or paragraph.tag != "p" or not _opens(body, paragraph):
        return text
    element = body
    for _ in range(_LEVELS):
        if element.tag in ("article", "main") or _HEADLINE(element):
            return text  # the story's own block: what stands before it is not the story
        intro = _block_before(element)
        if intro is not None:
            found = _after_headline(intro, single_spaced(text)) if _HEADLINE(intro) \
                else _intro_paragraphs(intro, single_spaced(text))
            return "\n".join([*lines[:at], *found, *lines[at:]]) if found else text
        parent = element.getparent()
        if parent is None or parent.tag in ("body", "html") or not _opens(parent, paragraph):
            return text
        element = parent
    return text


def _opens(block, paragraph) -> bool:
    """``paragraph`` is the first prose paragraph of ``block`` (read in order up to it: no XPath
    over the whole block)."""
    for element in block.iter("p"):
        if element is paragraph:
            return True
        if len(element.text_content().strip()) >= _MIN_CHARS:
            return False
    return False


def _block_before(element):
    """The nearest element with text before ``element`` (pictures passed over, and a box the template
    sets between the opening and the rest: an ad slot, a sign-up box, a few related links) when it is
    a block with no text between them, else None."""
    before = element.getprevious()
    while before is not None and (not isinstance(before.tag, str) or before.tag in _SKIPPED
                                  or not before.text_content().strip() or set_between(before)):
        if (before.tail or "").strip():
            return None
        before = before.getprevious()
    if before is None or (before.tail or "").strip() \
            or before.tag not in (_HEADLINE_BLOCKS if _HEADLINE(before) else _BLOCKS):
        return None
    return before


# A box set inside the body: an <aside>, or a block named for an ad, a sign-up or other stories, short.
_BOX_NAMES = re.compile(r"relate|recirc|teaser|promo|recommend|newsletter|signup|sign-up|subscri|advert|"
                        r"(?<![a-z])ads?(?![a-z])|(?<![a-z])ad[-_]", re.IGNORECASE)
_MAX_BOX_CHARS = 500


# A pull quote repeats a line of the story in large type: a short <blockquote>.
_PULL_QUOTE = XPath("self::blockquote and string-length(normalize-space()) < 300")
# A box of links may be longer: its text is that of its links (headlines of other stories).
_MAX_LINKS_BOX_CHARS = 1500
_MIN_LINKS_BOX_SHARE = 0.8


def set_between(element) -> bool:
    """``element`` is a picture (its caption with it), a pull quote or a short box (``inline_box``) a
    template sets between two parts of a body, not part of its text."""
    return bool(_MEDIA(element)) or bool(_PULL_QUOTE(element)) or inline_box(element)


def inline_box(element) -> bool:
    """``element`` is a short box set inside a body (see above), or a box of links to other stories
    named so up to ``_MAX_LINKS_BOX_CHARS``, not part of its text."""
    names = f"{element.get('class', '')} {element.get('id', '')}"
    if element.tag != "aside" and _BOX_NAMES.search(names) is None:
        return False
    chars = len(single_spaced(element.text_content()))
    return chars <= _MAX_BOX_CHARS or (chars <= _MAX_LINKS_BOX_CHARS and len(single_spaced(
        "".join(_LINK_TEXT(element)))) >= _MIN_LINKS_BOX_SHARE * chars)


def _intro_paragraphs(block, whole: str) -> list[str]:
    """The paragraphs of ``block`` when it is the story's opening (see above), else []."""
    names = f"{block.get('class', '')} {block.get('id', '')}"
    if _OTHER_CONTENT.search(names) or _NOT_OPENING(block) or not shown(block, block):
        return []
    paragraphs = [single_spaced(p.text_content()) for p in _PROSE(block) if shown(p, block)]
    least = _MIN_NAMED_DECK_PARAGRAPHS if _DECK_NAME.search(names) else _MIN_PARAGRAPHS
    if len(paragraphs) < least or any(p[:_MIN_CHARS] in whole for p in paragraphs) \
            or not all(_SENTENCE_END.search(p) for p in paragraphs):
        return []
    chars = sum(len(p) for p in paragraphs)
    if chars < _MIN_PROSE_SHARE * len(single_spaced(block.text_content())) \
            or len(single_spaced("".join(_LINK_TEXT(block)))) > _MAX_LINK_SHARE * chars:
        return []
    return paragraphs


# After the headline in its block: the byline, the date, a deck named so, a picture, then the
# opening. Deck-named blocks stay out (``cleaner.body.leads``), and so do a byline's and a caption's.
_NOT_PROSE_NAMES = re.compile(_DECK_NAME.pattern.replace("lead|intro|", "") + "|" + _OTHER_CONTENT.pattern,
                              re.IGNORECASE)
_ASIDE_TAGS = frozenset({"figure", "figcaption", "aside", "nav", "footer", "li", "blockquote", "a"})
# Elements after the headline that make its block something else than the story's opening.
_NOT_OPENING_TAGS = frozenset({"h1", "h2", "h3", "h4", "li", "article", "form", "nav", "aside", "table"})
# A deck may be two paragraphs set after the headline, unnamed: the opening is three or more.
_MIN_AFTER_HEADLINE = 3


def _after_headline(block, whole: str) -> list[str]:
    """The paragraphs after the headline in ``block``, the headline's own block (a top column of the
    headline, the byline, a deck and the story's opening, the rest of the body in the next block),
    when they are the story's opening: three or more, prose alone (as ``_intro_paragraphs``), no
    heading, list, form or aside after the headline there; a deck, a byline or a caption among them
    is passed over, not taken."""
    if not shown(block, block):
        return []
    elements = iter(block.iter())
    headline = next((element for element in elements if element.tag == "h1"), None)
    if headline is None:
        return []
    below = set(headline.iter())
    paragraphs, links = [], 0
    for element in elements:
        if element in below or not isinstance(element.tag, str):
            continue
        if element.tag in _NOT_OPENING_TAGS:
            return []
        if element.tag != "p" or len(line := single_spaced(element.text_content())) < _MIN_CHARS:
            continue
        if shown(element, block) and not _aside(element, block):
            paragraphs.append(line)
            links += len(single_spaced("".join(_LINK_TEXT(element))))
    if len(paragraphs) < _MIN_AFTER_HEADLINE or any(p[:_MIN_CHARS] in whole for p in paragraphs) \
            or not all(_SENTENCE_END.search(p) for p in paragraphs):
        return []
    chars = sum(len(p) for p in paragraphs)
    return paragraphs if links <= _MAX_LINK_SHARE * chars else []


def _aside(paragraph, block) -> bool:
    """``paragraph`` is a deck's, a byline's, a caption's or other content's, not the story's."""
    for element in (paragraph, *paragraph.iterancestors()):
        if element is block:
            return False
        if element.tag in _ASIDE_TAGS or _NOT_PROSE_NAMES.search(
                f"{element.get('class', '')} {element.get('id', '')}"):
            return True
    return False
