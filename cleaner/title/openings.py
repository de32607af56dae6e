"""Whether a heading opens the story's text: an ancestor a few levels up holds a column of prose (in
``<p>``s, or bare text in ``<div>``s and lines parted by ``<br>``), nearly all of it after the heading,
and not a list of linked teasers. ``cleaner.title.headings`` reads this of the page's ``<h1>``s and of
an ``<h2>`` or ``<h3>`` that may print the headline.
"""

from __future__ import annotations

import re

from lxml.etree import XPath

_LINKS = XPath("descendant-or-self::a[@href] | ancestor::a[@href]")
# How far above an <h1> the article's paragraphs may start (header, hgroup, article, main; a hero
# block's column, row and container; a page builder's wrappers, seven or eight levels up).
_LEAD_LEVELS = 12
_PROSE_CHARS = 40
# Prose enough beside an <h1> for a story: characters, one of Chinese, Japanese or Korean as two (a
# short story of 300 such characters says as much as one of 600 letters).
_STORY_CHARS = 500
_DENSE = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_DENSE_WEIGHT = 2
# Prose enough in the <article> an <h1> heads: a short story, or a paywall's standfirst and opening (a
# Korean or Japanese standfirst of two sentences runs to 90 characters).
_SHORT_STORY_CHARS = 80
# A story's text beside an <h1>, where no <p> holds it.
_BARE_TEXT_CHARS = 500
# Of the prose in the block an <h1> heads, the share that may come before it (a teaser, a ticker).
_PROSE_BEFORE_SHARE = 0.25
# Linked headings after an <h1> amid the prose: teasers of a list page under a section's name.
_MAX_LINKED_HEADINGS = 3
# Paragraphs of prose one after another, no linked heading between them: a story's text, not a list.
_STORY_RUN = 4


def opens_prose(heading, before_share: float = _PROSE_BEFORE_SHARE, bare: bool = False) -> bool:
    """An ancestor some levels up (``_LEAD_LEVELS``: a header, the article, a hero block's column,
    row and container, a page builder's wrappers; not the page's <body>) holds several paragraphs
    of prose, and nearly all of it comes after the heading: not an <h1> in an aside amid the text or
    below it ("Comment on this article"), nor a section's name over a list of linked teasers. Each
    level adds the paragraphs beside the one below it (each paragraph is read once). In an <article>,
    a standfirst or a paragraph is enough (a short story; a paywall's opening). ``bare``: where
    no <p> of prose is near, a text set in bare <div>s or lines parted by <br> (``_opens_bare_text``)."""
    count = chars = 0
    texts: list[str] = []
    below = heading
    for ancestor in list(heading.iterancestors())[:_LEAD_LEVELS]:
        if ancestor.tag in ("body", "html"):
            break  # the whole page holds every paragraph: no evidence of where the story is
        # The paragraphs under ``ancestor``: those under ``below`` (counted already, but for
        # ``below`` itself, or those inside the heading), and those beside it.
        added = [below] if below.tag == "p" else list(below.iter("p")) if below is heading else []
        for child in ancestor:
            if child is not below:
                added += child.iter("p")
        for paragraph in added:
            if (length := len(text := paragraph.text_content())) >= _PROSE_CHARS:
                count += 1
                chars += length
                texts.append(text)
        if count >= 3 and chars < _STORY_CHARS <= chars * _DENSE_WEIGHT:  # Chinese, Japanese, Korean
            chars += (_DENSE_WEIGHT - 1) * sum(len(_DENSE.findall(text)) for text in texts)
            texts = []  # counted
        if (count >= 3 and chars >= _STORY_CHARS) \
                or (ancestor.tag == "article" and chars >= _SHORT_STORY_CHARS):
            return _heads_block(heading, ancestor, before_share)
        below = ancestor
    return bare and count == 0 and _opens_bare_text(heading, before_share)


