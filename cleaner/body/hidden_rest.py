"""The rest of a paywalled story that the page holds but hides: its first paragraphs shown, the others in a
block hidden by an inline style or attribute (``<div class="paywall" style="display:none">``, an
expander's ``hidden`` block) after them, then the paywall's prompt. trafilatura's passes drop the hidden
block or keep it depending on the lengths around it (a short Japanese, Turkish or Urdu body loses it, a
long English one does not); the text is the article's all the same (``cleaner.body.hidden.collapsed_rest``
says which hidden block is the body's rest, not a modal or a copy). Its prose paragraphs the text lacks
are put back after the kept paragraph that stands last before the block; the junk line rules still judge
them like every other line."""

from __future__ import annotations

from lxml.etree import XPath

from cleaner.body.hidden import collapsed_rest
from core.text import single_spaced

# Blocks hidden by an attribute or an inline style (the cheap test; ``collapsed_rest`` decides).
_HIDDEN_BLOCKS = XPath(".//*[self::div or self::section][@hidden or @aria-hidden='true' or "
                       "contains(@style, 'none') or contains(@style, 'hidden')]")
_PARAGRAPHS = XPath(".//p")
_PRECEDING_PARAGRAPHS = XPath("preceding::p")
# The block's first paragraph of this length says whether it is the body's rest (``collapsed_rest``).
_MIN_PROSE_CHARS = 40
# A paragraph mostly of link text is a teaser ("Read more: <a>Headline</a>"), not the story's.
_MAX_LINK_SHARE = 0.5
_LINK_TEXT = XPath("string-length(normalize-space(string(.//a)))")


def with_hidden_rest(container, text: str) -> str:
    """``text`` with the prose of the body's hidden rest in ``container`` (see above) put back."""
    if container is None or not text:
        return text
    blocks = _HIDDEN_BLOCKS(container)
    if not blocks:
        return text
    lines = text.split("\n")
    at_line = {single_spaced(line): index for index, line in enumerate(lines)}
    whole = single_spaced(text)
    inserts: dict[int, list[str]] = {}
    for block in blocks:
        paragraphs = _paragraphs(block)
        first = next((paragraph for paragraph, flat in paragraphs if len(flat) >= _MIN_PROSE_CHARS), None)
        if first is None or not collapsed_rest(first, container):
            continue
        anchor = _last_kept_before(block, container, at_line)
        missing = [flat for _, flat in paragraphs if flat not in whole]
        if anchor is not None and missing:
            inserts.setdefault(anchor, []).extend(missing)
    if not inserts:
        return text
    return "\n".join(part for index, line in enumerate(lines) for part in (line, *inserts.get(index, [])))


def _paragraphs(block) -> list[tuple[object, str]]:
    """The paragraphs of ``block`` with their text, but for those mostly of link text (a short one is
    the story's too: a Japanese sentence runs to 30 characters)."""
    found = []
    for paragraph in _PARAGRAPHS(block):
        flat = single_spaced(paragraph.text_content())
        if flat and _LINK_TEXT(paragraph) <= _MAX_LINK_SHARE * len(flat):
            found.append((paragraph, flat))
    return found


def _last_kept_before(block, container, at_line: dict[str, int]) -> int | None:
    """The text's line of the kept paragraph that stands last before ``block`` in ``container``."""
    for paragraph in reversed(_PRECEDING_PARAGRAPHS(block)):
        if container not in paragraph.iterancestors():
            break
        index = at_line.get(single_spaced(paragraph.text_content()))
        if index is not None:
            return index
    return None
