"""The article's blocks as a document of their own, for a second reading by the extractor.

An article split into chunks between ads and embeds is read from its chunks (``article_chunks``,
``chunks_document``); a container is read alone, the ``<article>`` elements inside it turned into
``<div>`` (``container_document``): an extractor reads the first ``<article>`` of a page as the
whole body, and a live blog's entries, each its own ``<article>``, would give the first entry alone.
Which block is the article is ``cleaner.containers``'s.
"""

from __future__ import annotations

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
        kin = [e for e in ancestor.iter(block.tag) if e.get("class") == kind]
        if len(kin) >= 2:
            # Outermost only: a chunk inside another is read with it.
            return [e for e in kin if not any(a in kin for a in e.iterancestors())]
    return None


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
    entries, each its own ``<article>``, would give the first entry alone."""
    document = element_document(container)
    _as_blocks(document.find("body")[0], itself=False)
    return document


def _as_blocks(root, itself: bool) -> None:
    for element in root.iter("article", "main"):
        if itself or element is not root:
            element.tag = "div"
