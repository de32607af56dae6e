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

A grid of cards with no heading (``_grid_cards``): three or more sibling blocks of one tag and
class (list items and ``<article>``s of no class too), each around a picture and a link to another
story of the site (its title a bare link, or a ``<p>`` in the link around the picture), with at most
a short summary and a date besides: the rest of the site under the article. The extractor keeps a
card's summary, or its title where it reads as a line. Such a grid is found from the pictures of
``root`` (a walk by tag; a neighbour of the same kind is checked before a count: 0.1 ms a page),
never around the first paragraph the text kept; each of its lines the text holds goes (a link's
title whatever its length, other lines of 20 characters or more), under the same third-of-the-text
guard.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from lxml.etree import XPath

from cleaner.body.related_lists import address, host_of, other_story
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


def without_teaser_cards(root, text: str, url: str | None = None, paragraph=None) -> str:
    """``text`` without the headings and summaries of teaser cards found in ``root`` (the article's
    container, else the page), and the lines of grids of cards there (not around ``paragraph``, the
    first the text kept; links to other pages of ``url``'s site; see above)."""
    cards = _cards(root)
    grid = _grid_cards(root, url, paragraph)
    if not cards and not grid:
        return text
    lines = text.split("\n")
    at_line = {flat: index for index, line in enumerate(lines)
               if len(flat := single_spaced(line)) >= _MIN_LINE}
    dropped: set[int] = set()
    if grid:
        exact = {single_spaced(line): index for index, line in enumerate(lines)}
        for whole, titles in grid:
            dropped.update(index for line, index in at_line.items() if line in whole)
            dropped.update(exact[title] for title in titles if title in exact)
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


_GRID_MIN_CARDS = 3
_GRID_LEVELS = 4
_MAX_GRIDS = 10
# A card's text: a title, a summary of a sentence or two, a date.
_MAX_CARD_CHARS = 400
_MAX_TITLE_CHARS = 150
_MIN_TITLE_WORDS = 2
_CARD_LINKS = XPath(".//a[@href]")
# Cards that need no class to be told as one kind: a list's items, a feed's <article>s.
_UNNAMED_CARDS = frozenset({"li", "article"})


def _grid_cards(root, url: str | None, paragraph) -> list[tuple[str, list[str]]]:
    """(text, link titles) of each card of the grids in ``root`` (see above)."""
    host = host_of(url)
    own_path = address(urlsplit(url)) if url else None
    story = set(paragraph.iterancestors()) | {paragraph} if paragraph is not None else set()
    seen: set = set()
    found: list[tuple[str, list[str]]] = []
    for picture in root.iter("img"):
        card = picture
        for _ in range(_GRID_LEVELS):
            grid = card.getparent()
            if grid is None or grid in story or grid in seen:
                break
            kind = card.get("class")
            # A neighbour of one tag and class first: most pictures stand in no grid, and their
            # blocks' children need no count.
            if (kind is not None or card.tag in _UNNAMED_CARDS) and any(
                    other is not None and other.tag == card.tag and other.get("class") == kind
                    for other in (card.getnext(), card.getprevious())):
                kin = [child for child in grid if child.tag == card.tag and child.get("class") == kind]
                if len(kin) < _GRID_MIN_CARDS:
                    break
                seen.add(grid)
                read = [_card(child, host, own_path) for child in kin]
                if all(read) and (host is not None or len({h for _, _, h in read}) == 1):
                    found.extend((whole, titles) for whole, titles, _ in read)
                    if len(seen) >= _MAX_GRIDS:
                        return found
                break
            card = grid
    return found


def _card(card, host: str | None, own_path: str | None) -> tuple[str, list[str], str | None] | None:
    """(text, link titles, the links' host) of a card that links to another story around a short
    title and says little besides, else None."""
    whole = single_spaced(card.text_content())
    if not whole or len(whole) > _MAX_CARD_CHARS or next(card.iter("h1"), None) is not None:
        return None
    titles, hosts = [], set()
    for link in _CARD_LINKS(card):
        href = link.get("href") or ""
        if not other_story(href, host, own_path):
            return None
        hosts.add(host_of(href))
        title = single_spaced(link.text_content())
        if len(title.split()) >= _MIN_TITLE_WORDS and len(title) <= _MAX_TITLE_CHARS:
            titles.append(title)
    return (whole, titles, hosts.pop() if len(hosts) == 1 else "") if titles else None
