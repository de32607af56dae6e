"""Noticing a body cut short by the fast first pass.

The precision pass sometimes keeps only the start of an article (a live blog's teaser and lead,
the first paragraphs before an inline block). The page's main container says how much prose the
article holds: the nearest ``<article>``, ``itemprop="articleBody"`` or ``<main>`` around the
paragraphs the fast pass kept, else the block holding the first of them. When that container
holds clearly more prose than the fast text, a balanced pass on the container alone gives the
fuller body; it is taken when it is the same article (it holds most of the fast text) and clearly
longer. Only the container is read, so teasers of other articles elsewhere do not come in.
"""

from __future__ import annotations

from lxml.etree import XPath

_PARAGRAPHS = XPath(".//p")
_CONTAINER_TAGS = frozenset({"article", "main"})
_MIN_PROSE_CHARS = 40
# The container must hold this much more prose than the fast text before the second pass runs...
_SHORT_SHARE = 0.6
_MIN_MISSING_CHARS = 600
# ... and the second pass must be this much longer and keep this share of the fast text's lines.
_LONGER = 1.3
_SAME_ARTICLE = 0.8
_MAX_LOOKUPS = 400


def _norm(text: str) -> str:
    return " ".join(text.split())


def main_container(tree, text: str):
    """The article container around the first paragraph of ``text`` found on the page, or None."""
    lines = {_norm(line) for line in text.splitlines() if len(line) >= _MIN_PROSE_CHARS}
    if not lines:
        return None
    for paragraph in _PARAGRAPHS(tree)[:_MAX_LOOKUPS]:
        if _norm(paragraph.text_content()) in lines:
            for ancestor in paragraph.iterancestors():
                if ancestor.tag in _CONTAINER_TAGS or ancestor.get("itemprop") == "articleBody":
                    return ancestor
            # No marked container: the paragraphs of an article are siblings in one block.
            parent = paragraph.getparent()
            return parent if parent is not None and parent.tag not in ("body", "html") else None
    return None


def prose_chars(element) -> int:
    """Characters of the prose paragraphs (``<p>`` of a sentence or more) in ``element``."""
    return sum(len(t) for p in _PARAGRAPHS(element) if len(t := _norm(p.text_content())) >= _MIN_PROSE_CHARS)


def looks_cut_short(text: str, container) -> bool:
    mass = prose_chars(container)
    return len(text) < _SHORT_SHARE * mass and mass - len(text) >= _MIN_MISSING_CHARS


def fuller(text: str, candidate: str) -> bool:
    """``candidate`` is the same article as ``text`` and clearly longer."""
    if len(candidate) < _LONGER * len(text):
        return False
    kept = [_norm(line) for line in text.splitlines() if line.strip()]
    pool = _norm(candidate)
    return bool(kept) and sum(line in pool for line in kept) >= _SAME_ARTICLE * len(kept)
