"""Noticing a body cut short by the fast first pass.

The precision pass sometimes keeps only the start of an article (a live blog's teaser and lead,
the first paragraphs before an inline block). The article's container (``cleaner.body.containers``: the
``<article>``, ``<main>`` or block around the paragraphs the fast pass kept) says how much prose the
article holds. When it holds clearly more prose than the fast text (a fifth of it or more missing),
a balanced pass on the container alone gives the fuller body; it is taken when it is the same
article (it holds most of the fast text's paragraphs) and clearly longer. Only the container is
read, so teasers of other articles elsewhere do not come in. The second pass may lock onto one block
of a body split over blocks (the rest after the first paragraphs the fast pass kept) and leave out
what the fast pass kept: then both together, in page order (``merged``), when that is clearly longer.
A container with little prose in ``<p>``s is also measured by the prose set straight in its
``<div>``s (a body written as ``<div class="paragraph">`` blocks after a first ``<p>`` or two).

The fast pass also drops the subheadings of an article when they are links or stand at the end of
a block (the numbered entries of a list article, "“Game title” ($30)"). A heading of the container
that comes after the article has started and right before a paragraph or a subheading the text kept
(a paragraph holding only a picture may stand between: heading, photo, text) is put back before it;
headings before a list or at the end (related links, "More stories") stay out, and so does one whose
start or end the text holds already (the fast pass split it at an inline element).

The lead paragraph some templates set apart before the body, which the fast pass drops too, is put
back by ``cleaner.body.leads``: a question of which block before the body is article text, not of how
much of the body was kept.
"""

from __future__ import annotations

import re

from lxml.etree import XPath

from cleaner.body.entries import feed_entry, timed_entry
from cleaner.body.hidden import collapsed_rest, shown
from cleaner.body.hover_cards import drop_hover_card, is_hover_card
from core.text import JOINER_STAND_INS, single_spaced

_PARAGRAPHS = XPath(".//p")
# Paragraphs, subheadings and list items of a container, in document order.
_BLOCKS = XPath(".//p | .//h2 | .//h3 | .//h4 | .//li")
_MAX_HEADING_WORDS = 20
# A heading's text follows it after at most this many empty blocks (pictures).
_MAX_MEDIA_BETWEEN = 3
_KEPT_PART = 30
_NEXT_TEXT = XPath("following::text()[normalize-space() and not(ancestor::script or ancestor::style)][1]")
_HAS_TEXT = XPath("boolean(.//text()[normalize-space() and not(ancestor::script or ancestor::style)])")
# Inline wrappers in paragraphs, and the names trafilatura's precision pass discards whole blocks for.
_INLINE_WRAPPERS = XPath("//p//span[@class or @id or @style]")
DISCARDED_NAME = re.compile(r"(?:^|\s)bottom|bottom(?:\s|$)|(?:^|\s)link(?:\s|$)")
# Blocks around a heading that make it another article's teaser or a widget's label, not a subheading.
_ASIDE_TAGS = frozenset({"a", "li", "ul", "ol", "aside", "nav", "figure", "footer", "form"})
_ASIDE_NAMES = re.compile(
    r"relate|recirc|more|teaser|promo|share|social|newsletter|signup|subscribe|widget|embed|card|\bad", re.I)
_MIN_PROSE_CHARS = 40
# The container must hold this much more prose than the fast text before the second pass runs (a
# fifth of the prose or more missing: the last paragraphs in a block the fast pass drops)...
_SHORT_SHARE = 0.8
_MIN_MISSING_CHARS = 600
# ... and the second pass must be this much longer and keep this share of the fast text's lines.
_LONGER = 1.3
_SAME_ARTICLE = 0.8
_MAX_LOOKUPS = 400


def prose_chars(element) -> int:
    """Characters of the visible prose paragraphs (``<p>`` of a sentence or more) in ``element``."""
    return sum(len(t) for p in _PARAGRAPHS(element)
               if len(t := single_spaced(p.text_content())) >= _MIN_PROSE_CHARS
               and (shown(p, element) or collapsed_rest(p, element)))


def bare_prose_chars(element) -> int:
    """Characters of the visible prose set straight in ``<div>`` blocks of ``element``
    (``<div class="paragraph">Text.</div>``, a body written without ``<p>``)."""
    return sum(len(t) for node in _BARE_PROSE(element)
               if len(t := single_spaced(node)) >= _MIN_PROSE_CHARS and shown(_holder(node), element))


# Prose set straight in a block, not in a child element (a text node of a sentence's length).
_BARE_PROSE = XPath(f"(.//div/text() | .//div/span/text() | .//div/font/text())"
                    f"[string-length() >= {_MIN_PROSE_CHARS}]")
# A container with this much prose in <p>s has its body in them: its <div>s' own text is not read.
_BODY_IN_PARAGRAPHS = 1500


def _holder(node):
    """The element a text node is written in (a tail's: its element's parent)."""
    parent = node.getparent()
    return parent.getparent() if node.is_tail else parent


