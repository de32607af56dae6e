"""What a block after the story's block must look like to be the rest of its body
(``cleaner.body.containers``): its name, and its prose.

A block the template names for the "Read more" button that unfolds it ("read-more-content",
"show-more", "article-more", or "more-text", "more_content") is named like other content ("more
stories") but holds the body's rest (``EXPANDER``). The rest's prose is two paragraphs one after the
other: ``<p>``s of one parent, each ``<p>`` in a wrapper of one kind (``<div class="paragraph"><p>``, a
component per paragraph), or runs of text set straight in its blocks (``<div>Text.</div>``,
``Text.<br><br>``) where it has no ``<p>`` of prose at all and the runs are most of its text (a comments
widget's prompts stand among its buttons and links) (``runs_of_prose``). A body set one paragraph a block
after its first block (``<section class="paragraph"><p>``, each in a ``<div class="text-block">``) goes on in
two blocks or more of one tag and class after it, each with a paragraph of prose not under a link or in
a list (a teaser's summary, a list's item) (``paragraph_blocks_after``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from lxml.etree import XPath

from core.text import single_spaced

_MIN_PROSE_CHARS = 40
# The name of the block a "Read more" button unfolds: not the "more" of other content
# ("more-stories", "read-more-links").
# The words may come the other way round: "more-text", "more_content", "moretext" (the rest's text).
EXPANDER = re.compile(r"(?:read|show|see|view|article|story|text|body|content|post)[-_]?more"
                      r"(?![-_]?(?:stor|news|article|link|from|like|on|by|video|post))"
                      r"|(?<![a-z])more[-_]?(?:text|content|body|copy)(?![a-z])", re.IGNORECASE)
_PROSE = XPath(f".//p[string-length(normalize-space()) >= {_MIN_PROSE_CHARS}]")
# Prose set without <p> (text straight in a block, up to a <br> or the block's end): a sentence's length.
_BARE_RUNS = XPath(f".//text()[string-length(normalize-space()) >= {_MIN_PROSE_CHARS}][not(ancestor::p"
                   " or ancestor::a or ancestor::li or ancestor::h1 or ancestor::h2 or ancestor::h3"
                   " or ancestor::h4 or ancestor::script or ancestor::style or ancestor::figcaption)]")


_BARE_SHARE = 0.8


def runs_of_prose(block) -> bool:
    """``block`` holds two prose paragraphs one after the other (see above)."""
    prose = _PROSE(block)[:8]
    if any(a.getparent() is b.getparent() or _kin(a.getparent(), b.getparent()) for a, b in pairwise(prose)):
        return True
    if prose:
        return False
    runs = _BARE_RUNS(block)
    # The runs are most of the block's text: a widget's labels and prompts stand among buttons and links.
    return len(runs) >= 2 and sum(len(single_spaced(run)) for run in runs) \
        >= _BARE_SHARE * len(single_spaced(block.text_content()))


def _kin(a, b) -> bool:
    """Two wrappers of one kind side by side: siblings of one tag and class."""
    return a is not None and b is not None and a.getparent() is b.getparent() and a.tag == b.tag \
        and a.get("class") == b.get("class") and a.getnext() is b


# Blocks looked at after the story's block for a run of one-paragraph blocks (a few per kind at most).
_MAX_RUN_KINDS = 12
_NOT_PROSE_HOLDERS = frozenset({"a", "li", "ul", "ol"})


def paragraph_blocks_after(block, tags: tuple[str, ...], rest_name: Callable) -> bool:
    """Two blocks or more after ``block`` (``tags``, named as the body's rest may be: ``rest_name``) of one
    tag and class hold a paragraph of prose each (see above)."""
    seen: set[tuple[str, str]] = set()
    for sibling in block.itersiblings(*tags):
        if len(seen) >= _MAX_RUN_KINDS:
            break
        if not rest_name(sibling) or not any(not any(a.tag in _NOT_PROSE_HOLDERS for a in p.iterancestors())
                                             for p in _PROSE(sibling)[:2]):
            continue
        kind = (sibling.tag, sibling.get("class") or "")
        if kind in seen:
            return True
        seen.add(kind)
    return False
