"""Days and times as a page writes them in its text, for htmldate's day (``cleaner.date.dates``).

htmldate finds a page's day, often without its time, and reads a few written forms wrongly. Here the
day is found again in the page's short lines in the forms news sites write it (numeric in any order,
with a month's name in several languages, CJK), and its line tells the rest: the time written beside
it (with its half of the day and its zone where written), the publication day where the line also
states an update or the print edition, a slashed day read month first on US pages, a dotted day read
day first, a 1 January guessed from a year alone. The forms of a day are ``cleaner.date.day_forms``'s, the
times of day and their zones ``cleaner.date.clocks``'s, the page's short lines ``cleaner.date.page_lines``'.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta, timezone

from cleaner.date.date_places import (
    among_teasers,
    headline,
    holder,
    in_cards,
    in_comments,
    in_headline_link,
    other_articles,
)
from cleaner.date.day_forms import (
    EARLIEST,
    PRINT_LABEL,
    SOME_DAY,
    UPDATE_LABEL,
    day_pattern,
    days_in,
    labelled,
    this_day,
)
from cleaner.date.page_lines import (
    DATE_LINE_CHARS,
    STAMPS_CHARS,
    date_line,
    line_texts,
    short_line,
    text_nodes,
    unlabelled_line,
)
from cleaner.date.timestamps import parse_time
from cleaner.date.written_zones import clock_in

# A print edition appears on the day of the online publication or after it, a weekly's a week after.
_PRINT_LAG = timedelta(days=14)


def written_day(tree, day: datetime, url: str | None = None) -> tuple[datetime, tuple[str, str, int] | None]:
    """(htmldate's day, or the day the page writes where it writes htmldate's nowhere; its
    ``date_line``). htmldate gives 1 January for a year alone (it does not read "12.abr.2024"): the
    first day of that year the page writes instead, unless the ``url`` states 1 January. It reads
    "12. 4. 2024" (the Czech and Slovak way) month first as 4 December: the day read with its day
    first, as nobody writes the month first with dots."""
    if (line := date_line(tree, day)) is not None:
        return day, line
    if (day.month, day.day) == (1, 1):
        if re.search(rf"{day.year}[-/_]?0?1[-/_]?0?1(?!\d)", url or ""):
            return day, None  # the URL's day
        # A day stated for an update or the print edition is nearer than 1 January where no other is.
        if written := _page_day(tree, day, day.replace(month=12, day=31)) or _page_day(
                tree, day, day.replace(month=12, day=31), labels=()):
            return written[0], date_line(tree, written[0])
    elif day.day <= 12:
        swapped = day.replace(day=day.month, month=day.day)
        if (line := date_line(tree, swapped)) is not None and not line[2] and "." in (
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
    """The line (``date_line``'s wide text) where the page writes ``found`` as a slashed day whose
    order is in doubt (04/12/2024, which htmldate reads day first), or None."""
    if found.day > 12 or found.day == found.month or (line := date_line(tree, found)) is None or line[2]:
        return None
    written = re.search(this_day(found)[0], line[0], re.IGNORECASE)
    return line[1] if written and "/" in written[0] else None


def as_written(line: tuple[str, str, int] | None, day: datetime, read: time, tree=None) -> datetime:
    """``day`` at htmldate's naive time of day ``read``, with the half of the day and the zone
    written beside it on the page (its ``line``: "2:46 p.m. ET", which htmldate reads as 02:46;
    "23:46 GMT+8"), where that is its time."""
    found = datetime.combine(day.date(), read)
    clock = clock_in(line[0], day, line[2], tree) if line is not None else None
    if clock is None or (clock[0] % 12, clock[1]) != (found.hour % 12, found.minute):
        return found
    written = found.replace(hour=clock[0])
    return written.replace(tzinfo=timezone(timedelta(seconds=clock[3]))) if clock[3] is not None else written


def own_day(tree, day: datetime, url: str | None = None) -> datetime:
    """htmldate's ``day``, or the article's own where the page writes ``day`` only among other
    articles' teasers before the article's headline (an aside's or a related list's date, which
    htmldate may take; ``cleaner.date.date_places``): the first day written after the headline outside
    them. A day the ``url`` states stays."""
    if re.search(rf"{day.year}[-/_]?0?{day.month}[-/_]?0?{day.day}(?!\d)", url or ""):
        return day
    written = day_pattern(day)
    year = f"{day.year % 100:02d}"  # in every form of the day: a substring test before the search
    nodes = [node for node in text_nodes(tree) if len(node) <= DATE_LINE_CHARS]
    holding = [node for node in nodes if year in node and written.search(node)]
    if not holding or not all(among_teasers(holder(node)) or in_cards(holder(node)) for node in holding):
        return day
    top = headline(tree)
    if top is None:
        return day
    order = {element: index for index, element in enumerate(tree.iter())}
    start = order.get(top, 0)
    # A rail or box beside the article may hold its own date: only teasers before it, or other
    # articles' cards (each with its linked headline) or items of a list of their headlines' links
    # anywhere (a related list under the article, its dates in "date" classes htmldate reads first),
    # and readers' comments.
    if any(order.get(holder(node), -1) > start and not other_articles(holder(node))
           and not in_comments(holder(node)) for node in holding):
        return day
    latest = datetime.now()  # compared with naive days
    for node in nodes:
        element = holder(node)
        if order.get(element, -1) < start or not SOME_DAY.search(node) or among_teasers(element) \
                or in_cards(element):
            continue
        line = line_texts(node)[1]
        days = days_in(line, None)
        if any(found is None for _, _, found in days):
            # A slashed day of two numbers up to 12 ("12/4/2024"), read day first as htmldate read
            # the teaser's; a page that writes them month first is read so after (``day_orders``).
            days = [(begin, end, found or first) for (begin, end, found), (_, _, first)
                    in zip(days, days_in(line, 0), strict=True)]
        for index, (begin, end, found) in enumerate(days):
            if found is not None and EARLIEST.replace(tzinfo=None) <= found <= latest and not any(
                    labelled(line, days, index, label) for label in (PRINT_LABEL, UPDATE_LABEL)) \
                    and not in_headline_link(element, line[begin:end]):  # "<a>Headline 2011/12/18</a>"
                return found
    return _timed_day(tree, order, start) or day


# As ``stated.UPDATE_CLASS`` reads a class named for the update (its import here would be circular).
_UPDATE_CLASS_WORDS = ("updat", "modif")


def _timed_day(tree, order: dict, start: int) -> datetime | None:
    """The day (naive, in its own offset) of the first ``<time datetime>`` with a time and offset after
    the headline (at ``start`` in ``order``) outside teasers and not named for an update: the article's
    where it writes its day in no text ("<time datetime='2024-04-12T14:46:00+03:00'>вчера в 14:46</time>")."""
    for element in tree.iter("time"):
        value = element.get("datetime") or ""
        if "T" in value and order.get(element, -1) > start and (found := parse_time(value)) is not None \
                and found.tzinfo is not None and not any(word in (element.get("class") or "").lower()
                                                         for word in _UPDATE_CLASS_WORDS) \
                and not among_teasers(element) and not in_cards(element):
            return found.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
    return None


def day_before_update(tree, updated: datetime, update_elements: tuple = ()) -> datetime | None:
    """The publication day of a page whose only machine-readable time is its last update
    (``updated``, naive: htmldate falls back on ``article:modified_time`` or ``dateModified`` where
    nothing states the publication, or takes a ``<time class="updated">``): the first day in a short
    line outside other articles' teasers and the ``update_elements`` (those whose class names the
    update), stated for neither the print edition nor an update, from ``EARLIEST`` up to the update;
    or None where the page writes none."""
    inside = {element for update in update_elements for element in update.iter()}
    # The update elements' own texts, left out of a line that holds them beside the publication's
    # ("<time class='updated'>04.05.2024, 09:00</time> <span>Erstveröffentlichung: 03.05.2024</span>").
    update_texts = [text for update in update_elements if (text := " ".join(update.text_content().split()))]
    # The update's own day as the page writes it tells its slashed days' order ("Actualizado:
    # 04/05/2024 | Publicado: 03/05/2024": 4 May, so the other is 3 May), on its line, else the page's.
    slashed = [re.compile(form, re.IGNORECASE) for form in this_day(updated)[:2]]
    page_order: list[int | None] = []  # read once, where a line's slashed days need it
    for node in text_nodes(tree):
        if len(node) > STAMPS_CHARS or not SOME_DAY.search(node) or not short_line(node) \
                or among_teasers(holder(node)):
            continue
        if inside and holder(node) in inside:
            continue
        line = line_texts(node)[1]
        for text in update_texts:
            line = line.replace(text, " ", 1)
        orders = [form for form, pattern in enumerate(slashed) if pattern.search(line)]
        days = days_in(line, orders[0] if len(orders) == 1 else None)
        if len(orders) != 1 and any(day is None for _, _, day in days):
            if not page_order:
                own = date_line(tree, updated) if updated.day != updated.month else None
                page_order.append(own[2] if own is not None and own[2] in (0, 1) else None)
            if page_order[0] is not None:
                days = days_in(line, page_order[0])
        for index, (_, _, day) in enumerate(days):
            if day is not None and EARLIEST.replace(tzinfo=None) <= day <= updated and not any(
                    labelled(line, days, index, label) for label in (PRINT_LABEL, UPDATE_LABEL)):
                return day
    return None


def written_as_update(line: tuple[str, str, int] | None, day: datetime) -> bool:
    """``day``'s line (``date_line``: the first short text on the page that writes it) labels it as
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
    written = day_pattern(day)
    year = f"{day.year % 100:02d}"  # in every form of the day: a substring test before the search
    for node in text_nodes(tree):
        if len(node) > DATE_LINE_CHARS or year not in node or not written.search(node) \
                or among_teasers(holder(node)):
            continue
        line = line_texts(node)[1]
        days = days_in(line, None)
        if any(found == day and not any(labelled(line, days, index, label)
                                        for label in (PRINT_LABEL, UPDATE_LABEL))
               for index, (_, _, found) in enumerate(days)):
            return True
    return False


