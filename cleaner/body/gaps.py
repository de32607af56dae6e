"""Paragraphs the precision pass dropped from the middle or the end of an article.

trafilatura's precision pass judges each block alone, and drops a sentence of the story whose link
takes a good share of it ("... published Monday in the <a>journal Nature Astronomy</a>.") or whose
block is named like furniture (``<div class="card">``). Between two paragraphs it kept, in the same
article container, such a paragraph is the story's own: it is put back where it stands on the page.

Some templates set paragraphs without ``<p>``: as text straight in the body's ``<div>`` between or
after the ``<p>`` (``<p>b</p>Final paragraph.<br><br>Another one.``), or each in a ``<div>`` holding
only text and inline elements. Once the body has enough ``<p>`` text the precision pass reads no
``<div>`` and drops both kinds. Such a run of text is a paragraph here like a ``<p>``: put back
between two kept paragraphs, and after the last one while the runs that follow it in the same body
block are prose (the first that is not ends the article: a credit, a tag line, a share prompt); so
too before the first one (a lead written straight into the body's block), back to the first run
that is not prose (a byline, a date line); and so too the story's first ``<p>`` paragraphs, when the
precision pass dropped them with their block (named or styled like furniture: "link", "...-bottom", a
border) right inside the body's block: never a deck's block (dek, standfirst, summary, intro, lead),
nor text before the container's headline. Its last ``<p>`` paragraphs, dropped with such a block
after the last kept one (``<div class="article-bottom">``), are put back too, never from a block
named for what follows a story (a foot note, a bio, tags, a disclaimer); and two or more from a
footer's text block in or right after the body's block ("article-footer__body", "entry-footer-text"),
which trafilatura drops by its name. A closing run put back
from its own block keeps the short ``<h2>``-``<h4>`` subheading right before that block (an
``<iframe>``, then ``<h2>What happens next</h2><div>text</div>`` at the end of the body): dropped
with the run, it heads it. A body set without any ``<p>`` has its block found by its first kept
run of bare text (``cleaner.body.containers.bare_text_block``), and so has a bare-text body whose
only kept ``<p>``s are a guide or feature box's set before it in the article.

Only prose is put back (a sentence of some length, mostly not link text), never a block in a list,
a quote box, a figure or an aside, or one named for related stories, sharing or promotion; the junk
line rules (``core.junk``) still judge it like every other line.
"""

from __future__ import annotations

import re
from itertools import pairwise

from lxml.etree import XPath

from cleaner.body.bare_runs import Places, Unit, bare_units, holds_block, link_text_chars
from cleaner.body.containers import bare_text_block
from cleaner.body.recall import DISCARDED_NAME, shown
from core.text import single_spaced

_PARAGRAPHS = XPath(".//p")
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
# Names of boxes around a picture or a carousel of other stories, where bare text is a caption, a
# credit or a teaser (the <p> rules above let these names be: a story's cards are its paragraphs).
_BARE_ASIDE_NAMES = re.compile(r"image|photo|picture|media|gallery|rail|swiper|carousel|slide|video|"
                               r"meta|date|time|tag|source|copyright|note|notice|alert|disclaimer",
                               re.IGNORECASE)
# A block with a landmark or widget role (a hatnote is role="note", a banner role="alert") is no prose.
_PROSE_ROLES = frozenset({None, "article", "main", "presentation", "none", "region"})


