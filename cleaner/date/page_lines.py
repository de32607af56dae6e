"""The page's short lines, for the days and times ``cleaner.date.datelines`` reads in its text.

The page's text nodes are walked once per tree; a short node's line is its element's text, or the
block around an inline element ("<p><span>Updated ...</span> <span>Published ...</span></p>"), with
a time of day alone after it (in its tail or the element after). Here are found the first line that
writes a day, the first that writes it for neither an update nor the print edition, and the time of day
in a day's own stretch of a line (the zones written with times: ``cleaner.date.written_zones``).
"""

from __future__ import annotations

import re
from datetime import datetime

from lxml.etree import XPath

from cleaner.date.clocks import (
    CLOCK_TIME,
    DOTTED_ALONE,
    clock_after_day,
    clock_time,
)
from cleaner.date.date_places import among_teasers, holder
from cleaner.date.day_forms import (
    NEXT_LABEL,
    PRINT_LABEL,
    PUBLISHED_LABEL,
    SOME_DAY,
    UPDATE_LABEL,
    day_form,
    day_pattern,
    days_in,
    labelled,
)

DATE_LINE_CHARS = 80
# A line that writes an update's or the print edition's day beside the publication's may be longer
# ("Last Updated: Apr 13 2024 | 9:00 AM IST First Published: Apr 12 2024 | 2:46 PM IST").
STAMPS_CHARS = 2 * DATE_LINE_CHARS
_CLOCK_CHARS = 24
_TEXT_NODES = XPath("//body//text()[normalize-space()]")
_MAX_TEXT_NODES = 3000
_INLINE = frozenset({"span", "time", "b", "strong", "em", "i", "a", "small", "abbr"})
# The last page's text nodes: reading one page's dates walks them several times (its day's line,
# the day beside a print edition's, a zone written elsewhere), and the walk is most of the cost.
_last_walk: tuple[object, list] | None = None


def text_nodes(tree) -> list:
    """The page's non-blank text nodes in its body (the first ``_MAX_TEXT_NODES``), walked once per
    tree (the tree is not changed while its dates are read)."""
    global _last_walk
    if _last_walk is None or _last_walk[0] is not tree:
        _last_walk = (tree, _TEXT_NODES(tree)[:_MAX_TEXT_NODES])
    return _last_walk[1]


def walked_text_nodes(tree) -> list | None:
    """``text_nodes`` of ``tree`` where its walk is done and whole (fewer than ``_MAX_TEXT_NODES``):
    all the non-blank text nodes of its body, for a search of them that need not walk it again; else
    None."""
    if _last_walk is not None and _last_walk[0] is tree and len(_last_walk[1]) < _MAX_TEXT_NODES:
        return _last_walk[1]
    return None


def short_line(text: str) -> bool:
    """``text`` is a date line's length: ``DATE_LINE_CHARS`` at most, or ``STAMPS_CHARS`` where it
    labels an update or the print edition and writes two days, or labels the print edition ("A
    version of this article appears in print on May 4, 2024, Section A, Page 12 of the New York
    edition"). Test cheaper conditions first."""
    return len(text) <= DATE_LINE_CHARS or (len(text) <= STAMPS_CHARS and NEXT_LABEL.search(text) is not None
                                           and (len(SOME_DAY.findall(text)) >= 2
                                                or PRINT_LABEL.search(text) is not None))


def line_texts(node) -> tuple[str, str]:
    """(the text of a short text node's element where that is short too, else the node's own; the
    same of the block around an inline element where that block is short: "<p><span>Updated
    14.04.2024</span> <span>Published 12.04.2024</span></p>"), whitespace collapsed."""
    holder = node.getparent()  # a tail's parent is the element before it: its container holds both
    holder = holder.getparent() if holder is not None and node.is_tail else holder
    whole = _text(holder) if holder is not None else ""
    narrow = whole if short_line(whole) else str(node)
    block = holder.getparent() if holder is not None and holder.tag in _INLINE else None
    wide = line if block is not None and short_line(line := _text(block)) else narrow
    if holder is not None and (clock := _clock_after(holder)) and not CLOCK_TIME.search(narrow):
        narrow = f"{narrow} {clock}"
    return " ".join(narrow.split()), " ".join(wide.split())


