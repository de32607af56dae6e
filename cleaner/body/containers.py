"""Which block of the page is the article: the container the clean stage measures and reads again.

The fast first pass keeps some paragraphs; the first of them found on the page
(``first_kept_paragraph``; in a body set without ``<p>``, the block of its first kept run of bare
text) says where the article is. Its container (``container_of``) is the nearest ``<article>``,
``itemprop="articleBody"`` or ``<main>`` around it, else the block holding it, or the block around
that one when the body goes on in a block after it (the body split in two, the second part named or
styled like furniture the fast pass drops; or a run of blocks of a paragraph each,
``rest_blocks.paragraph_blocks_after``). An ``<article>`` or ``itemprop="articleBody"`` block that
closes after the first paragraphs, the rest of the body following in a block of its own (prose, no
teaser cards, headlines or links, not named for other content; an ``<article>`` too when it shares
no class word with the first, as a blog's next post would, and has no heading of its own or one that
``cleaner.body.continued`` finds opens the same story's rest), widens to the block around both
(``_with_continuation``); so does the first kept paragraph's block up to four levels, when the next
block with text there reads so (a live blog's teaser and lead deep in one column, its entries in the
next). A live blog's entries, each an ``<article>``, or a ``<section>``, ``<div>`` or list item with
a time and a heading (``cleaner.body.entries``), are no container: the block around them is, with the
summary or lead above them where the entries have no ``<article>`` or ``<main>`` around them (the
entries read alone lost the lead), or the block around the entries' column and the column before it
with the headline and prose (``cleaner.body.entries.headline_column_before``); the headline's block with
untimed entries in the next block after it (``cleaner.body.entries.entries_column_after``) widens so too.
A teaser card of another story set as an ``<article>`` before the story's own (the ``<article>``
holding the headline) is no body either (``headline_article``), nor is a block wholly before the
page's one ``<h1>`` (a teaser named like a body in a sidebar or a promo strip): the story under the
headline is read then.

How much of the container the fast pass kept is ``cleaner.body.recall``'s; the container or the
article's chunks as a document for the second reading, ``cleaner.body.body_documents``'s.
"""

from __future__ import annotations

import re

from lxml.etree import XPath

from cleaner.body.continued import continues_story
from cleaner.body.entries import (
    entries_column_after,
    feed_entry,
    has_kin,
    headline_column_before,
    not_listed,
    timed_article,
    timed_entry,
    wrapped_alone,
)
from cleaner.body.intro_blocks import set_between
from cleaner.body.rest_blocks import EXPANDER, paragraph_blocks_after, runs_of_prose
from core.text import single_spaced

_PARAGRAPHS = XPath(".//p")
_CONTAINER_TAGS = frozenset({"article", "main"})
_MIN_PROSE_CHARS = 40
_MAX_LOOKUPS = 400


def main_container(tree, text: str):
    """The article container around the first paragraph of ``text`` found on the page, or None."""
    paragraph = first_kept_paragraph(tree, text)
    return container_of(paragraph) if paragraph is not None else None


def first_kept_paragraph(tree, text: str):
    """The first ``<p>`` of the page whose text is a line of ``text``, or None."""
    lines = {single_spaced(line) for line in text.splitlines() if len(line) >= _MIN_PROSE_CHARS}
    if not lines:
        return None
    for paragraph in _PARAGRAPHS(tree)[:_MAX_LOOKUPS]:
        if single_spaced(paragraph.text_content()) in lines:
            return paragraph
    return bare_text_block(tree, lines)


# Text set straight in a block, with no <p>: a run's first text node of a sentence's length.
_LONG_TEXT = XPath(f"//text()[string-length(normalize-space()) >= {_MIN_PROSE_CHARS}]"
                   "[not(ancestor::script or ancestor::style or ancestor::p or ancestor::h1"
                   " or ancestor::h2 or ancestor::h3 or ancestor::h4 or ancestor::li or ancestor::a"
                   " or ancestor::figcaption)]")