def with_dropped_paragraphs(container, text: str) -> str:
    """``text`` with the prose paragraphs of its article ``container``
    (``cleaner.body.containers.container_of``) that lie between two of its kept paragraphs, and the
    bare-text paragraphs right after the last one, put back in place."""
    lines = text.split("\n")
    at_line = {}
    for index, line in enumerate(lines):
        at_line.setdefault(single_spaced(line), index)
    paragraphs = _PARAGRAPHS(container)[:_MAX_PARAGRAPHS]
    units = [Unit(p, single_spaced(p.text_content()), (0, 0)) for p in paragraphs]
    # Bare text counts in the blocks that hold kept paragraphs, or in a block right inside one.
    body_blocks = {unit.element.getparent() for unit in units if unit.text in at_line} - {None}
    if not body_blocks:  # a body set without <p>: the block of its first kept run of bare text
        prose = {line for line in at_line if len(line) >= _MIN_CHARS}
        body_blocks = {block} if (block := bare_text_block(container, prose)) is not None else set()
    else:
        # Kept prose no <p> holds, more of it than the kept <p>s': the body's own block is set in bare
        # text, and the kept <p>s are a box's before it (a guide, a feature box): its block counts too.
        held = {unit.text for unit in units}
        loose = {line for line in at_line
                 if len(line) >= _MIN_CHARS and line not in held and _SENTENCE_END.search(line)}
        if sum(map(len, loose)) > sum(len(line) for line in held if line in at_line) \
                and (block := bare_text_block(container, loose)) is not None \
                and (block is container or container in block.iterancestors()):
            body_blocks.add(block)
    if not body_blocks:
        return text
    place = Places(container)
    bare = [unit for block in body_blocks for unit in bare_units(block, container, place)]
    if bare:  # else the paragraphs are in page order already
        for unit in units:
            unit.at = (place[unit.element], 0)
        units = sorted(units + bare, key=lambda unit: unit.at)
    kept = [index for index, unit in enumerate(units) if unit.text in at_line]
    if not kept:
        return text
    whole = single_spaced(text)
    inserts: dict[int, list[str]] = {}
    for before, after in pairwise(kept):
        anchor = at_line[units[before].text]
        if at_line[units[after].text] <= anchor:
            continue  # the text does not follow the page's order here
        for unit in units[before + 1:after]:
            if _dropped_prose(unit, container) and not _already_in(unit.text, whole, at_line):
                inserts.setdefault(anchor, []).append(unit.text)
    last, first = units[kept[-1]], units[kept[0]]
    if at_line[last.text] == max(at_line[units[index].text] for index in kept):
        after = units[kept[-1] + 1:]
        closing = _bare_prose(after, last, container) or _closing_prose(after, last, container)
        for unit in closing:
            if not _already_in(unit.text, whole, at_line):
                heading = _heading_before(unit, last, whole, place)
                parts = (heading, unit.text) if heading else (unit.text,)
                inserts.setdefault(at_line[last.text], []).extend(parts)
    opening = []
    if at_line[first.text] == min(at_line[units[index].text] for index in kept):
        before = units[kept[0] - 1::-1] if kept[0] else []
        opening = [unit.text for unit in _opening_prose(before, first, container, place)
                   if not _already_in(unit.text, whole, at_line)][::-1]
    if not inserts and not opening:
        return text
    start = at_line[first.text]
    lines = [*lines[:start], *opening, *lines[start:]]
    inserts = {index + len(opening) if index >= start else index: parts for index, parts in inserts.items()}
    return "\n".join(part for index, line in enumerate(lines) for part in (line, *inserts.get(index, [])))


def _bare_prose(units: list[Unit], kept: Unit, container) -> list[Unit]:
    """The bare-text ``units`` next to ``kept`` (after it, or before it in reverse order) in its body
    block, up to the first that is not such prose."""
    body = kept.element if kept.bare else kept.element.getparent()
    found = []
    for unit in units:
        if not (unit.bare and body is not None and unit.element in (body, *body)
                and _dropped_prose(unit, container)):
            break
        found.append(unit)
    return found


# Names of the blocks after a body's last paragraph that hold no more of the story.
_CLOSING_NAMES = re.compile(r"foot|bio|disclaim|copyright|tag|note|correct|about|contact|info|legal",
                            re.IGNORECASE)
_CLOSING_BLOCKS = frozenset({"div", "section"})
# ... but a footer's text block holds the story's rest ("article-footer__body", "story__footer-text").
_FOOT_REST = re.compile(r"foot(?:er)?[-_]*(?:body|text|content|copy|story)", re.IGNORECASE)
_FOOT_NAMES = re.compile(r"bio|disclaim|copyright|tag|note|correct|about|contact|info|legal", re.IGNORECASE)
_MIN_FOOT_PARAGRAPHS = 2