def _opens_bare_text(heading, before_share: float) -> bool:
    """The nearest ancestor (not the <body>) with text of a story's length beside ``heading`` holds
    it in runs of prose outside any <p> (bare <div>s, lines parted by <br>, as older and many Asian
    and Arabic CMSs set a story), three at least, nearly all after the heading, and little of it
    linked (not a list of teasers); a Chinese, Japanese or Korean character counts as two, as in
    ``opens_prose``."""
    own = heading.text_content()
    for ancestor in list(heading.iterancestors())[:_LEAD_LEVELS]:
        if ancestor.tag in ("body", "html"):
            return False
        whole = ancestor.text_content()
        if _weighted(whole, len(whole) - len(own)) < _BARE_TEXT_CHARS:
            continue
        start, offset = whole.find(own), 0
        before = after = runs = 0
        for text in ancestor.itertext():
            if len(text.strip()) >= _PROSE_CHARS:
                if offset < start:
                    before += len(text)
                else:
                    after, runs = after + len(text), runs + 1
            offset += len(text)
        linked = sum(len(link.text_content()) for link in ancestor.iter("a"))
        prose = _weighted(whole[max(start, 0):], after - linked)
        return runs >= 3 and prose >= _BARE_TEXT_CHARS and before <= before_share * (before + after)
    return False


def _weighted(text: str, length: int) -> int:
    """``length`` (of ``text``, about) with each Chinese, Japanese or Korean character counted as two,
    where that tells whether it reaches a story's length (the characters are read only then)."""
    if length < _BARE_TEXT_CHARS <= length * _DENSE_WEIGHT:
        return length + (_DENSE_WEIGHT - 1) * len(_DENSE.findall(text))
    return length


def _heads_block(heading, block, before_share: float) -> bool:
    """``heading`` comes before nearly all of ``block``'s prose, with no run of linked headings
    (teasers of a list) before the last of it."""
    before = after = paragraphs = linked = linked_in_prose = run = longest_run = 0
    seen = False
    for element in block.iter("p", "h1", "h2", "h3", "h4", heading.tag):  # a block named as the title too
        if element is heading:
            seen = True
        elif element.tag == "p":
            chars = len(element.text_content())
            if chars >= _PROSE_CHARS:
                if seen:
                    after += chars
                    paragraphs += 1
                    linked_in_prose = linked
                    run += 1
                    longest_run = max(longest_run, run)
                else:
                    before += chars
        elif seen and element.tag[0] == "h" and _LINKS(element):
            linked += 1
            run = 0
    # A list's teasers each have a heading and a summary; a story's teaser cards (related stories set
    # amid its text or after it) leave a run of its paragraphs with no linked heading between them.
    listing = linked_in_prose >= _MAX_LINKED_HEADINGS and linked_in_prose * 2 >= paragraphs \
        and longest_run < _STORY_RUN
    return before <= before_share * (before + after) and not listing


# The elements after a heading read for ``leads_to_prose``: paragraphs and headings, the first few.
_FOLLOWING = XPath("following::*[self::p or self::h2 or self::h3 or self::h4][position() <= 24]")


def leads_to_prose(heading) -> bool:
    """After ``heading`` in the page's order, a story's prose (``_STORY_RUN`` - 1 paragraphs of
    ``_PROSE_CHARS`` or more, ``_STORY_CHARS`` in all, a Chinese, Japanese or Korean character as two)
    comes before any linked heading: the <h1> of a hero block over the text, set apart from it (a
    full-width section under <body>, the text in a column beside an aside), not a section's name over a
    list of linked teasers."""
    run = chars = 0
    for element in _FOLLOWING(heading):
        if element.tag != "p":
            if _LINKS(element):
                return False
        elif (length := len(text := element.text_content())) >= _PROSE_CHARS:
            run, chars = run + 1, chars + length + (_DENSE_WEIGHT - 1) * len(_DENSE.findall(text))
            if run >= _STORY_RUN - 1 and chars >= _STORY_CHARS:
                return True
    return False
