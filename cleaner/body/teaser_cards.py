"""Teaser cards of other stories that extraction kept in the body.

A teaser card is a block of its own (``<div>``, ``<section>``, ``<aside>``, ``<li>``, ``<article>``)
holding a heading that links elsewhere (``<h3><a href="/other-story">``, or a link around the
heading) and a short summary (at most 400 characters besides the heading, in one or two ``<p>``, or
a ``<div>`` or ``<span>``): a "read also" box set between the body's paragraphs ("Lesen Sie auch",
"Les også"), or the column of other stories under the article. The precision pass keeps the summary
as prose, and ``cleaner.body.recall.with_headings`` may put the linked heading back before it; gold
bodies leave both out. The text's lines that stand in such a card (the heading, the summary, each of
20 characters or more) are taken off, unless that would take a third of the text or more (a list
article's entries, or a one-paragraph post under its own linked title, are the article).

Only blocks around a linked heading in the article's container are read (the ``<h2>``-``<h4>`` of
``root``; the whole page costs 0.2-0.4 ms, and gained one benchmark page's cards set beside the
article, +0.0005 F1). A title that is a bare link (``<a class="title">``, ``<p><strong><a>``) was
tried too: benchmark F1 +0.0004, but a walk over every link costs 0.3-0.6 ms a page; not adopted.
"""

from __future__ import annotations

from lxml.etree import XPath

from core.text import single_spaced

_CARD_TAGS = frozenset({"div", "section", "aside", "li", "article"})
_HEADING_TAGS = ("h2", "h3", "h4")
_PARAGRAPHS = XPath(".//p")
_MAX_CARDS = 60
# A card's summary is a sentence or two.
_MAX_SUMMARY_CHARS = 400
_MAX_PARAGRAPHS = 2
# The cards may take less than this share of the text (else they are the article).
_MAX_SHARE = 1 / 3
# Lines this short are not looked for in cards (a label, a date).
_MIN_LINE = 20
# A card has a summary beside its title (in a <p>, a <div> or a <span>).
_MIN_SUMMARY = 40


def without_teaser_cards(root, text: str) -> str:
    """``text`` without the headings and summaries of teaser cards found in ``root`` (the article's
    container, else the page; see above)."""
    cards = _cards(root)
    if not cards:
        return text
    lines = text.split("\n")
    at_line = {flat: index for index, line in enumerate(lines)
               if len(flat := single_spaced(line)) >= _MIN_LINE}
    dropped: set[int] = set()
    for card, heading in cards[:_MAX_CARDS]:
        if len(_PARAGRAPHS(card)[:_MAX_PARAGRAPHS + 1]) > _MAX_PARAGRAPHS:
            continue
        title = single_spaced(heading.text_content())
        whole = single_spaced(card.text_content())
        if title and _MIN_SUMMARY <= len(whole) - len(title) <= _MAX_SUMMARY_CHARS:
            dropped.update(index for line, index in at_line.items() if line in whole)
    if not dropped or sum(len(lines[index]) for index in dropped) >= _MAX_SHARE * len(text):
        return text
    return "\n".join(line for index, line in enumerate(lines) if index not in dropped)


def _cards(root) -> list[tuple]:
    """(card, heading) for each block around a heading that links to another page (not an anchor on
    this one), or that a link to one wraps; the heading a child of the card (or of its link)."""
    found = []
    for heading in root.iter(*_HEADING_TAGS):
        holder = heading.getparent()
        if holder is not None and holder.tag == "a" and holder.get("href"):
            link, shown_heading, holder = holder, holder, holder.getparent()
        else:
            if holder is None or holder.tag not in _CARD_TAGS:
                continue  # checked first: most headings are no card's, and their links need no search
            link = next((a for a in heading.iter("a") if a.get("href")), None)
            shown_heading = heading
        if link is None or holder is None or holder.tag not in _CARD_TAGS:
            continue
        href = (link.get("href") or "").strip()
        if href and not href.startswith("#"):
            found.append((holder, shown_heading))
    return found