def looks_cut_short(text: str, *blocks) -> bool:
    """The ``blocks`` (a container, or an article's chunks) hold clearly more prose than ``text``."""
    mass = sum(prose_chars(block) for block in blocks)
    if mass < _BODY_IN_PARAGRAPHS:  # little prose in <p>s: the body may be set in <div>s
        mass += sum(bare_prose_chars(block) for block in blocks)
    return len(text) < _SHORT_SHARE * mass and mass - len(text) >= _MIN_MISSING_CHARS


def fuller(text: str, candidate: str) -> bool:
    """``candidate`` is the same article as ``text`` and clearly longer: it holds most of the text's
    paragraphs (its subheadings, which a balanced pass may drop, are not counted when it has prose)."""
    if len(candidate) < _LONGER * len(text):
        return False
    kept = [single_spaced(line) for line in text.splitlines() if line.strip()]
    kept = [line for line in kept if len(line) >= _MIN_PROSE_CHARS] or kept
    pool = single_spaced(candidate)
    return bool(kept) and sum(line in pool for line in kept) >= _SAME_ARTICLE * len(kept)


# The container's visible text, in page order, where the lines of two readings are placed.
_SHOWN_TEXT = XPath(".//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]")
_PLACE_CHARS = 40


def merged(text: str, candidate: str, container) -> str | None:
    """``text`` with the paragraphs of ``candidate`` (a second reading of ``container``) it lacks put
    in, in the order the page gives them, or None when the candidate adds no prose. The second
    reading may lock onto one block of a body split over blocks (the rest after the first three
    paragraphs) and leave out what the fast pass kept: neither reading alone is the article, both
    together are."""
    whole = single_spaced(text)
    added = [line for line in candidate.splitlines()
             if (flat := single_spaced(line)) and flat not in whole]
    if not any(len(line) >= _MIN_PROSE_CHARS for line in added):
        return None
    page = single_spaced("".join(_SHOWN_TEXT(container)))
    ours = _placed([line for line in text.splitlines() if line.strip()], page)
    theirs = _placed(added, page)
    lines: list[str] = []
    while ours and theirs:
        lines.append((ours if ours[0][0] <= theirs[0][0] else theirs).pop(0)[1])
    return "\n".join(lines + [line for _, line in ours + theirs])


def _placed(lines: list[str], page: str) -> list[tuple[int, str]]:
    """Each line with where it is found in ``page``: the whole line, else its start, else its end
    (an extractor may space a line's inline parts otherwise); a line not found stands where the one
    before it does, the first line at the start."""
    placed, at = [], -1
    for line in lines:
        flat = single_spaced(line)
        found = page.find(flat)
        if found < 0:
            found = page.find(flat[:_PLACE_CHARS])
        if found < 0 and (found := page.find(flat[-_PLACE_CHARS:])) >= 0:
            found = max(found - len(flat) + _PLACE_CHARS, 0)
        at = found if found >= 0 else at
        placed.append((at, line))
    return placed


def with_headings(text: str, container) -> str:
    """``text`` with the container's subheadings the fast pass dropped put back, each before the
    kept paragraph that follows it on the page (a line the text holds as many times as the container's
    blocks do, a section's "Meal 1" or "Pros" under each heading, at its own place: the n-th block's
    line is the n-th)."""
    lines = text.split("\n")
    at_line: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        at_line.setdefault(single_spaced(line), []).append(index)
    blocks = _BLOCKS(container)[:_MAX_LOOKUPS]
    whole = single_spaced(text)
    inserts: dict[int, str] = {}
    started = False
    texts: list[str] = []  # the blocks' texts, read at the first repeated line
    for position, block in enumerate(blocks):
        if block.tag == "p":
            started = started or single_spaced(block.text_content()) in at_line
            continue
        following = _next_with_text(blocks, position)
        if block.tag == "li" or not started or following is None or following.tag == "li":
            continue
        if not _in_flow(block, container) or not shown(block, container):
            continue
        heading = single_spaced(block.text_content())
        index = _line_of(at_line, blocks, blocks.index(following, position + 1), texts)
        if index is None or not heading or heading in at_line or len(heading.split()) > _MAX_HEADING_WORDS \
                or _partly_kept(heading, whole):
            continue
        inserts[index] = heading
    if not inserts:
        return text
    return "\n".join(f"{inserts[index]}\n{line}" if index in inserts else line
                     for index, line in enumerate(lines))


def _line_of(at_line: dict[str, list[int]], blocks: list, position: int, texts: list[str]) -> int | None:
    """The text's line of ``blocks[position]``: where the text holds that line as many times as the
    blocks hold it, the n-th for the n-th block, else its last place; None where it is not there."""
    line = single_spaced(blocks[position].text_content())
    found = at_line.get(line)
    if not found or len(found) == 1:
        return found[0] if found else None
    if not texts:  # a repeated line (rare): the blocks' texts are read only then, once
        texts.extend(single_spaced(block.text_content()) for block in blocks)
    if len(found) == texts.count(line):
        return found[texts[:position].count(line)]
    return found[-1]