def _closing_prose(units: list[Unit], last: Unit, container) -> list[Unit]:
    """The ``<p>`` paragraphs right after ``last``, the last kept ``<p>``, that the fast pass dropped
    with the block they close the body in, up to the first that is not such prose: a ``<div>`` or
    ``<section>`` right inside the body's block that trafilatura's precision pass discards by its name
    or style ("article-bottom", "link", a border), never one named for what follows a story (a foot
    note, an author's bio, tags, a disclaimer); or a footer's text block ("article-footer__body",
    "entry-footer-text": ``_foot_rest``) with two such paragraphs or more, in the body's block, right
    after it, or first in the block right after it."""
    body = last.element.getparent()
    found: list[Unit] = []
    foot = None
    for unit in units:
        holder = unit.element.getparent()
        if unit.bare or body is None or holder is None or holder.tag not in _CLOSING_BLOCKS \
                or not _dropped_prose(unit, container):
            break
        if holder is foot or (not found and _foot_rest(holder, body)):
            foot = holder
        elif foot is not None or holder.getparent() is not body or not _discarded(holder) \
                or _CLOSING_NAMES.search(f"{holder.get('class', '')} {holder.get('id', '')}"):
            break
        found.append(unit)
    if foot is not None and len(found) < _MIN_FOOT_PARAGRAPHS:
        return []
    return found


def _foot_rest(holder, body) -> bool:
    """``holder`` is a footer's text block (``_FOOT_REST``, not named for a bio, tags, a note) in
    ``body``, right after it, or first in the block right after it."""
    names = f"{holder.get('class', '')} {holder.get('id', '')}"
    if "oot" not in names or not _FOOT_REST.search(names) or _FOOT_NAMES.search(names):
        return False
    after = body.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    return holder.getparent() is body or holder is after \
        or (after is not None and holder.getparent() is after and _first_child(after) is holder)


def _first_child(block):
    return next((child for child in block if isinstance(child.tag, str)), None)


# A subheading over closing text put back: short, an <h2> to <h4> right before the run's own block.
_SUBHEADINGS = frozenset({"h2", "h3", "h4"})
_MAX_SUBHEADING_CHARS = 120


def _heading_before(unit: Unit, last: Unit, whole: str, place: Places) -> str | None:
    """The subheading of a closing bare-text block put back after the body's last kept paragraph
    (``<h2>What happens next</h2><div>text</div>`` after an embedded video): the fast pass dropped it
    with the block, and it heads the text put back. None when there is none, or the text has it."""
    if not unit.bare or unit.element is last.element or last.element in unit.element.iterancestors():
        return None
    heading = unit.element.getprevious()
    while heading is not None and not isinstance(heading.tag, str):
        heading = heading.getprevious()
    if heading is None or heading.tag not in _SUBHEADINGS or place[heading] < place[last.element]:
        return None
    text = single_spaced(heading.text_content())
    if not 0 < len(text) <= _MAX_SUBHEADING_CHARS or text in whole or (len(heading) and holds_block(heading)):
        return None
    return text


def _discarded(block) -> bool:
    return any(DISCARDED_NAME.search(block.get(name) or "") for name in ("class", "id")) \
        or "border" in (block.get("style") or "")


# Names of the blocks before a body that hold a deck, a standfirst or a summary: no body paragraphs.
_DECK_NAMES = re.compile(r"dek|deck|standfirst|summary|abstract|excerpt|subtitle|sub-?head|strap|kicker|"
                         r"lede?(?![a-z])|lead|intro|descr|teaser|perex|sapo|chapo", re.IGNORECASE)


