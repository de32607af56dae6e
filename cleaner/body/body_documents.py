"""The article's blocks as a document of their own, for a second reading by the extractor.

An article split into chunks between ads and embeds is read from its chunks (``article_chunks``,
``chunks_document``); a container is read alone, the ``<article>`` elements inside it turned into
``<div>`` (``container_document``): an extractor reads the first ``<article>`` of a page as the
whole body, and a live blog's entries, each its own ``<article>``, would give the first entry alone.
Which block is the article is ``cleaner.body.containers``'s.
"""

from __future__ import annotations

from lxml.etree import XPath

from cleaner.body.entries import feed_entry, timed_entry
from cleaner.body.intro_blocks import inline_box
from cleaner.selectors import element_document

# How far up from the first paragraph's block the article's other chunks are looked for.
_CHUNK_LEVELS = 4


def article_chunks(paragraph) -> list | None:
    """The blocks the article is split into, when the block holding ``paragraph`` has siblings of
    its kind (same tag and class) nearby: an article body cut into chunks between ads and embeds
    (``<div class="article__chunk">``, ``<div class="story-body__chunk">``), of which the first
    pass keeps only the first. None when the block has no such kin."""
    block = paragraph.getparent()
    kind = block.get("class") if block is not None else None
    if not kind or not kind.strip():
        return None
    for depth, ancestor in enumerate(block.iterancestors()):
        if depth >= _CHUNK_LEVELS or ancestor.tag in ("body", "html"):
            break
        kin = [e for e in ancestor.iter(block.tag) if e.get("class") == kind and not _other_story(e, block)]
        if len(kin) >= 2:
            # Outermost only: a chunk inside another is read with it.
            return [e for e in kin if not any(a in kin for a in e.iterancestors())]
    return None


def _other_story(chunk, block) -> bool:
    """``chunk`` is the body of another story than ``block``'s: it stands in another ``<article>`` that
    has a headline of its own (an ``<h1>``), as the next story an endless page loads under this one
    does; a body's chunks share their article, or stand in blocks that head nothing."""
    article = _article_of(chunk)
    return article is not None and article is not _article_of(block) and _HEADLINE(article)


def _article_of(element):
    return next((ancestor for ancestor in element.iterancestors() if ancestor.tag == "article"), None)


_HEADLINE = XPath("boolean(.//h1)")


def chunks_document(chunks: list):
    """A document of the article's ``chunks`` alone, unnamed (``class`` and ``id`` dropped), so that
    an extractor reading the first block named like an article body reads them all; chunks that are
    ``<article>`` elements become ``<div>`` (see ``container_document``)."""
    document = element_document(*chunks, unnamed=True)
    for block in document.find("body"):
        _as_blocks(block, itself=True)
    return document


def container_document(container):
    """A document of ``container`` alone, the ``<article>`` elements inside it turned into ``<div>``:
    an extractor reads the first ``<article>`` of a page as the whole body, and a live blog's
    entries, each its own ``<article>``, would give the first entry alone. For the same reason a
    live blog's entries named like a body (``<section class="entry">``, or each entry's
    ``<div class="post-content">``) lose their names (``_unlocked``), and entries set as list items
    become blocks."""
    document = element_document(container)
    root = document.find("body")[0]
    _without_boxes(root)
    _as_blocks(root, itself=False)
    _entries_as_blocks(root)
    _unlocked(root)
    return document


def _without_boxes(root) -> None:
    """The short boxes set between the parts of a body (a sign-up or subscription box, an ad slot, a
    few related links: ``cleaner.body.intro_blocks.inline_box``) right inside the container go: the second
    reading took a subscription offer standing between the story's block and its rest for a
    paragraph."""
    for box in [child for child in root if isinstance(child.tag, str) and inline_box(child)]:
        box.drop_tree()


def _entries_as_blocks(root) -> None:
    """A live blog's entries set as list items (``cleaner.body.entries.timed_entry``, or untimed in a run
    of their kind: ``feed_entry``) become blocks, and their list a block: an extractor reads a list
    item's paragraphs and heading as one line ("- 10:00 Text ...")."""
    entries = [item for item in root.iter("li") if timed_entry(item) or feed_entry(item)]
    for item in entries:
        item.tag = "div"
        parent = item.getparent()
        if parent is not None and parent.tag in ("ul", "ol"):
            parent.tag = "div"


# Rounds of unnaming: a block of entries named like a body may hold chunks named so too.
_UNLOCK_ROUNDS = 3


def _unlocked(root) -> None:
    """The blocks of one tag and class that trafilatura's body expressions would read the first of
    alone (the first block named like a body, when others of its kind follow), where that block is
    a live blog's entry (timed, or untimed in a run of its kind: ``cleaner.body.entries.feed_entry``) or
    lies in one, lose their ``class`` and ``id``; the extractor then reads
    ``root`` as a whole. An article's own chunks are left named: read whole, such a container
    brought in a list of other stories and an aside of pros and cons. A plain block left with no
    block named like a body is read as a ``<main>``."""
    from trafilatura.xpaths import BODY_XPATH

    unnamed = False
    for _ in range(_UNLOCK_ROUNDS):
        first = next((found[0] for expression in BODY_XPATH if (found := expression(root))), None)
        kind = first.get("class") if first is not None else None
        if first is None and unnamed and root.tag not in ("article", "main"):
            # Read as a body, not by the fallback that scans the page as a whole: that one dropped
            # the live blog's "Key points" list above its entries.
            root.tag = "main"
        if first is None or first is root or not kind:
            return
        if not any(timed_entry(block) or feed_entry(block) for block in (first, *first.iterancestors())):
            return  # an article's chunks or blocks (read by cleaner.body.body_documents.article_chunks)
        kin = [e for e in root.iter(first.tag) if e.get("class") == kind]
        if len(kin) < 2:
            return
        for block in kin:
            for name in ("class", "id"):
                block.attrib.pop(name, None)
        unnamed = True


def _as_blocks(root, itself: bool) -> None:
    for element in root.iter("article", "main"):
        if itself or element is not root:
            element.tag = "div"