def _online_day(tree, printed: datetime) -> tuple[datetime, str] | None:
    """(the first day on the page, in a short line, stated for neither the print edition nor an
    update, on or up to two weeks before the print edition's day ``printed``; its line), or None."""
    return _page_day(tree, printed - _PRINT_LAG, printed, either_order=True)


def _page_day(tree, earliest: datetime, latest: datetime, labels: tuple[re.Pattern[str], ...] = (
        PRINT_LABEL, UPDATE_LABEL), either_order: bool = False) -> tuple[datetime, str] | None:
    """(the first day from ``earliest`` to ``latest`` on the page, in a short line, stated for
    none of ``labels`` (neither the print edition nor an update); its line), or None. With
    ``either_order`` (a window of two weeks), a slashed day of two numbers up to 12 ("12/04/2024", read
    by neither order alone) is the one of its two readings in the window."""
    for node in text_nodes(tree):
        if len(node) > STAMPS_CHARS or not SOME_DAY.search(node) or not short_line(node):
            continue
        line = line_texts(node)[1]
        days = days_in(line, None)
        if either_order and any(day is None for _, _, day in days):
            days = [(start, end, day if day is not None else _in_window(
                days_in(line[start:end], 0), days_in(line[start:end], 1), earliest, latest))
                for start, end, day in days]
        for index, (_, _, day) in enumerate(days):
            if day is not None and earliest <= day <= latest and not any(
                    labelled(line, days, index, label) for label in labels):
                return day, line
    return None


