"""Days and times as a page writes them in its text, for htmldate's day (``cleaner.dates``).

htmldate finds a page's day, often without its time, and reads a few written forms wrongly. Here the
day is found again in the page's short lines in the forms news sites write it (numeric in any order,
with a month's name in several languages, CJK), and its line tells the rest: the time written beside
it (with its half of the day and its zone where written), the publication day where the line also
states an update or the print edition, a slashed day read month first on US pages, a dotted day read
day first, a 1 January guessed from a year alone. The forms of a day are ``cleaner.day_forms``'s, the
times of day and their zones ``cleaner.clocks``'s.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta, timezone, tzinfo

from lxml.etree import XPath

from cleaner.clocks import CLOCK_TIME, ZONE_NAMES, clock_time, written_offset, zone
from cleaner.date_places import among_teasers, headline, holder, in_cards
from cleaner.day_forms import (
    EARLIEST,
    NEXT_LABEL,
    PRINT_LABEL,
    SOME_DAY,
    UPDATE_LABEL,
    days_in,
    labelled,
    this_day,
)

_DATE_LINE_CHARS = 80
_CLOCK_CHARS = 24
_TEXT_NODES = XPath("//body//text()[normalize-space()]")
_MAX_TEXT_NODES = 3000
# A print edition appears on the day of the online publication or after it, a weekly's a week after.
_PRINT_LAG = timedelta(days=14)
_INLINE = frozenset({"span", "time", "b", "strong", "em", "i", "a", "small", "abbr"})
# The last page's text nodes: reading one page's dates walks them several times (its day's line,
# the day beside a print edition's, a zone written elsewhere), and the walk is most of the cost.
_last_walk: tuple[object, list] | None = None


def _text_nodes(tree) -> list:
    """The page's non-blank text nodes in its body (the first ``_MAX_TEXT_NODES``), walked once per
    tree (the tree is not changed while its dates are read)."""
    global _last_walk
    if _last_walk is None or _last_walk[0] is not tree:
        _last_walk = (tree, _TEXT_NODES(tree)[:_MAX_TEXT_NODES])
    return _last_walk[1]


def written_day(tree, day: datetime, url: str | None = None) -> tuple[datetime, tuple[str, str, int] | None]:
    """(htmldate's day, or the day the page writes where it writes htmldate's nowhere; its
    ``_date_line``). htmldate gives 1 January for a year alone (it does not read "12.abr.2024"): the
    first day of that year the page writes instead, unless the ``url`` states 1 January. It reads
    "12. 4. 2024" (the Czech and Slovak way) month first as 4 December: the day read with its day
    first, as nobody writes the month first with dots."""
    if (line := _date_line(tree, day)) is not None:
        return day, line
    if (day.month, day.day) == (1, 1):
        if re.search(rf"{day.year}[-/_]?0?1[-/_]?0?1(?!\d)", url or ""):
            return day, None  # the URL's day
        # A day stated for an update or the print edition is nearer than 1 January where no other is.
        if written := _page_day(tree, day, day.replace(month=12, day=31)) or _page_day(
                tree, day, day.replace(month=12, day=31), labels=()):
            return written[0], _date_line(tree, written[0])
    elif day.day <= 12:
        swapped = day.replace(day=day.month, month=day.day)
        if (line := _date_line(tree, swapped)) is not None and not line[2] and "." in (
                re.search(this_day(swapped)[0], line[0], re.IGNORECASE) or [""])[0]:
            return swapped, line
    return day, None


def year_alone(day: datetime, line: tuple[str, str, int] | None, url: str | None) -> bool:
    """``day`` (htmldate's, after ``written_day``) is 1 January guessed from a year alone ("© 2024"
    in the footer, a year in a heading): the page writes no such day (no ``line``) and the ``url``
    does not state it."""
    return (day.month, day.day) == (1, 1) and line is None and not re.search(
        rf"{day.year}[-/_]?0?1[-/_]?0?1(?!\d)", url or "")


def slashed_line(tree, found: datetime) -> str | None:
    """The line (``_date_line``'s wide text) where the page writes ``found`` as a slashed day whose
    order is in doubt (04/12/2024, which htmldate reads day first), or None."""
    if found.day > 12 or found.day == found.month or (line := _date_line(tree, found)) is None or line[2]:
        return None
    written = re.search(this_day(found)[0], line[0], re.IGNORECASE)
    return line[1] if written and "/" in written[0] else None


def text_nodes(tree) -> list:
    """The page's non-blank text nodes (see ``_text_nodes``)."""
    return _text_nodes(tree)


def as_written(line: tuple[str, str, int] | None, day: datetime, read: time) -> datetime:
    """``day`` at htmldate's naive time of day ``read``, with the half of the day and the zone
    written beside it on the page (its ``line``: "2:46 p.m. ET", which htmldate reads as 02:46;
    "23:46 GMT+8"), where that is its time."""
    found = datetime.combine(day.date(), read)
    clock = _clock_in(line[0], day, line[2]) if line is not None else None
    if clock is None or (clock[0] % 12, clock[1]) != (found.hour % 12, found.minute):
        return found
    written = found.replace(hour=clock[0])
    return written.replace(tzinfo=timezone(timedelta(seconds=clock[3]))) if clock[3] is not None else written


def _line_texts(node) -> tuple[str, str]:
    """(the text of a short text node's element where that is short too, else the node's own; the
    same of the block around an inline element where that block is short: "<p><span>Updated
    14.04.2024</span> <span>Published 12.04.2024</span></p>"), whitespace collapsed."""
    holder = node.getparent()  # a tail's parent is the element before it: its container holds both
    holder = holder.getparent() if holder is not None and node.is_tail else holder
    whole = holder.text_content() if holder is not None else ""
    narrow = whole if len(whole) <= _DATE_LINE_CHARS else str(node)
    block = holder.getparent() if holder is not None and holder.tag in _INLINE else None
    wide = line if block is not None and len(line := block.text_content()) <= _DATE_LINE_CHARS else narrow
    if holder is not None and (clock := _clock_after(holder)) and not CLOCK_TIME.search(narrow):
        narrow = f"{narrow} {clock}"
    return " ".join(narrow.split()), " ".join(wide.split())


def _clock_after(holder) -> str | None:
    """The text of the element right after ``holder`` where it is a time of day alone ("<time
    datetime='2024-04-12'>April 12, 2024</time><div class='time'>14:46</div>"), else None."""
    sibling = holder.getnext()
    if sibling is None or not isinstance(sibling.tag, str) or (holder.tail or "").strip():
        return None
    text = " ".join(sibling.text_content().split())
    return text if len(text) <= _CLOCK_CHARS and CLOCK_TIME.match(text) else None


def _date_line(tree, day: datetime) -> tuple[str, str, int] | None:
    """(the first short text on the page that holds ``day``, and its line (see ``_line_texts``),
    which of the _day_forms writes the day there), or None. The text is its element's whole text
    where that is short too, so that a time or a second date in an element of its own beside the day
    ("<span>11:11 PM</span> Nov 19") is in it."""
    forms = [re.compile(form, re.IGNORECASE) for form in this_day(day)]
    written = re.compile("|".join(this_day(day)), re.IGNORECASE)  # one search a text, not nine
    year = f"{day.year % 100:02d}"  # in every form of the day: a substring test before the search
    for node in _text_nodes(tree):
        if len(node) > _DATE_LINE_CHARS or year not in node or not written.search(node):
            continue
        form = next(i for i, pattern in enumerate(forms) if pattern.search(node))
        return (*_line_texts(node), form)
    return None


def own_day(tree, day: datetime, url: str | None = None) -> datetime:
    """htmldate's ``day``, or the article's own where the page writes ``day`` only among other
    articles' teasers before the article's headline (an aside's or a related list's date, which
    htmldate may take; ``cleaner.date_places``): the first day written after the headline outside
    them. A day the ``url`` states stays."""
    if re.search(rf"{day.year}[-/_]?0?{day.month}[-/_]?0?{day.day}(?!\d)", url or ""):
        return day
    written = re.compile("|".join(this_day(day)), re.IGNORECASE)
    year = f"{day.year % 100:02d}"  # in every form of the day: a substring test before the search
    nodes = [node for node in _text_nodes(tree) if len(node) <= _DATE_LINE_CHARS]
    holding = [node for node in nodes if year in node and written.search(node)]
    if not holding or not all(among_teasers(holder(node)) or in_cards(holder(node)) for node in holding):
        return day
    top = headline(tree)
    if top is None:
        return day
    order = {element: index for index, element in enumerate(tree.iter())}
    start = order.get(top, 0)
    # A rail or box beside the article may hold its own date: only teasers before it, or other
    # articles' cards (each with its linked headline) anywhere.
    if any(order.get(holder(node), -1) > start and not in_cards(holder(node)) for node in holding):
        return day
    latest = datetime.now()  # compared with naive days
    for node in nodes:
        element = holder(node)
        if order.get(element, -1) < start or not SOME_DAY.search(node) or among_teasers(element) \
                or in_cards(element):
            continue
        line = _line_texts(node)[1]
        days = days_in(line, None)
        for index, (_, _, found) in enumerate(days):
            if found is not None and EARLIEST.replace(tzinfo=None) <= found <= latest and not any(
                    labelled(line, days, index, label) for label in (PRINT_LABEL, UPDATE_LABEL)):
                return found
    return day


def day_before_update(tree, updated: datetime, update_elements: tuple = ()) -> datetime | None:
    """The publication day of a page whose only machine-readable time is its last update
    (``updated``, naive: htmldate falls back on ``article:modified_time`` or ``dateModified`` where
    nothing states the publication, or takes a ``<time class="updated">``): the first day in a short
    line outside other articles' teasers and the ``update_elements`` (those whose class names the
    update), stated for neither the print edition nor an update, from ``EARLIEST`` up to the update;
    or None where the page writes none."""
    inside = {element for update in update_elements for element in update.iter()}
    for node in _text_nodes(tree):
        if len(node) > _DATE_LINE_CHARS or not SOME_DAY.search(node) or among_teasers(holder(node)):
            continue
        if inside and holder(node) in inside:
            continue
        line = _line_texts(node)[1]
        days = days_in(line, None)
        for index, (_, _, day) in enumerate(days):
            if day is not None and EARLIEST.replace(tzinfo=None) <= day <= updated and not any(
                    labelled(line, days, index, label) for label in (PRINT_LABEL, UPDATE_LABEL)):
                return day
    return None


def written_as_update(line: tuple[str, str, int] | None, day: datetime) -> bool:
    """``day``'s line (``_date_line``: the first short text on the page that writes it) labels it as
    an update's ("Updated: 14 April 2024", "Обновлено 14 апреля 2024"): htmldate took the update's
    day where the page states no publication time."""
    if line is None:
        return False
    wide, form = line[1], line[2]
    days = days_in(wide, form)
    own = next((i for i, (_, _, found) in enumerate(days) if found == day), None)
    return own is not None and labelled(wide, days, own, UPDATE_LABEL)


def states_day(tree, day: datetime) -> bool:
    """The page writes ``day`` (naive) in a short line outside other articles' teasers, not as an
    update's or the print edition's day (a numeric day whose order is in doubt does not count)."""
    written = re.compile("|".join(this_day(day)), re.IGNORECASE)
    year = f"{day.year % 100:02d}"  # in every form of the day: a substring test before the search
    for node in _text_nodes(tree):
        if len(node) > _DATE_LINE_CHARS or year not in node or not written.search(node) \
                or among_teasers(holder(node)):
            continue
        line = _line_texts(node)[1]
        days = days_in(line, None)
        if any(found == day and not any(labelled(line, days, index, label)
                                        for label in (PRINT_LABEL, UPDATE_LABEL))
               for index, (_, _, found) in enumerate(days)):
            return True
    return False


def _online_day(tree, printed: datetime) -> tuple[datetime, str] | None:
    """(the first day on the page, in a short line, stated for neither the print edition nor an
    update, on or up to two weeks before the print edition's day ``printed``; its line), or None."""
    return _page_day(tree, printed - _PRINT_LAG, printed)


def _page_day(tree, earliest: datetime, latest: datetime, labels: tuple[re.Pattern[str], ...] = (
        PRINT_LABEL, UPDATE_LABEL)) -> tuple[datetime, str] | None:
    """(the first day from ``earliest`` to ``latest`` on the page, in a short line, stated for
    none of ``labels`` (neither the print edition nor an update); its line), or None."""
    for node in _text_nodes(tree):
        if len(node) > _DATE_LINE_CHARS or not SOME_DAY.search(node):
            continue
        line = _line_texts(node)[1]
        days = days_in(line, None)
        for index, (_, _, day) in enumerate(days):
            if day is not None and earliest <= day <= latest and not any(
                    labelled(line, days, index, label) for label in labels):
                return day, line
    return None


def publication_beside(tree, found: datetime, line: tuple[str, str, int] | None,
                        ) -> tuple[datetime, tuple[int, int, int, int | None] | None]:
    """(the publication day, the time written beside it (see ``time_beside``)) for the day htmldate
    found and its ``line`` (``_date_line``). Where its line labels an update and states an earlier
    day ("Aktualisiert 14.04.2024 · Veröffentlicht 12. April 2024"), the earlier day: htmldate takes
    the first day of a text, news templates put the update first as often as last, and the
    publication precedes any update. A
    day the line states for the print edition ("Print edition: Sunday 14 April 2024") is not the
    online publication: the line's other day, else the page's (see ``_online_day``)."""
    if line is None:
        return found, None
    narrow, wide, form = line
    days = days_in(wide, form)
    printed = {i for i in range(len(days)) if labelled(wide, days, i, PRINT_LABEL)}
    own = next((i for i, (_, _, day) in enumerate(days) if day == found), None)
    online = [day for i, (_, _, day) in enumerate(days)
              if day is not None and day >= EARLIEST.replace(tzinfo=None) and i not in printed]
    if own in printed:
        if not (online := [day for day in online if found - _PRINT_LAG <= day <= found]):
            if (elsewhere := _online_day(tree, found)) is None:
                return found, _clock_in(narrow, found, form)
            return elsewhere[0], _clock_in(elsewhere[1], elsewhere[0], None)
        day = min(online)
    else:
        day = min([found, *online]) if UPDATE_LABEL.search(wide) else found
    if day == found and own is not None and labelled(wide, days, own, UPDATE_LABEL) and (
            published := _unlabelled_line(tree, found)) is not None:
        # The line states the day as the update's ("Updated: 12 March 2024"), another line as the
        # publication's with its time ("Published 12 March 2024, 14:46"): that line's time.
        return day, _clock_in(published[0], found, published[2])
    return day, _clock_in(narrow, found, form) if day == found else _clock_in(wide, day, form)


def online_for_print(tree, day: datetime) -> tuple[datetime, tuple[int, int, int, int | None] | None] | None:
    """(the online publication day, its time written beside it) where the page first writes ``day``
    (a day stated without its time: "2024-04-14" in the JSON-LD) as the print edition's ("Print
    edition: 14 April 2024") and writes an online day up to two weeks before it (see
    ``publication_beside``); None where it writes ``day`` otherwise or no such day."""
    if (line := _date_line(tree, day)) is None:
        return None
    days = days_in(line[1], line[2])
    own = next((i for i, (_, _, found) in enumerate(days) if found == day), None)
    if own is None or not labelled(line[1], days, own, PRINT_LABEL):
        return None
    online, clock = publication_beside(tree, day, line)
    return (online, clock) if online != day else None


def _published_beside(tree, day: datetime) -> datetime:
    """The publication day for the day htmldate found (see ``publication_beside``)."""
    return publication_beside(tree, day, _date_line(tree, day))[0]


def time_beside(tree, day: datetime) -> tuple[int, int, int, int | None] | None:
    """(hour, minute, second, UTC offset in seconds of a zone written after it, if one) written in the
    same short text as ``day`` (see ``_date_line``), the first such text on the page; or None (see
    ``_clock_in``)."""
    if (line := _date_line(tree, day)) is None:
        return None
    if written_as_update(line, day) and (published := _unlabelled_line(tree, day)) is not None:
        line = published  # the update's line ("Updated: 12 March 2024"): the publication's time
    return _clock_in(line[0], day, line[2])


def written_only_as_update(tree, day: datetime) -> bool:
    """The page writes ``day`` (naive) first as an update's ("Updated 14 April 2024, 09:00") and
    nowhere as neither an update's nor the print edition's."""
    return written_as_update(_date_line(tree, day), day) and _unlabelled_line(tree, day) is None


def _unlabelled_line(tree, day: datetime) -> tuple[str, str, int] | None:
    """(as ``_date_line``) the first short text outside other articles' teasers that writes ``day``
    stated for neither an update nor the print edition ("Published 12 March 2024, 14:46" after
    "Updated: 12 March 2024"), or None."""
    forms = [re.compile(form, re.IGNORECASE) for form in this_day(day)]
    written = re.compile("|".join(this_day(day)), re.IGNORECASE)
    year = f"{day.year % 100:02d}"
    for node in _text_nodes(tree):
        if len(node) > _DATE_LINE_CHARS or year not in node or not written.search(node) \
                or among_teasers(holder(node)):
            continue
        form = next(i for i, pattern in enumerate(forms) if pattern.search(node))
        narrow, wide = _line_texts(node)
        days = days_in(wide, form)
        if any(found == day and not any(labelled(wide, days, index, label)
                                        for label in (PRINT_LABEL, UPDATE_LABEL))
               for index, (_, _, found) in enumerate(days)):
            return narrow, wide, form
    return None


def _clock_in(text: str, day: datetime, form: int | None) -> tuple[int, int, int, int | None] | None:
    """The time of ``day`` in ``text``. Where the text states other days too, it is the one in
    ``day``'s own stretch of it: after ``day`` up to the next one ("12.04.2024, 14:46 Uhr") or up to
    an update's or print edition's label ("12.04.2024, aktualisiert 14:46"), else before it back to
    the day before ("15:30, 12/04/2024")."""
    days = days_in(text, form)
    # The day's own span; where the text writes it twice, the one not stated as an update's
    # ("Updated 12 March 2024 18:00 | Published 12 March 2024": not 18:00).
    own = [index for index, span in enumerate(days) if span[2] == day]
    index = next((index for index in own if not labelled(text, days, index, NEXT_LABEL)),
                 own[0] if own else None)
    this = days[index] if index is not None else None
    start, end = this[:2] if this else (0, 0)  # not found again: the whole text
    others = [span for position, span in enumerate(days) if position != index]
    before = max((span[1] for span in others if span[1] <= start), default=0)
    after = min((span[0] for span in others if span[0] >= end), default=len(text))
    if label := NEXT_LABEL.search(text, end, after):
        after = label.start()
    if index and labelled(text, days, index - 1, NEXT_LABEL):
        before = start  # a time after an update's day is the update's ("Updated 12 March 18:00 |")
    for stretch in (text[end:after], text[before:start]):
        if (clock := clock_time(stretch, day)) is not None:
            return clock
    return None


def written_zone(tree, day: datetime) -> tzinfo | None:
    """The first zone the page writes with a time of day in a short text outside other articles'
    teasers ("Updated 10:15 ET", "23:46 GMT+7"), or None: where a page writes its zone once, its
    other times are in it. A name of the United States' press ("ET") is its zone (summer time
    kept); an abbreviation or an offset ("EST", "GMT+7") is that offset on ``day``."""
    for node in _text_nodes(tree):
        if len(node) > _DATE_LINE_CHARS or ":" not in node:
            continue
        for clock in CLOCK_TIME.finditer(node):
            # A ticker's "NYSE 09:30 EST" is not the page's zone.
            if clock[7] and (offset := written_offset(clock, day)) is not None and not among_teasers(
                    holder(node)):
                named = zone(ZONE_NAMES[clock[7]]) if clock[7] in ZONE_NAMES and not clock[8] else None
                return named or timezone(timedelta(seconds=offset))
    return None