def _partly_kept(heading: str, whole: str) -> bool:
    """The text holds a long heading's start or end already (the fast pass split it at an inline
    element and kept a part)."""
    return len(heading) >= 2 * _KEPT_PART \
        and (heading[:_KEPT_PART] in whole or heading[-_KEPT_PART:] in whole)


def _next_with_text(blocks: list, position: int):
    """The block after ``blocks[position]`` that holds the next text on the page: a paragraph
    holding only a picture (``<p><img></p>``) may stand between a section's heading and its text,
    nothing else (a byline, a date) may."""
    following = next((block for block in blocks[position + 1:position + 1 + _MAX_MEDIA_BETWEEN]
                      if _HAS_TEXT(block)), None)
    if following is None or following is blocks[position + 1]:
        return following
    text = _NEXT_TEXT(blocks[position])
    holder = text[0].getparent() if text else None
    return following if holder is not None and (holder is following or following in holder.iterancestors()) \
        else None


def _in_flow(heading, container) -> bool:
    """``heading`` is part of the article's own flow: not inside a link, a list or an aside, nor in
    a block named for related stories, sharing or promotion."""
    for ancestor in heading.iterancestors():
        if ancestor is container:
            return True
        if ancestor.tag in ("li", "ul", "ol") and _in_live_entries(ancestor):
            continue  # a live blog's entries set as list items: their headings are the body's
        names = f"{ancestor.get('class', '')} {ancestor.get('id', '')}"
        if ancestor.tag in _ASIDE_TAGS or _ASIDE_NAMES.search(names):
            return False
    return True


def _in_live_entries(block) -> bool:
    """``block`` is a live blog's entry set as a list item, or the list of such entries."""
    if block.tag == "li":
        return timed_entry(block) or feed_entry(block)
    return any(isinstance(item.tag, str) and (timed_entry(item) or feed_entry(item)) for item in block[:2])


def keep_inline_links(tree) -> None:
    """Clear the names of inline wrappers inside paragraphs that the precision pass takes for
    boilerplate blocks: ``<p>... reported that <span class="link"><a>the league will fine
    him</a></span> for ...</p>`` lost the linked words from the middle of the sentence (its rule drops
    any span named "link" or "bottom", or styled with a border). The text is unchanged, but for a
    hover card written into the sentence after the link that opens it (``cleaner.body.hover_cards``),
    which goes."""
    for span in _INLINE_WRAPPERS(tree)[:_MAX_LOOKUPS]:
        if is_hover_card(span):
            drop_hover_card(span)
            continue
        for name in ("class", "id"):
            if DISCARDED_NAME.search(span.get(name) or ""):
                del span.attrib[name]
        if "border" in (span.get("style") or ""):
            del span.attrib["style"]


# Languages whose words hold zero-width (non-)joiners (Persian, Pashto, Urdu, Kurdish; the Indic
# scripts). A page declared in another language is not searched for them: the search reads every
# text node (about 1 ms a page, 2.5% of an extraction), for a character such pages do not use.
_JOINER_LANGUAGES = frozenset({"fa", "ps", "ur", "ckb", "ku", "prs", "sd", "hi", "mr", "ne", "bn", "as", "ml",
                               "si", "ta", "te", "kn", "gu", "pa", "or", "sa"})
_LANGUAGE = re.compile(r"[a-z]{2,3}", re.IGNORECASE)
_ALL_TEXT = XPath("string(/)")  # one C-level pass; the node-by-node test below only where it finds one
_JOINED_TEXT = XPath("//text()[contains(., '\u200c') or contains(., '\u200d')]")


def protect_joiners(tree) -> None:
    """Write printable stand-ins for the zero-width (non-)joiners in the page's text and meta tags
    (``core.text.JOINER_STAND_INS``): trafilatura drops non-printable characters, which glued Persian
    words together ("مقام‌های" -> "مقامهای") and broke every word 4-gram around them. The cleaned
    text and one-line fields get the joiners back (``core.text.clean_text``, ``clean_inline``). Pages
    declared in a language written without joiners are left alone (``_JOINER_LANGUAGES``)."""
    def protected(value: str) -> str:
        for joiner, stand_in in JOINER_STAND_INS.items():
            value = value.replace(joiner, stand_in)
        return value

    declared = _LANGUAGE.match(tree.get("lang") or tree.get("xml:lang") or "")
    if declared and declared.group(0).lower() not in _JOINER_LANGUAGES:
        return
    text = _ALL_TEXT(tree)
    if "\u200c" in text or "\u200d" in text:
        for node in _JOINED_TEXT(tree):
            parent = node.getparent()
            if parent is None:
                continue
            if node.is_tail:
                parent.tail = protected(parent.tail)
            else:
                parent.text = protected(parent.text)
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if content and ("\u200c" in content or "\u200d" in content):
            meta.set("content", protected(content))
