"""A story's "Key points" list above its body, which the fast pass dropped.

A live blog or a long story may open with a short list of its main points under a label of its own
("Key points", "Summary", "Das Wichtigste", "L'essentiel"): part of the story an analyst reads first.
Where the fast pass read the whole page (no ``<main>`` or ``<article>`` to read again) it keeps the
lead and the entries but may drop that list (at the end of the headline's column, say). In the
block that holds the first paragraph the fast pass kept (its parent: a list in a block of its own
before the body's, beside the headline, stays out, cleaner.body.intro_blocks), a list right after such
a label (nothing but whitespace between), its items sentences, not links, and none of them
in the text, with a line of the text after it in the page, is put back before that line, its label
first, each item a "- " line as trafilatura writes a kept list. A list after all the kept text
(closing a story, or another story's) is not put back, nor one under another label ("Key events", a
list of links to the entries).
"""

from __future__ import annotations

from lxml.etree import XPath

from core.text import single_spaced

# The labels, case-folded, without a closing colon.
LABELS = frozenset({
    "key points", "summary", "in summary", "key takeaways", "at a glance", "in brief", "the essentials",
    "das wichtigste", "das wichtigste in kürze", "das wichtigste im überblick", "auf einen blick",
    "l'essentiel", "l’essentiel", "à retenir", "ce qu'il faut retenir", "ce qu’il faut retenir",
    "lo esencial", "lo más importante", "claves", "in breve", "i punti chiave", "in het kort",
    "w skrócie", "главное", "o essencial", "em resumo",
})
# Elements whose own text may be the label (a heading, a <strong>, a <p>, a <span> in a heading).
_LABEL_TAGS = ("h2", "h3", "h4", "h5", "h6", "strong", "b", "p", "span", "div", "dt", "header")
_NEXT_TEXT = XPath("following::text()[normalize-space()][1]")
_NEXT_LIST = XPath("following::*[self::ul or self::ol][1]")
_ITEMS = XPath("./li")
_LINK_TEXT = XPath(".//a//text()")
_FOLLOWING_TEXTS = XPath("following::text()[string-length(normalize-space()) >= 5]")
_MIN_ITEMS, _MAX_ITEMS = 2, 12
_MIN_ITEM_CHARS = 20
_MAX_LINK_SHARE = 0.5
# Texts after the list looked at for the first line the text kept (a heading's whole, a paragraph's start).
_MAX_FOLLOWING = 60
_START = 40
# The story's block: the first kept paragraph's parent, up to this many elements (the whole page
# costs a millisecond; the story's block a few µs).
_MAX_ELEMENTS = 600
_MAX_LABEL = 40


def with_key_points(paragraph, text: str) -> str:
    """``text`` with the "Key points" list of the story's block (the parent of ``paragraph``, the first
    the fast pass kept) put back before the first line the text kept after it, where the text lacks all
    its items (see above)."""
    if paragraph is None or not text:
        return text
    block = paragraph.getparent()
    if block is None or block.tag in ("body", "html"):
        return text
    for label in _labels(block):
        found, following = _NEXT_LIST(label), _NEXT_TEXT(label)
        if not found or not following or _list_of(following[0]) is not found[0]:
            continue
        items = _items(found[0], text)
        if items:
            return _inserted(text, found[0], [_label_text(label)] + [f"- {item}" for item in items])
    return text


def _label_text(element) -> str:
    return single_spaced(element.text or "").rstrip(" :")


def _labels(block) -> list:
    """The elements of ``block`` whose own text is a label (none in a <nav> or <footer>)."""
    found = []
    for count, element in enumerate(block.iter(_LABEL_TAGS)):
        if count >= _MAX_ELEMENTS:
            break
        own = element.text
        if own and len(own) < _MAX_LABEL and _label_text(element).casefold() in LABELS:
            found.append(element)
    return found


def _list_of(node):
    """The nearest <ul> or <ol> around a text node, or None."""
    element = node.getparent()
    while element is not None and element.tag not in ("ul", "ol"):
        element = element.getparent()
    return element


def _items(found, text: str) -> list[str]:
    """The list's items when they are sentences, mostly not links, and none of them in ``text``."""
    items = _ITEMS(found)
    if not _MIN_ITEMS <= len(items) <= _MAX_ITEMS:
        return []
    lines = [single_spaced(item.text_content()) for item in items]
    if any(len(line) < _MIN_ITEM_CHARS or line in text for line in lines):
        return []
    links = sum(len(t) for item in items for t in _LINK_TEXT(item))
    return lines if links <= _MAX_LINK_SHARE * sum(map(len, lines)) else []


def _inserted(text: str, found, block: list[str]) -> str:
    """``text`` with ``block`` before its first line that a paragraph after the list starts, or
    unchanged when no kept line follows the list."""
    lines = text.split("\n")
    starts = {single_spaced(line)[:_START]: index for index, line in reversed(list(enumerate(lines)))}
    for node in _FOLLOWING_TEXTS(found)[:_MAX_FOLLOWING]:
        index = starts.get(single_spaced(node)[:_START])
        if index is not None:
            return "\n".join(lines[:index] + block + lines[index:])
    return text
