"""Whether a block after the body's block reads as the body's rest (``cleaner.body.containers``
widens to the block around both when it does).

The first block with text after it (ad slots, share bars, pictures, a pull quote and a short box set
in the body passed over: ``next_block_continues``) is the rest when it is a ``<div>`` or ``<section>``
(or an ``<article>`` unlike the first, headed only where ``cleaner.body.continued`` finds it the same
story) not named for other content (``OTHER_CONTENT``, furniture), holding two prose paragraphs in a
run (``cleaner.body.rest_blocks.runs_of_prose``), no teaser cards (a live blog's timed ``<article>``
entries are none) and little link text (``_continues``); so is a list of a live blog's entries (its
first items timed or named as entries: ``_entries_list``) after the article with its teaser and lead.
A sibling named for a "Read more" expander reads so too (``unfolded_rest``); ``holds_prose``: two
prose paragraphs not in a list.
"""

from __future__ import annotations

import re

from lxml.etree import XPath

from cleaner.body.continued import continues_story
from cleaner.body.entries import feed_entry, not_listed, timed_article, timed_entry
from cleaner.body.intro_blocks import set_between
from cleaner.body.rest_blocks import EXPANDER, runs_of_prose
from core.text import single_spaced

_MIN_PROSE_CHARS = 40


def next_block_continues(block, expanders: bool = False, lists: bool = True) -> bool:
    """The first block after ``block`` with some text (ad slots, share bars and pictures passed over,
    a pull quote, and a box set in the body: a sign-up box, related links, ``intro_blocks.set_between``)
    is prose of the story's own (``_continues``); not ``lists``: its prose in no list, but a live blog's
    timed entries (``cleaner.body.entries.not_listed``)."""
    for sibling in block.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag in SKIPPED_TAGS:
            continue
        if len(single_spaced(sibling.text_content())) < _MIN_BLOCK_TEXT or set_between(sibling):
            continue  # a picture and its caption, a sign-up box, a few related links, a pull quote
        return _continues(sibling, block, expanders) and (lists or all(map(not_listed, PROSE(sibling)[:8])))
    return False


SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template"})
_MIN_BLOCK_TEXT = 100
_NOT_BODY = re.compile(r"foot|bio|author|disclaim|copyright|tag|share|social|subscri|paywall|login|"
                       r"next|prev|nav|menu|card|rail", re.IGNORECASE)
_LINK_TEXT = XPath(".//a//text()")
_LINKED_HEADINGS = XPath("boolean(.//h1 | .//h2//a | .//h3//a | .//h4//a | .//a//h2 | .//a//h3)")
# <article>s in a block are teaser cards, unless they are a live blog's entries, each with its time.
_ARTICLES = XPath(".//article")
_MAX_ENTRIES = 12
_MAX_CONTINUATION_LINKS = 0.2


def _cards(block) -> bool:
    """``block`` holds a headline, linked headings or ``<article>``s that are not a live blog's
    entries (``cleaner.body.entries.timed_article``): teaser cards."""
    return _LINKED_HEADINGS(block) or not all(timed_article(article)
                                              for article in _ARTICLES(block)[:_MAX_ENTRIES])


def _continues(block, previous, expanders: bool = False) -> bool:
    """``block`` reads as the rest of an article's body: a ``<div>`` or ``<section>`` (or an
    ``<article>`` unlike ``previous``'s kind, headed only where ``cleaner.body.continued`` finds it the
    same story: ``_rest_article``) not named for other content, holding two prose paragraphs in a run
    (``cleaner.body.rest_blocks.runs_of_prose``: ``<p>``s, each in a wrapper, or bare text), no headline,
    no linked headings or ``<article>`` (teaser cards; a live blog's entries, each an ``<article>``
    with its time, are no cards: ``_cards``), and little link text; or a list of a live blog's entries
    (``_entries_list``) not named for other content, with little link text."""
    entries = block.tag in ("ul", "ol") and _entries_list(block)
    if block.tag not in SPLIT_TAGS and not entries \
            and not (block.tag == "article" and _rest_article(block, previous)):
        return False
    names = f"{block.get('class', '')} {block.get('id', '')}"
    names = EXPANDER.sub(" ", names) if expanders else names
    if OTHER_CONTENT.search(names) or _NOT_BODY.search(names) or _cards(block):
        return False
    if entries:
        return len(single_spaced("".join(_LINK_TEXT(block)))) \
            <= _MAX_CONTINUATION_LINKS * len(single_spaced(block.text_content()))
    if not runs_of_prose(block):
        return False
    text = len(single_spaced(block.text_content()))
    if len(single_spaced("".join(_LINK_TEXT(block)))) > _MAX_CONTINUATION_LINKS * text:
        return False
    return block.tag != "article" or not HEADED(block) or continues_story(block, previous)


def _entries_list(block) -> bool:
    """``block``, a list, holds a live blog's entries (its first items timed or named as entries,
    ``cleaner.body.entries``): the entries after the story's teaser and lead."""
    items = [item for item in block if item.tag == "li"][:_ENTRY_ITEMS]
    return bool(items) and all(timed_entry(item) or feed_entry(item) for item in items)


_ENTRY_ITEMS = 2


# Blocks after the first that may hold the rest of the body: not another <article> (a teaser of
# another story), nor a block named for other content.
SPLIT_TAGS = ("div", "section")
# An <article> after the first may be the body's rest (a template that sets the story's opening and
# its rest as two <article>s); a headed one only on evidence (a teaser card or another story is headed).
HEADED = XPath("boolean(.//h1 | .//h2 | .//h3 | .//h4 | .//header)")


def _rest_article(block, previous) -> bool:
    """``block``, an ``<article>`` after ``previous``, may be the rest of its body: it shares no class
    word with ``previous`` (a blog's next post, "post hentry", does), and a heading of its own opens a
    continuation only on the evidence ``cleaner.body.continued`` weighs (the same byline or time, or the
    text running on), checked after the cheaper tests in ``_continues``."""
    words = set((previous.get("class") or "").split())
    return not words & set((block.get("class") or "").split())


# An ad's name, but not the text set after one ("post-after-ad", "text-block--after-ad", "below_ad").
OTHER_CONTENT = re.compile(r"relate|recirc|more|teaser|promo|recommend|popular|comment|sidebar|widget|"
                           r"newsletter|(?<![a-z])(?<!after[-_])(?<!below[-_])ads?(?![a-z])",
                           re.IGNORECASE)


def body_rest_name(sibling) -> bool:
    return not OTHER_CONTENT.search(f"{sibling.get('class', '')} {sibling.get('id', '')}")


def unfolded_rest(sibling, block) -> bool:
    """``sibling`` of ``block`` is named for an expander (``cleaner.body.rest_blocks.EXPANDER``) and reads as
    the body's rest (``_continues``: prose, few links, no teaser cards), as a "Read more" box of links
    does not."""
    return EXPANDER.search(f"{sibling.get('class', '')} {sibling.get('id', '')}") is not None \
        and _continues(sibling, block, expanders=True)


PROSE = XPath(f".//p[string-length(normalize-space()) >= {_MIN_PROSE_CHARS}]")


def holds_prose(block) -> bool:
    """``block`` holds two paragraphs of prose or more, not in a list (but in a list of a live blog's
    timed entries, each a list item with its time and heading: ``cleaner.body.entries.timed_entry``)."""
    return sum(1 for p in PROSE(block)[:8] if not_listed(p)) >= 2
