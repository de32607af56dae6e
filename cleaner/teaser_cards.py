"""Teaser cards of other stories that extraction kept in the body.

A teaser card is a block of its own (``<div>``, ``<section>``, ``<aside>``, ``<li>``, ``<article>``)
holding a heading that links elsewhere (``<h3><a href="/other-story">``, or a link around the
heading) and a short summary in one or two ``<p>``: a "read also" box set between the body's
paragraphs ("Lesen Sie auch", "Les også"), or the column of other stories under the article. The
precision pass keeps the summary as prose, and ``cleaner.recall.with_headings`` may put the linked
heading back before it; gold bodies leave both out. The heading and the summary are taken off the
text where they stand as lines of it, unless that would take a third of the text or more (a list
article's entries, or a one-paragraph post under its own linked title, are the article).

Only blocks around a linked heading are read: one XPath over the page, nothing when it finds none.
"""

from __future__ import annotations

from lxml.etree import XPath

from core.text import single_spaced

_CARD_TAGS = frozenset({"div", "section", "aside", "li", "article"})
_HEADING_TAGS = ("h2", "h3", "h4")
_LINK = XPath("descendant::a[@href][1]")
_PARAGRAPHS = XPath(".//p")
_MAX_CARDS = 60
# A card's summary is a sentence or two.
_MAX_SUMMARY_CHARS = 400
_MAX_PARAGRAPHS = 2
# The cards may take less than this share of the text (else they are the article).
_MAX_SHARE = 1 / 3


def without_teaser_cards(tree, text: str) -> str:
    """``text`` without the headings and summaries of teaser cards found on the page (see above)."""
    cards = _cards(tree)
    if not cards:
        return text
    lines = text.split("\n")
    at_line = {single_spaced(line): index for index, line in enumerate(lines)}
    dropped: set[int] = set()
    for card, heading in cards[:_MAX_CARDS]:
        summary = _summary_lines(card, at_line)
        if not summary:
            continue
        dropped.update(summary)
        if (index := at_line.get(single_spaced(heading.text_content()))) is not None:
            dropped.add(index)
    if not dropped or sum(len(lines[index]) for index in dropped) >= _MAX_SHARE * len(text):
        return text
    return "\n".join(line for index, line in enumerate(lines) if index not in dropped)


def _cards(tree) -> list[tuple]:
    """(card, heading) for each block around a heading that links to another page (not an anchor on
    this one), or that a link to one wraps; the heading a child of the card (or of its link)."""
    found = []
    for heading in tree.iter(*_HEADING_TAGS):
        holder = heading.getparent()
        if holder is not None and holder.tag == "a" and holder.get("href"):
            link, shown_heading, holder = holder, holder, holder.getparent()
        else:
            links = _LINK(heading)
            link, shown_heading = (links[0] if links else None), heading
        if link is None or holder is None or holder.tag not in _CARD_TAGS:
            continue
        href = (link.get("href") or "").strip()
        if href and not href.startswith("#"):
            found.append((holder, shown_heading))
    return found


def _summary_lines(card, at_line: dict[str, int]) -> list[int]:
    """The text's lines that are ``card``'s summary paragraphs, when its one or two paragraphs are
    short (a teaser card)."""
    paragraphs = _PARAGRAPHS(card)[:_MAX_PARAGRAPHS + 1]
    if not paragraphs or len(paragraphs) > _MAX_PARAGRAPHS:
        return []
    found = []
    for paragraph in paragraphs:
        flat = single_spaced(paragraph.text_content())
        if len(flat) > _MAX_SUMMARY_CHARS:
            return []
        if flat and (index := at_line.get(flat)) is not None:
            found.append(index)
    return found
