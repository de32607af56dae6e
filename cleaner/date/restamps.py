"""Stated publication times that are another stamp than the online publication's.

A CMS may stamp the last update as the publication (``datePublished`` equal to ``dateModified``)
or state the print edition's day as the publication ("2024-04-14T00:00:00+02:00", a day at
midnight, or its local midnight in UTC, "2024-04-13T22:00:00Z"). Where the page's own lines say
so (its day written only as an update's, "Updated 14
April 2024, 09:00", or as the print edition's, "Print edition: 14 April 2024") and write an earlier
day of the online publication ("Published 12 April 2024, 14:46"), that day is the publication: at
the time written beside it, in the zone written with that time, else in the stated time's zone; at
noon where none is written (``cleaner.date.datelines`` reads the lines). And a stated time in UTC
("2024-04-12T23:40:00+00:00") whose wall-clock time the page prints beside its day with another zone
("Jumat, 12 April 2024 23:40 WIB", "12/4/2024, 23:40 (GMT+7)") is a local time a CMS marked UTC: the
printed zone's (``printed_over_zero``), and so is one whose wall-clock time another of the page's stated
publication times gives with another offset (the JSON-LD's "23:40:00Z", the meta tags'
"23:40:00+03:00": ``restated_over_zero``). Where the page gives no other zone, the stated instant stands.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta, timezone, tzinfo

from lxml.etree import XPath

from cleaner.date.datelines import (
    day_before_update,
    online_for_print,
    time_beside,
    written_as_update,
    written_only_as_update,
)
from cleaner.date.page_lines import date_line
from cleaner.date.written_zones import clock_in

_Clock = tuple[int, int, int, int | None]


def _at(day: datetime, clock: _Clock | None, tz: tzinfo | None) -> datetime:
    """``day`` (naive) at ``clock`` in its written zone, else in ``tz``; at noon without a clock."""
    if clock is None:
        return day.replace(hour=12, tzinfo=tz)
    hour, minute, second, offset = clock
    zone_of = timezone(timedelta(seconds=offset)) if offset is not None else tz
    return day.replace(hour=hour, minute=minute, second=second, tzinfo=zone_of)


def update_restamp(tree, stated: datetime, modified: list[datetime | None]) -> datetime | None:
    """The publication the page writes before its update where ``stated`` (aware) is one of the
    stated last ``modified`` times, or, where none is stated, the time the page writes as its
    update's ("Aktualisiert: 14.04.2024, 09:00 Uhr" with the meta tags' "2024-04-14T09:00:00+02:00"),
    and the page writes its day only as an update's; else None."""
    # A CMS stating another modification tells its two stamps apart: its publication stands.
    if stated.tzinfo is None or (stated not in modified and any(modified)):
        return None
    day = stated.replace(tzinfo=None, hour=0, minute=0, second=0, microsecond=0)  # its own day
    if stated not in modified and not _written_as_update_time(tree, stated, day):
        return None
    if not written_only_as_update(tree, day) or (before := day_before_update(tree, day)) is None \
            or before >= day:
        return None
    return _at(before, time_beside(tree, before), stated.tzinfo)


def _written_as_update_time(tree, stated: datetime, day: datetime) -> bool:
    """The page writes ``stated``'s wall-clock time beside ``day`` on the update's line (the first
    that writes ``day``, labelled as the update's), in no other zone than ``stated``'s."""
    if (line := date_line(tree, day)) is None or not written_as_update(line, day) or (
            clock := clock_in(line[0], day, line[2], tree)) is None:
        return False
    hour, minute, _, offset = clock
    return (hour, minute) == (stated.hour, stated.minute) and (
        offset is None or stated.utcoffset() == timedelta(seconds=offset))


def print_restamp(tree, stated: datetime) -> datetime | None:
    """The online publication where ``stated`` (aware) is a day at midnight that the page writes as
    the print edition's, with an online day before it (``datelines.online_for_print``); else None.
    A local midnight stored in UTC is one too (``_midnights``)."""
    if stated.tzinfo is None:
        return None
    for day, tz in _midnights(stated):
        if (online := online_for_print(tree, day)) is not None:
            return _at(online[0], online[1], tz)
    return None