def _text(element) -> str:
    """``element``'s text, a space between two of its texts where one ends and the next opens with a
    digit: elements parted by a ``<br>`` or a tag alone ("09:10</span><br><span>2024. április 12.")
    are not one number ("09:102024")."""
    parts = list(element.itertext())
    if len(parts) < 2:
        return "".join(parts)
    joined = [parts[0]]
    for part in parts[1:]:
        if part[:1].isdigit() and joined[-1][-1:].isdigit():
            joined.append(" ")
        joined.append(part)
    return "".join(joined)


def _clock_after(holder) -> str | None:
    """The time of day alone right after ``holder``: in its tail ("<time datetime='2024-05-03'>May 3,
    2024</time> 14:30", "...</time> | 14:30 Uhr", "...</time> lúc 14:30"), else in the element after
    it ("...</time><div class='time'>14:46</div>"), past separators, icons and line breaks ("...</time>
    <span>|</span> <span>14:30</span>", "...</time><br>14:30 Uhr", "...</time> <i class='icon'></i>
    14:30"), and out of wrappers that hold only the day and a label before it ("<span class='date'><time>
    ...</time></span><span class='time'>14:30</span>", "<li>Ngày đăng: <b>12/04/2024</b></li><li><b>14:46
    </b></li>"); else None. A date-only ``<time>`` is the day's text alone: its
    time is printed beside it."""
    element = holder
    for _ in range(_WRAPPERS):
        parent = element.getparent()
        # A label before the day may stand in the wrapper ("<li>Ngày đăng: <b>12/04/2024</b></li>").
        if (element.tail or "").strip() or element.getnext() is not None or parent is None \
                or len(parent) != 1 or len((parent.text or "").strip()) > _LABEL_CHARS:
            break
        element = parent
    for _ in range(_HOPS):
        tail = " ".join((element.tail or "").split())
        if tail and (text := _CLOCK_LEAD.sub("", tail, count=1)):
            return tail if len(tail) <= _TAIL_CHARS and _clock_alone(text) else None
        sibling = element.getnext()
        if sibling is None:
            return None
        content = _short_text(sibling) if isinstance(sibling.tag, str) else ""
        if content is None:  # a block of text (the story's body after a wrapper): no time alone
            return None
        if content and content not in _SEPARATORS:
            return content if _clock_alone(content) else None
        element = sibling  # a separator, an icon, a line break or a comment: what follows it
    return None


# What parts a day from its time in a line: separators, and "at" in the languages that write one
# ("um 14:30", "à 14h30", "a las 14:30", "alle 14:30", "lúc 14:30", "jam 14.30", "saat 14:30").
_CLOCK_LEAD = re.compile(r"^[\s,;|·•–—/-]*(?:(?:um|at|à|às|a\s+las|alle|ore|lúc|jam|saat|kl\.?|klo)\s+)?",
                         re.IGNORECASE)
_TAIL_CHARS = 32
_WRAPPERS = 2
_LABEL_CHARS = 24
_HOPS = 3
_SEPARATORS = frozenset({"|", "·", "•", "-", "–", "—", "/", ","})


def _short_text(element) -> str | None:
    """``element``'s text, whitespace collapsed, where it is ``_CLOCK_CHARS`` long at most, else None;
    read no further than that (a sibling may be the whole story)."""
    parts, length = [], 0
    for part in element.itertext():
        parts.append(part)
        if (length := length + len(part)) > 4 * _CLOCK_CHARS:
            return None
    text = " ".join("".join(parts).split())
    return text if len(text) <= _CLOCK_CHARS else None


def _clock_alone(text: str) -> bool:
    """``text`` opens with a time of day ("14:30 Uhr", "2:30 p.m. EDT", "14.30"), perhaps in brackets
    ("[13:17]", "(14:30)": Azerbaijani and Central Asian agencies print the time so beside the day)."""
    if text[:1] in "[(" and text[-1:] in "])":
        text = text[1:-1].strip()
    return bool(CLOCK_TIME.match(text) or DOTTED_ALONE.fullmatch(text))


def date_line(tree, day: datetime) -> tuple[str, str, int] | None:
    """(the first short text on the page that holds ``day``, and its line (see ``line_texts``),
    which of the _day_forms writes the day there), or None. The text is its element's whole text
    where that is short too, so that a time or a second date in an element of its own beside the day
    ("<span>11:11 PM</span> Nov 19") is in it."""
    written = day_pattern(day)
    year = f"{day.year % 100:02d}"  # in every form of the day: a substring test before the search
    for node in text_nodes(tree):
        if len(node) > STAMPS_CHARS or year not in node:
            continue
        if not written.search(node):
            if (joined := _split_day(node, written)) is not None:
                return joined, joined, day_form(day, joined)
            continue
        if not short_line(node):
            continue
        form = day_form(day, node)
        return (*line_texts(node), form)
    return None