def _in_window(day_first, month_first, earliest: datetime, latest: datetime) -> datetime | None:
    """The one reading of a slashed day (read day first, month first) from ``earliest`` to ``latest``."""
    readings = {found[0][2] for found in (day_first, month_first) if found and found[0][2] is not None}
    inside = [day for day in readings if earliest <= day <= latest]
    return inside[0] if len(inside) == 1 else None


def publication_beside(tree, found: datetime, line: tuple[str, str, int] | None,
                        ) -> tuple[datetime, tuple[int, int, int, int | None] | None]:
    """(the publication day, the time written beside it (see ``time_beside``)) for the day htmldate
    found and its ``line`` (``date_line``). Where its line labels an update and states an earlier
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
                return found, clock_in(narrow, found, form, tree)
            # A slashed day read in either order (``_online_day``): its time where its line writes it.
            return elsewhere[0], next((clock for form in (None, 0, 1) if (
                clock := clock_in(elsewhere[1], elsewhere[0], form, tree)) is not None), None)
        day = min(online)
    else:
        day = min([found, *online]) if UPDATE_LABEL.search(wide) else found
    if day == found and own is not None and labelled(wide, days, own, UPDATE_LABEL) and (
            published := unlabelled_line(tree, found)) is not None:
        # The line states the day as the update's ("Updated: 12 March 2024"), another line as the
        # publication's with its time ("Published 12 March 2024, 14:46"): that line's time.
        return day, clock_in(published[0], found, published[2], tree)
    return day, clock_in(narrow, found, form, tree) if day == found else clock_in(wide, day, form, tree)


def online_for_print(tree, day: datetime) -> tuple[datetime, tuple[int, int, int, int | None] | None] | None:
    """(the online publication day, its time written beside it) where the page first writes ``day``
    (a day stated without its time: "2024-04-14" in the JSON-LD) as the print edition's ("Print
    edition: 14 April 2024") and writes an online day up to two weeks before it (see
    ``publication_beside``); None where it writes ``day`` otherwise or no such day."""
    if (line := date_line(tree, day)) is None:
        return None
    days = days_in(line[1], line[2])
    own = next((i for i, (_, _, found) in enumerate(days) if found == day), None)
    if own is None or not labelled(line[1], days, own, PRINT_LABEL):
        return None
    online, clock = publication_beside(tree, day, line)
    return (online, clock) if online != day else None


def _published_beside(tree, day: datetime) -> datetime:
    """The publication day for the day htmldate found (see ``publication_beside``)."""
    return publication_beside(tree, day, date_line(tree, day))[0]


def time_beside(tree, day: datetime) -> tuple[int, int, int, int | None] | None:
    """(hour, minute, second, UTC offset in seconds of a zone written after it, if one) written in the
    same short text as ``day`` (see ``date_line``), the first such text on the page; or None (see
    ``clock_in``)."""
    if (line := date_line(tree, day)) is None:
        return None
    if written_as_update(line, day) and (published := unlabelled_line(tree, day)) is not None:
        line = published  # the update's line ("Updated: 12 March 2024"): the publication's time
    return clock_in(line[0], day, line[2], tree)


def written_only_as_update(tree, day: datetime) -> bool:
    """The page writes ``day`` (naive) first as an update's ("Updated 14 April 2024, 09:00") and
    nowhere as neither an update's nor the print edition's."""
    return written_as_update(date_line(tree, day), day) and unlabelled_line(tree, day) is None