def _midnights(stated: datetime) -> list[tuple[datetime, tzinfo]]:
    """(the day, naive, and the zone) of the midnights ``stated`` (aware) may be: its own day's at
    midnight; and at a whole hour in UTC, the local midnight stored in UTC of a zone that many hours
    west ("2024-04-14T04:00:00Z": 14 April in UTC-04:00) or east of it ("2024-04-13T22:00:00Z": 14
    April in UTC+02:00), within UTC-12:00 and UTC+14:00."""
    naive = stated.replace(tzinfo=None)
    if stated.time() == time(0):
        return [(naive, stated.tzinfo)] if stated.tzinfo is not None else []
    if stated.utcoffset() != timedelta(0) or stated.minute or stated.second or stated.microsecond:
        return []
    day = naive.replace(hour=0)
    west = [(day, timezone(timedelta(hours=-stated.hour)))] if stated.hour <= 12 else []
    east = [(day + timedelta(days=1), timezone(timedelta(hours=24 - stated.hour)))] \
        if stated.hour >= 10 else []
    return west + east


def printed_over_zero(tree, stated: datetime) -> datetime | None:
    """``stated`` (aware, at UTC+00:00) at the zone the page prints with its own day and wall-clock
    time on the first line that writes that day ("12 April 2024 23:40 WIB" for a stated
    "2024-04-12T23:40:00Z": +07:00); None where that line prints another time, no zone, or UTC's."""
    if stated.utcoffset() != timedelta(0) or stated.time() == time(0) or not _prints_clock(tree, stated):
        return None
    day = stated.replace(tzinfo=None, hour=0, minute=0, second=0, microsecond=0)
    if (line := date_line(tree, day)) is None or (clock := clock_in(line[0], day, line[2], tree)) is None:
        return None
    hour, minute, _, offset = clock
    if (hour, minute) != (stated.hour, stated.minute) or not offset:
        return None
    return stated.replace(tzinfo=timezone(timedelta(seconds=offset)))


_BODY_TEXT = XPath("string(//body)")
# What may be a zone shortly after a time ("WIB", "GMT+7", "Eastern Time", "بتوقيت", "به وقت", "hora",
# Moscow's "МСК").
_ZONE_AFTER = re.compile(r"[^\d\n]{0,16}?(?:[A-Z]{2,5}(?![a-z])|[A-Z][a-z]+\s+Time|بتوقيت|مكة|وقت|hora|"
                         r"horário|heure|врем|час|[Мм][Сс][Кк])")


def _prints_clock(tree, stated: datetime) -> bool:
    """A cheap test before a day's line is looked for: the page's body text (one C-level string) holds
    ``stated``'s time of day as "23:40", "11:40" (its 12-hour form), "23.40" or "23h40" (ASCII digits)
    with what may be a zone shortly after it. The minutes are searched for first: a pattern that opens
    with the hours' alternation is tried at every position of the text, ten times slower; and they are
    found by a substring search for each separator (":40", ".40", "h40"), a third of the time of a
    pattern's search for "[:.h]40" (the matches cannot overlap: a separator is no digit)."""
    text = _BODY_TEXT(tree)
    hours = {f"{hour}" for hour in (stated.hour, stated.hour % 12 or 12)}
    hours |= {f"0{hour}" for hour in hours if len(hour) == 1}
    for separator in ":.h":
        minutes = f"{separator}{stated.minute:02d}"
        at = text.find(minutes)
        while at >= 0:
            end = at + len(minutes)
            if _NO_DIGIT_AFTER.match(text, end) and _hour_before(text, at, hours) \
                    and _ZONE_AFTER.match(text, end):
                return True
            at = text.find(minutes, at + 1)
    return False


# The minutes end there: no digit, dot or colon after them ("23:405", "23:40.5", "23:40:12" are not).
_NO_DIGIT_AFTER = re.compile(r"(?![\d.:])")


_NUMBER = frozenset("0123456789.:")


def _hour_before(text: str, at: int, hours: set[str]) -> bool:
    """``text`` writes one of ``hours`` right before position ``at``, not as a longer number's end."""
    for hour in hours:
        start = at - len(hour)
        if start >= 0 and text.startswith(hour, start) and (start == 0 or text[start - 1] not in _NUMBER):
            return True
    return False


def restated_over_zero(stated: datetime, published: list[datetime | None]) -> datetime | None:
    """``stated`` (aware, at UTC+00:00) as another stated publication time of the page (``published``,
    the meta tags') gives its very wall-clock time with a non-zero offset: a CMS's JSON-LD that marks
    local time "Z" beside meta tags that state its offset ("2024-04-12T23:40:00Z" and
    "2024-04-12T23:40:00+03:00"); None where none does."""
    if stated.utcoffset() != timedelta(0):
        return None
    naive = stated.replace(tzinfo=None)
    return next((value for value in published if value is not None and value.tzinfo is not None
                 and value.utcoffset() and value.replace(tzinfo=None) == naive), None)
