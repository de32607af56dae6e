"""The rest of a body the template splits into sibling blocks of one name around a box.

Some templates cut the body into blocks of the same tag and name (``<div class="article-body">``
twice) with a newsletter sign-up, an ad slot or a box of related links between them. The fast pass
keeps the first block and drops the later ones; where they are a few paragraphs (the last three of
twenty-five) the body does not look cut short to ``cleaner.body.recall``, and ``cleaner.body.gaps`` reads
only inside the kept block. The block holding the kept paragraphs is followed along its siblings:
short boxes (``cleaner.body.intro_blocks.inline_box``) and pictures are passed over, and a block of the
same tag and the same class, shown, is the body's next part: its prose paragraphs (a sentence or
more, mostly not link text, ending like a sentence) the text lacks go after the kept ones; so does one
whose first class word extends the block's ("article-body" then "article-body-end"; not for other
content: "article-body-related"). Any other
element ends the look (a heading, another story's block, the comments), and so does a block of the
body's name with an ``<h1>`` or an ``<article>`` in it, so a page of several stories, each in a block
of the body's name, keeps to its own.
"""

from __future__ import annotations

import re

from lxml.etree import XPath

from cleaner.body.hidden import shown
from cleaner.body.intro_blocks import inline_box
from core.text import single_spaced

_MIN_CHARS = 40
_PROSE = XPath(f".//p[string-length(normalize-space()) >= {_MIN_CHARS}]")
_LINK_TEXT = XPath(".//a//text()")
_MEDIA = XPath("self::figure or self::picture or self::img or ((.//img or .//picture or .//video"
               " or .//iframe) and string-length(normalize-space(.)) < 200)")
_SENTENCE_END = re.compile(r"[.!?…。！？\"'”’»)]\s*$")
_NOT_IN_FLOW = frozenset({"a", "li", "aside", "nav", "figure", "figcaption", "footer", "form", "blockquote",
                          "table", "button", "header"})
_SKIPPED = frozenset({"script", "style", "noscript", "template"})
_BLOCK_TAGS = frozenset({"div", "section"})
# A block with a headline of its own is another story's (an endless page's next one).
_HEADLINED = XPath("boolean(.//h1 | .//article)")
_LEVELS = 2
_MAX_SIBLINGS = 12
_MAX_LINK_SHARE = 0.5
# A name another block extends: this long at least, and extended after a hyphen or an underscore.
_MIN_NAME = 5
_NAME_JOINS = frozenset({"-", "_"})
# ... not for other content ("article-body-related", "article-body__footer").
_OTHER_CONTENT = re.compile(r"relate|recirc|teaser|promo|recommend|popular|comment|foot|bio|author|tag|"
                            r"share|social|newsletter|sign|subscri|widget|card|(?<![a-z])ads?(?![a-z])",
                            re.IGNORECASE)


def with_split_rest(text: str, paragraph) -> str:
    """``text`` with the prose of the later blocks of the body's split (see above) put after it;
    ``paragraph``: the first paragraph the fast pass kept."""
    block = _named_block(paragraph)
    if block is None:
        return text
    whole = single_spaced(text)
    found: list[str] = []
    sibling = block.getnext()
    for _ in range(_MAX_SIBLINGS):
        if sibling is None:
            break
        if not isinstance(sibling.tag, str) or sibling.tag in _SKIPPED or inline_box(sibling) \
                or _MEDIA(sibling) or not sibling.text_content().strip():
            sibling = sibling.getnext()
            continue
        if sibling.tag != block.tag or not _same_name(sibling, block) or not shown(sibling, sibling) \
                or _HEADLINED(sibling):
            break
        found.extend(line for line in _prose(sibling) if line[:_MIN_CHARS] not in whole and line not in found)
        sibling = sibling.getnext()
    return "\n".join([text, *found]) if found else text


def _same_name(sibling, block) -> bool:
    """``sibling`` has ``block``'s class, or a first class word that extends ``block``'s
    ("article-body" then "article-body-end", "article-body__rest", "article-body--more")."""
    theirs, ours = (sibling.get("class") or "").split(), (block.get("class") or "").split()
    if theirs == ours:
        return True
    if not (theirs and ours and len(ours[0]) >= _MIN_NAME and theirs[0].startswith(ours[0])):
        return False
    extension = theirs[0][len(ours[0]):]
    return extension[:1] in _NAME_JOINS and _OTHER_CONTENT.search(extension) is None


def _named_block(paragraph):
    """The block with a class that holds ``paragraph``, up to ``_LEVELS`` levels up, or None."""
    for level, element in enumerate(paragraph.iterancestors()):
        if level >= _LEVELS or element.tag in ("article", "main", "body"):
            return None
        if element.tag in _BLOCK_TAGS and (element.get("class") or "").strip():
            return element
    return None


def _prose(block) -> list[str]:
    """The prose paragraphs of ``block`` in the body's own flow (see above)."""
    lines = []
    for p in _PROSE(block):
        if any(e.tag in _NOT_IN_FLOW for e in p.iterancestors() if e is not block) or not shown(p, block):
            continue
        line = single_spaced(p.text_content())
        links = len(single_spaced("".join(_LINK_TEXT(p))))
        if _SENTENCE_END.search(line) and links <= _MAX_LINK_SHARE * len(line):
            lines.append(line)
    return lines