def bare_text_block(tree, lines: set[str]):
    """The block holding the first kept line written as bare text (``<div>Text.<br>More.</div>``, a
    body set without ``<p>``), else None: its parent is then the article's block, as a ``<p>``'s is."""
    starts = {line[:_MIN_PROSE_CHARS] for line in lines}
    for node in _LONG_TEXT(tree)[:_MAX_LOOKUPS]:
        if single_spaced(node)[:_MIN_PROSE_CHARS] in starts:
            holder = node.getparent()
            block = holder.getparent() if node.is_tail else holder
            if block is not None:
                return block
    return None


def container_of(paragraph):
    """The nearest ``<article>``, ``<main>`` or ``itemprop="articleBody"`` around ``paragraph``,
    else its parent block (the paragraphs of an article are siblings in one block), or the block
    around that one when a block after it holds paragraphs too (the body split in two, the second
    part named or styled like furniture the fast pass drops)."""
    for ancestor in paragraph.iterancestors():
        if ancestor.tag == "article" and has_kin(ancestor):
            continue  # one entry of a live blog: the article is the page around its entries
        if ancestor.tag in _CONTAINER_TAGS or ancestor.get("itemprop") == "articleBody":
            return _with_continuation(ancestor)
    parent = paragraph.getparent()
    entry = next((a for a in paragraph.iterancestors()
                  if (a.tag == "article" and has_kin(a)) or timed_entry(a) or feed_entry(a)), None)
    if entry is not None:
        # The block of the live blog's entries (each wrapped alone: the block of the wrappers), or the
        # block around it when the summary or the lead stands before the entries there (before the
        # block that holds nothing but the entries' list, too).
        wrapper = entry.getparent() if entry.tag == "article" and wrapped_alone(entry) else entry
        parent = wrapper.getparent() if wrapper is not None else None
        feed = parent
        while feed is not None and not _prose_before(feed) and _alone_in(feed):
            feed = feed.getparent()
        if feed is not None and _prose_before(feed):
            around = feed.getparent()
            if around is not None and around.tag not in ("body", "html"):
                return around
        headed = headline_column_before(parent)
        if headed is not None:
            return headed
    elif parent is not None and (feed := entries_column_after(parent)) is not None:
        return feed
    if parent is None or parent.tag == "html":
        return None
    # The body split over sibling blocks (<div class="intro"> then <div class="article-bottom">, a live
    # blog's teaser and lead in one block and its entries in the next): the block around them. The
    # block a "Read more" button unfolds counts only where no other does: it only widens the container.
    block, unfolded = parent, None
    for level in range(_DEEP_SPLIT_LEVELS):
        around = block.getparent()
        if around is None or around.tag == "html" or (level >= _SPLIT_LEVELS and around.tag == "body"):
            break
        if level < _SPLIT_LEVELS:
            # A sibling with two prose <p>s, a run of one-paragraph blocks, or the next block reading as
            # the body's rest by the test further up, not a list (bare text: a live blog's entries).
            if any(_holds_prose(sibling) for sibling in block.itersiblings(*_SPLIT_TAGS)
                   if _body_rest_name(sibling)) \
                    or paragraph_blocks_after(block, _SPLIT_TAGS, _body_rest_name) \
                    or _next_block_continues(block, lists=False):
                return around
            if unfolded is None and any(_unfolded_rest(sibling, block) and _holds_prose(sibling)
                                        for sibling in block.itersiblings(*_SPLIT_TAGS)):
                unfolded = around
        elif _next_block_continues(block):
            # Further up, only the next block with text, and only when it reads as the body's rest:
            # a live blog's teaser and lead nested deep in a layout, its entries in the next column.
            return around
        elif unfolded is None and _next_block_continues(block, expanders=True):
            unfolded = around
        block = around
    return unfolded if unfolded is not None else parent


def _with_continuation(container):
    """The block around ``container`` when the body goes on right after it, outside it (the
    ``<article>`` or ``itemprop="articleBody"`` block closes after the first paragraphs and the rest
    follows in a block of its own), else ``container``."""
    parent = container.getparent()
    if parent is None or parent.tag == "html":
        return container
    return parent if _next_block_continues(container, expanders=True) else container


