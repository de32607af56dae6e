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
(``_with_continuation``; where a layout wraps it in up to four blocks, a column in a row beside no
prose but a sidebar of links or an ad, the rest after the wrappers counts); so does the first kept
paragraph's block up to four levels, when the next block with text there reads so (a live blog's
teaser and lead deep in one column, its entries in the next). A live blog's entries, each an
``<article>``, or a ``<section>``, ``<div>`` or list item with a time and a heading
(``cleaner.body.entries``), are no container: the block around them is, with the summary or lead
above them where the entries have no ``<article>`` or ``<main>`` around them (the entries read alone
lost the lead), or the block around the entries' column and the column before it with the headline
and prose (``cleaner.body.entries.headline_column_before``); the headline's block with untimed
entries in the next block after it (``cleaner.body.entries.entries_column_after``) widens so too. A
teaser card of another story set as an ``<article>`` before the story's own (the ``<article>``
holding the headline) is no body either (``headline_article``), nor is a block wholly before the
page's one ``<h1>`` (a teaser named like a body in a sidebar or a promo strip): the story under the
headline is read then.

Whether a block after the body's reads as its rest is ``cleaner.body.next_blocks``'s. How much of
the container the fast pass kept is ``cleaner.body.recall``'s; the container or the
article's chunks as a document for the second reading, ``cleaner.body.body_documents``'s.
"""

from __future__ import annotations

from lxml.etree import XPath

from cleaner.body.entries import (
    entries_column_after,
    feed_entry,
    has_kin,
    headline_column_before,
    timed_entry,
    wrapped_alone,
)
from cleaner.body.next_blocks import (
    OTHER_CONTENT,
    PROSE,
    SKIPPED_TAGS,
    SPLIT_TAGS,
    body_rest_name,
    holds_prose,
    next_block_continues,
    unfolded_rest,
)
from cleaner.body.rest_blocks import paragraph_blocks_after
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
            if any(holds_prose(sibling) for sibling in block.itersiblings(*SPLIT_TAGS)
                   if body_rest_name(sibling)) \
                    or paragraph_blocks_after(block, SPLIT_TAGS, body_rest_name) \
                    or next_block_continues(block, lists=False):
                return around
            if unfolded is None and any(unfolded_rest(sibling, block) and holds_prose(sibling)
                                        for sibling in block.itersiblings(*SPLIT_TAGS)):
                unfolded = around
        elif next_block_continues(block):
            # Further up, only the next block with text, and only when it reads as the body's rest:
            # a live blog's teaser and lead nested deep in a layout, its entries in the next column.
            return around
        elif unfolded is None and next_block_continues(block, expanders=True):
            unfolded = around
        block = around
    return unfolded if unfolded is not None else parent


def _with_continuation(container):
    """The block around ``container`` when the body goes on right after it, outside it (the
    ``<article>`` or ``itemprop="articleBody"`` block closes after the first paragraphs and the rest
    follows in a block of its own), or after the layout blocks that wrap it (``_wrapped``: beside it
    no prose; the block around those then), else ``container``."""
    block = container
    for level in range(_WRAPPER_LEVELS + 1):
        parent = block.getparent()
        if parent is None or parent.tag == "html":
            return container
        if next_block_continues(block, expanders=True):
            return parent
        if level == _WRAPPER_LEVELS or not _wrapped(block):  # a layout's wrappers: the rest after them
            return container
        block = parent
    return container


_SPLIT_LEVELS = 2
# Layout blocks wrapping the container (a column in a row) passed over to the block after them.
_WRAPPER_LEVELS = 4
# ... and up to this many levels for a next block that reads as the body's rest (``next_block_continues``).
_DEEP_SPLIT_LEVELS = 4


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
    return sum(len(p.text_content()) for p in PROSE(block)) if block is not None else 0


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


def _wrapped(block) -> bool:
    """``block``'s parent is a layout's wrapper of it: no page-wide block, holding beside it no prose
    (a sidebar of links, an ad slot: no paragraph of prose; a column of teasers has some)."""
    parent = block.getparent()
    return parent is not None and parent.tag not in ("body", "html") \
        and not any(PROSE(sibling) for sibling in parent if isinstance(sibling.tag, str)
                    and sibling is not block and sibling.tag not in SKIPPED_TAGS)


def _alone_in(block) -> bool:
    """``block`` is the only element of its parent (scripts aside), which is no page-wide block."""
    parent = block.getparent()
    return parent is not None and parent.tag not in ("body", "html") and not (parent.text or "").strip() \
        and [child for child in parent if isinstance(child.tag, str)
             and child.tag not in SKIPPED_TAGS] == [block]


def _prose_before(block) -> bool:
    """A prose paragraph stands before ``block`` in its parent, alone or in a block (the live blog's
    summary or lead above its entries), or in the ``<article>`` that holds the headline."""
    for sibling in block.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str) or sibling.tag in _NOT_LEAD_TAGS:
            continue
        if sibling.tag == "p" and len(single_spaced(sibling.text_content())) >= _MIN_PROSE_CHARS:
            return True
        if sibling.tag in SPLIT_TAGS and not OTHER_CONTENT.search(
                f"{sibling.get('class', '')} {sibling.get('id', '')}") and PROSE(sibling):
            return True
        if sibling.tag == "article" and _HOLDS_H1(sibling) and PROSE(sibling):
            return True  # the story's own <article>: its headline and lead, the entries after it
    return False


_HOLDS_H1 = XPath("boolean(.//h1)")

