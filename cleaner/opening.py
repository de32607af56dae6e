"""The furniture at the top of an extracted body: the headline, the deck and the byline.

Extraction sometimes starts above the article's first paragraph and brings along what the page
sets around the headline. These are page fields or subtitles, not the article's text (both gold
corpora at hand leave decks and bylines out of the body):
- the headline (the ``title`` field), after a short kicker such as a section name;
- the deck: a block named as a subtitle, dek, standfirst or summary that stands with the ``<h1>``
  in the page's header block (``<h2 class="c-content-head__subtitle">``); a lead paragraph set
  apart by a template (``sapo``, ``perex``, ``bajada``: ``cleaner.recall``) is the article's;
- the byline ("By Jonathan Greig · March 18th, 2024"), when it names one of the page's authors.
"""

from __future__ import annotations

import re

from lxml.etree import XPath

from core.text import clean_text

# The headline is looked for in the body's first lines, after kickers of a few words.
_HEADLINE_WITHIN = 3
_KICKER_WORDS = 4
_DECK_WITHIN = 2
_BYLINE_WITHIN = 3
_BYLINE_WORDS = 15
_DECK_WORDS = frozenset({"subtitle", "subheadline", "subhead", "dek", "deck", "standfirst", "summary",
                         "description", "desc", "excerpt", "strapline", "teaser"})
_DECK_NAME = re.compile(rf"(?<![a-z])(?:{'|'.join(sorted(_DECK_WORDS))})(?![a-z])", re.IGNORECASE)
_DECK_TAGS = ("h2", "h3", "p", "div", "span")
_HEADLINES = XPath("//h1")
_HEADLINE = XPath(".//h1")
_MAX_HEADLINES = 3
_MAX_BLOCKS = 60
_BY = re.compile(r"^(?:by|von|par|por|di|door|av|af|przez|от)\s", re.IGNORECASE)


def _norm(text: str) -> str:
    return " ".join(text.split())


def without_opening(tree, text: str, title: str | None, authors: list[str]) -> str:
    """``text`` without the headline, deck and byline lines it opens with (see above)."""
    text = _without_headline(text, title)
    lines = text.split("\n")
    drop = {index for index, line in enumerate(lines[:_BYLINE_WITHIN]) if _is_byline(line, authors)}
    drop |= _deck_lines(tree, lines, drop)
    if not drop or len(drop) == len(lines):
        return text
    return clean_text("\n".join(line for index, line in enumerate(lines) if index not in drop))


def _without_headline(text: str, title: str | None) -> str:
    """The headline is the ``title`` field; a body that opens with it (after a short kicker such
    as a section name) repeats it."""
    lines = text.split("\n")
    wanted = _norm(title or "").casefold()
    for index, line in enumerate(lines[:_HEADLINE_WITHIN]):
        if wanted and _norm(line).casefold() == wanted:
            return clean_text("\n".join(lines[index + 1:]))
        if len(line.split()) > _KICKER_WORDS:
            break
    return text


def _is_byline(line: str, authors: list[str]) -> bool:
    words = line.split()
    folded = line.casefold()
    return len(words) <= _BYLINE_WORDS and bool(_BY.match(line)) \
        and any(name.casefold() in folded for name in authors)


def _deck_lines(tree, lines: list[str], skip: set[int]) -> set[int]:
    """Indexes of the opening lines that are a deck block of the page."""
    wanted = {_norm(line): index for index, line in enumerate(lines[:_DECK_WITHIN + len(skip)])
              if index not in skip and line.strip()}
    if not wanted:
        return set()
    found: set[int] = set()
    for block in _beside_headlines(tree):
        if not _named_deck(block):  # the names first: reading every block's text costs more
            continue
        index = wanted.get(_norm(block.text_content()))
        if index is None or index + 1 >= len(lines):
            continue
        # A deck stands with the headline, apart from the body: the block around it holds the
        # <h1> and not the body's next paragraph (a deck set in the body is the body's on the
        # gold pages at hand).
        parent = block.getparent()
        following = _norm(lines[index + 1])
        if parent is not None and _HEADLINE(parent) and following not in _norm(parent.text_content()):
            found.add(index)
    return found


def _beside_headlines(tree):
    """The blocks in the header blocks of the page's first ``<h1>`` elements."""
    for headline in _HEADLINES(tree)[:_MAX_HEADLINES]:
        header = headline.getparent()
        if header is not None:
            yield from list(header.iter(*_DECK_TAGS))[:_MAX_BLOCKS]


def _named_deck(block) -> bool:
    names = block.get("class") or block.get("id")
    return bool(names) and _DECK_NAME.search(f"{block.get('class', '')} {block.get('id', '')}") is not None