_YEAR_PIECE = re.compile(r"[.,/\s-]*\d\d(?:\d\d)?(?:[\s,.]+\w{0,6})?")


def _split_day(node, written: re.Pattern[str]) -> str | None:
    """The short line of the block a day is printed in piece by piece, its year an element's or a
    tail of its own ("<span>02</span>.<span>12</span>.<span>2026</span> <span>14:05</span>", "<span
    class='month'>Dec</span> <span class='day'>3</span>, <span class='year'>2026</span>"), where that
    line writes ``written``; else None. Cheap: only for a short text node that is a year's digits, after
    a separator and before a short word at most (".2026 о", "2026,")."""
    if len(node) > 16 or not _YEAR_PIECE.fullmatch(node.strip()):
        return None
    element = node.getparent()
    block = element.getparent() if node.is_tail or element.tag in _INLINE else None
    # out of an inline wrapper holding the year alone ("<span class='year'><em>2026</em></span>")
    for _ in range(_WRAPPERS):
        if block is None or len(block) >= 2 or block.tag not in _INLINE:
            break
        block = block.getparent()
    if block is None or len(block) < 2:
        return None
    line = " ".join(_text(block).split())
    return line if short_line(line) and written.search(line) else None


def unlabelled_line(tree, day: datetime) -> tuple[str, str, int] | None:
    """(as ``date_line``) the first short text outside other articles' teasers that writes ``day``
    stated for neither an update nor the print edition ("Published 12 March 2024, 14:46" after
    "Updated: 12 March 2024"), or None."""
    written = day_pattern(day)
    year = f"{day.year % 100:02d}"
    for node in text_nodes(tree):
        if len(node) > STAMPS_CHARS or year not in node or not written.search(node) or not short_line(node) \
                or among_teasers(holder(node)):
            continue
        form = day_form(day, node)
        narrow, wide = line_texts(node)
        days = days_in(wide, form)
        if any(found == day and not any(labelled(wide, days, index, label)
                                        for label in (PRINT_LABEL, UPDATE_LABEL))
               for index, (_, _, found) in enumerate(days)):
            return narrow, wide, form
    return None


def day_clock(text: str, day: datetime, form: int | None) -> tuple[int, int, int, int | None] | None:
    """The time of ``day`` in ``text``. Where the text states other days too, it is the one in
    ``day``'s own stretch of it: after ``day`` up to the next one ("12.04.2024, 14:46 Uhr") or up to
    an update's or print edition's label ("12.04.2024, aktualisiert 14:46"), else before it back to
    the day before ("15:30, 12/04/2024"). A bare dotted time right after the day is its time
    ("12.4.2024 14.46", ``clocks.clock_after_day``)."""
    days = days_in(text, form)
    # The day's own span; where the text writes it twice, the one not stated as an update's
    # ("Updated 12 March 2024 18:00 | Published 12 March 2024": not 18:00).
    own = [index for index, span in enumerate(days) if span[2] == day]
    index = next((index for index in own if not labelled(text, days, index, NEXT_LABEL)),
                 own[0] if own else None)
    this = days[index] if index is not None else None
    start, end = this[:2] if this else (0, 0)  # not found again: the whole text
    # The same day written again in another calendar ("वैशाख ३०, २०८१ / May 12, 2024 । 21:15", both
    # read as 2024-05-12) does not end its stretch.
    others = [span for position, span in enumerate(days) if position != index and span[2] != day]
    before = max((span[1] for span in others if span[1] <= start), default=0)
    after = min((span[0] for span in others if span[0] >= end), default=len(text))
    if label := NEXT_LABEL.search(text, end, after):
        after = label.start()
    if index and labelled(text, days, index - 1, NEXT_LABEL):
        # A time after an update's day is the update's ("Updated 12 March 18:00 |"), unless the
        # publication's label comes after it ("Cập nhật: 09:12 14/04/2024 Đăng: 14:46 12/04/2024").
        labels = list(PUBLISHED_LABEL.finditer(text, before, start))
        before = labels[-1].end() if labels else start
    following = text[end:after]
    if (clock := clock_after_day(following, day) if this else clock_time(following, day)) is not None:
        return clock
    return clock_time(text[before:start], day)