def _next_block_continues(block, expanders: bool = False, lists: bool = True) -> bool:
    """The first block after ``block`` with some text (ad slots, share bars and pictures passed over,
    a pull quote, and a box set in the body: a sign-up box, related links, ``intro_blocks.set_between``)
    is prose of the story's own (``_continues``); not ``lists``: its prose in no list, but a live blog's
    timed entries (``cleaner.body.entries.not_listed``)."""
    for sibling in block.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag in _SKIPPED_TAGS:
            continue
        if len(single_spaced(sibling.text_content())) < _MIN_BLOCK_TEXT or set_between(sibling):
            continue  # a picture and its caption, a sign-up box, a few related links, a pull quote
        return _continues(sibling, block, expanders) and (lists or all(map(not_listed, _PROSE(sibling)[:8])))
    return False


_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template"})
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
    with its time, are no cards: ``_cards``), and little link text."""
    if block.tag not in _SPLIT_TAGS and not (block.tag == "article" and _rest_article(block, previous)):
        return False
    names = f"{block.get('class', '')} {block.get('id', '')}"
    names = EXPANDER.sub(" ", names) if expanders else names
    if _OTHER_CONTENT.search(names) or _NOT_BODY.search(names) or _cards(block):
        return False
    if not runs_of_prose(block):
        return False
    text = len(single_spaced(block.text_content()))
    if len(single_spaced("".join(_LINK_TEXT(block)))) > _MAX_CONTINUATION_LINKS * text:
        return False
    return block.tag != "article" or not _HEADED(block) or continues_story(block, previous)


# Blocks after the first that may hold the rest of the body: not another <article> (a teaser of
# another story), nor a block named for other content.
_SPLIT_TAGS = ("div", "section")
# An <article> after the first may be the body's rest (a template that sets the story's opening and
# its rest as two <article>s); a headed one only on evidence (a teaser card or another story is headed).
_HEADED = XPath("boolean(.//h1 | .//h2 | .//h3 | .//h4 | .//header)")


def _rest_article(block, previous) -> bool:
    """``block``, an ``<article>`` after ``previous``, may be the rest of its body: it shares no class
    word with ``previous`` (a blog's next post, "post hentry", does), and a heading of its own opens a
    continuation only on the evidence ``cleaner.body.continued`` weighs (the same byline or time, or the
    text running on), checked after the cheaper tests in ``_continues``."""
    words = set((previous.get("class") or "").split())
    return not words & set((block.get("class") or "").split())


_OTHER_CONTENT = re.compile(r"relate|recirc|more|teaser|promo|recommend|popular|comment|sidebar|widget|"
                            r"newsletter|(?<![a-z])ads?(?![a-z])", re.IGNORECASE)
def _body_rest_name(sibling) -> bool:
    return not _OTHER_CONTENT.search(f"{sibling.get('class', '')} {sibling.get('id', '')}")


def _unfolded_rest(sibling, block) -> bool:
    """``sibling`` of ``block`` is named for an expander (``cleaner.body.rest_blocks.EXPANDER``) and reads as
    the body's rest (``_continues``: prose, few links, no teaser cards), as a "Read more" box of links
    does not."""
    return EXPANDER.search(f"{sibling.get('class', '')} {sibling.get('id', '')}") is not None \
        and _continues(sibling, block, expanders=True)


_SPLIT_LEVELS = 2
# ... and up to this many levels for a next block that reads as the rest of the body (``_continues``).
_DEEP_SPLIT_LEVELS = 4
_PROSE = XPath(f".//p[string-length(normalize-space()) >= {_MIN_PROSE_CHARS}]")


def _holds_prose(block) -> bool:
    """``block`` holds two paragraphs of prose or more, not in a list (but in a list of a live blog's
    timed entries, each a list item with its time and heading: ``cleaner.body.entries.timed_entry``)."""
    return sum(1 for p in _PROSE(block)[:8] if not_listed(p)) >= 2


_H1 = XPath("//h1")


def headline_article(paragraph):
    """The ``<article>`` holding the page's headline (its one ``<h1>``) when ``paragraph``, the first
    the fast pass kept, lies in another ``<article>`` beside it, else None: a teaser card of another
    story set as an ``<article>`` before the story, which the fast pass read as the page's body."""
    own = next(paragraph.iterancestors("article"), None)
    if own is None and _teaser_chars(paragraph.getparent()) > _MAX_TEASER_CHARS:
        return None  # a block with this much prose is no teaser: the page's headings are not read
    headings = _H1(paragraph.getroottree())
    # The <article>s holding an <h1> (a site's logo may be an <h1> too, outside them).
    headlined = {next(h1.iterancestors("article"), None) for h1 in headings} - {None}
    if own is None or not headlined:
        return _story_after_headline(paragraph, own, headings)
    if len(headlined) != 1:
        return None
    article = headlined.pop()
    if article is own or own in article.iterancestors() or article in own.iterancestors():
        return None
    return article



# A teaser is a few paragraphs long.
_MAX_TEASER_CHARS = 1500


def _teaser_chars(block) -> int:
    return sum(len(p.text_content()) for p in _PROSE(block)) if block is not None else 0


def _precedes(block, element) -> bool:
    """``block`` ends before ``element`` starts on the page (neither holds the other): compared where
    their ancestor lines meet, without walking the page."""
    line = [element, *element.iterancestors()]
    below = {node: index for index, node in enumerate(line)}
    child = block
    for ancestor in block.iterancestors():
        if ancestor in below:
            at = below[ancestor]
            return at > 0 and ancestor.index(child) < ancestor.index(line[at - 1])
        child = ancestor
    return False


_NEXT_PROSE = XPath(f"following::p[string-length(normalize-space()) >= {_MIN_PROSE_CHARS}][1]")


def _story_after_headline(paragraph, own, headings: list):
    """The container of the story under the page's one ``<h1>`` when ``paragraph``, the first the
    fast pass kept, lies in a block wholly before that headline (its ``<article>``, else the
    block holding it): a teaser of another story named like an article body (``<div class="post-content">``
    in a sidebar or a promo strip) that the fast pass read instead of the story. Else None."""
    shown_headings = [h1 for h1 in headings if h1.text_content().strip()]
    if len(shown_headings) != 1:
        return None
    h1 = shown_headings[0]
    block = own if own is not None else paragraph.getparent()
    if block is None or block.tag == "body" or not _precedes(block, h1):
        return None
    first = _NEXT_PROSE(h1)
    if not first or block in first[0].iterancestors():
        return None
    story = container_of(first[0])
    return story if story is not None and block not in story.iterancestors() else None


_NOT_LEAD_TAGS = frozenset({"nav", "aside", "header", "footer", "ul", "ol"})


def _alone_in(block) -> bool:
    """``block`` is the only element of its parent (scripts aside), which is no page-wide block."""
    parent = block.getparent()
    return parent is not None and parent.tag not in ("body", "html") and not (parent.text or "").strip() \
        and [child for child in parent if isinstance(child.tag, str)
             and child.tag not in _SKIPPED_TAGS] == [block]


def _prose_before(block) -> bool:
    """A prose paragraph stands before ``block`` in its parent, alone or in a block (the live blog's
    summary or lead above its entries), or in the ``<article>`` that holds the headline."""
    for sibling in block.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str) or sibling.tag in _NOT_LEAD_TAGS:
            continue
        if sibling.tag == "p" and len(single_spaced(sibling.text_content())) >= _MIN_PROSE_CHARS:
            return True
        if sibling.tag in _SPLIT_TAGS and not _OTHER_CONTENT.search(
                f"{sibling.get('class', '')} {sibling.get('id', '')}") and _PROSE(sibling):
            return True
        if sibling.tag == "article" and _HOLDS_H1(sibling) and _PROSE(sibling):
            return True  # the story's own <article>: its headline and lead, the entries after it
    return False


_HOLDS_H1 = XPath("boolean(.//h1)")