def _opening_prose(units: list[Unit], first: Unit, container, place: Places) -> list[Unit]:
    """The prose paragraphs right before ``first``, the first kept (``units`` in reverse order), up
    to the first that is not such prose: bare runs in its body block (``_bare_prose``), and ``<p>``s
    in that block or in a block right inside it that the fast pass dropped with their block (named or
    styled like furniture). Never a deck's block, nor anything before the container's headline."""
    body = first.element if first.bare else first.element.getparent()
    headline = next(container.iter("h1"), None)
    found = []
    for unit in units:
        holder = unit.element if unit.bare else unit.element.getparent()
        if body is None or holder is None or not (holder is body or holder.getparent() is body):
            break
        if not unit.bare and (_named_deck(unit.element) or (holder is not body and _named_deck(holder))):
            break
        if headline is not None and place[unit.element] < place[headline]:
            break
        if not _dropped_prose(unit, container):
            break
        found.append(unit)
    return found


def _named_deck(element) -> bool:
    return _DECK_NAMES.search(f"{element.get('class', '')} {element.get('id', '')}") is not None


def _already_in(paragraph: str, whole: str, lines) -> bool:
    """The text (``whole``, single-spaced, and its single-spaced ``lines``) has ``paragraph`` in other
    lines (a paragraph broken by ``<br>`` is several; one with a formula or an embed reads differently
    at one end or in its middle): its start or its end is in it, and either most of its pieces are in
    the stretch that opens or closes there, or the line there is almost all words of the paragraph;
    not another paragraph that opens or closes with the same words (after an embedded video, two
    paragraphs ending "..., a spokesman said on Monday.")."""
    if paragraph in whole:
        return True
    start, end = paragraph[:_MIN_CHARS], paragraph[-_MIN_CHARS:]
    if start not in whole and end not in whole:
        return False
    span = len(paragraph) + len(paragraph) // 4 + _MIN_CHARS
    stretches = [whole[at:at + span] for at in _places(whole, start)]
    stretches += [whole[max(0, at + len(end) - span):at + len(end)] for at in _places(whole, end)]
    pieces = range(0, len(paragraph) - _PIECE_CHARS + 1, _PIECE_CHARS)
    least = _MIN_PIECES_IN * len(pieces)
    if any(sum(paragraph[at:at + _PIECE_CHARS] in stretch for at in pieces) >= least
           for stretch in stretches):
        return True
    words = set(paragraph.split())
    for line in lines:
        if start in line or end in line:
            own = line.split()
            if sum(word in words for word in own) >= _MIN_WORDS_IN * len(own):
                return True
    return False


_PIECE_CHARS = 20
_MIN_PIECES_IN = 0.5
_MIN_WORDS_IN = 0.9
_MAX_PLACES = 4


def _places(whole: str, part: str) -> list[int]:
    """Where ``part`` stands in ``whole`` (its first few places)."""
    found: list[int] = []
    at = whole.find(part)
    while at >= 0 and len(found) < _MAX_PLACES:
        found.append(at)
        at = whole.find(part, at + 1)
    return found


def _dropped_prose(unit: Unit, container) -> bool:
    """A sentence of the story's own flow: long enough, ended like a sentence, mostly not link
    text, shown, and not inside a list, quote, figure, aside or a block named for other content."""
    if len(unit.text) < _MIN_CHARS or not _SENTENCE_END.search(unit.text):
        return False
    if unit.link_chars < 0:
        unit.link_chars = link_text_chars(unit.element)
    if unit.link_chars > _MAX_LINK_SHARE * len(unit.text):
        return False
    paragraph = unit.element
    if not shown(paragraph, container):
        return False
    for element in (paragraph, *paragraph.iterancestors()):
        if element is container:
            return True
        if (element is not paragraph or unit.bare) and element.tag in _ASIDE_TAGS:
            return False
        names = f"{element.get('class', '')} {element.get('id', '')}"
        if _ASIDE_NAMES.search(names) or (unit.bare and (_BARE_ASIDE_NAMES.search(names)
                                                         or element.get("role") not in _PROSE_ROLES)):
            return False
    return False
