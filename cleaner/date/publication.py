"""The publication time a page states, made aware (the rules of ``cleaner.date.dates``): a naive time
read in the source's zone, else in the zone the page's own evidence gives (``own_zone``), a stated
day without its time at the time another source or the page's text gives it, else noon.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo

from cleaner.date.date_places import among_teasers
from cleaner.date.datelines import online_for_print, time_beside, written_only_as_update
from cleaner.date.stated import (
    UPDATE_CLASS,
    MetaTimes,
    aware_time,
    itemprop_times,
    page_stamp,
    read_meta_times,
    resolve,
    time_elements,
    usable,
)
from cleaner.date.timestamps import parse_time
from cleaner.date.written_zones import regional_note, written_zone, zone_printed_at
from cleaner.date.zones import country_offsets, noted_zone

# UTC offsets are whole quarter hours (Nepal's +05:45), from -12:00 to +14:00.
_OFFSET_STEP = timedelta(minutes=15)
_MAX_OFFSET = timedelta(hours=14)


def own_zone(tree, naive: datetime, stated: list[datetime], country_tz: tzinfo | None,
              utc_counts: bool) -> tzinfo | None:
    """The zone the page's own evidence gives its naive time ``naive``: the offset of the same
    wall-clock time stated elsewhere with one; else the offset of the page's other stated times
    (``stated``, then its ``<time datetime>`` elements; a UTC one only where ``utc_counts``: a page
    whose machine times are all in UTC may still write its local time in its text), as its
    country's zone where that zone has this offset then (summer time kept); else its country's zone
    (``country_tz``), or one of its country's zones written with this time ("23:40 WITA") or named in
    a note in words ("Время на сайте — пермское": ``written_zones.regional_note``); else a zone written
    with a time of day in the page's text ("10:15 ET", "GMT+7"), or in a note. None where the page
    says nothing."""
    aware = [value for value in stated if value.tzinfo is not None]
    elements = time_elements(tree)
    if naive.time() != time(0):
        for value in (*aware, *elements):
            if value.replace(tzinfo=None) == naive:
                return value.tzinfo
    offsets = [value for value in aware if utc_counts or value.utcoffset()]
    offsets += [value for value in elements if value.utcoffset()]
    if offsets:
        first = offsets[0]
        if country_tz is not None and first.astimezone(country_tz).utcoffset() == first.utcoffset():
            return country_tz
        return first.tzinfo
    if country_tz is not None:  # a zone written elsewhere may be a ticker's or a kickoff's
        # In a country of several zones, one of its own written with this very time ("23:40 WITA"
        # on an Indonesian page, "23:40 (МСК+2)" on a Russian one) is the time's.
        if naive.time() != time(0) and (offsets := country_offsets(country_tz, naive)) and (
                printed := zone_printed_at(tree, naive)) is not None \
                and printed.utcoffset(None) in offsets - {country_tz.utcoffset(naive)}:
            return printed
        # So is one of its own a note names in words ("Время на сайте — пермское" on a .ru page).
        if (offsets := country_offsets(country_tz, naive)) and (noted := regional_note(tree)) is not None \
                and noted.utcoffset(naive) in offsets:
            return noted
        return country_tz
    return written_zone(tree, naive) or noted_zone(tree, naive) or regional_note(tree)


def _stated_in_utc(naive: datetime, stated: list[datetime]) -> datetime | None:
    """The naive time ``naive`` as the page states it elsewhere with its offset, where it is that
    time in UTC ("2024-04-12T23:30:00" in the JSON-LD, "2024-04-13T01:30:00+02:00" in the meta
    tags: a CMS that writes UTC without saying so); None where no stated time is that instant, or
    one states the same wall-clock time (then ``naive`` is local: ``own_zone``)."""
    aware = [value for value in stated if value.tzinfo is not None]
    if naive.time() == time(0) or any(value.replace(tzinfo=None) == naive for value in aware):
        return None
    as_utc = naive.replace(tzinfo=UTC)
    return next((as_utc.astimezone(value.tzinfo) for value in aware if value == as_utc), None)

def _local_of_utc(naive: datetime, published: list[datetime]) -> datetime | None:
    """The page's other stated publication time in UTC, at the offset ``naive`` (its publication
    time as written, naive) shows it in, where they are one instant seen in a whole offset: a CMS
    whose meta tags state UTC ("2024-04-12T18:16:00Z") and its JSON-LD local time without saying so
    ("2024-04-12T23:46:00", India's +05:30). None where none is, or one states the same wall-clock
    time (``own_zone``); a bare day (midnight) is never compared."""
    if naive.time() == time(0) or any(value.replace(tzinfo=None) == naive for value in published
                                      if value.tzinfo is not None):
        return None
    for value in published:
        if value.tzinfo is None or value.utcoffset() != timedelta(0):
            continue
        offset = naive - value.replace(tzinfo=None)
        if offset and offset % _OFFSET_STEP == timedelta(0) and abs(offset) <= _MAX_OFFSET:
            return value.astimezone(timezone(offset))
    return None


def _printed_over_utc(tree, naive: datetime) -> datetime | None:
    """``naive`` at the offset it is from a ``<time datetime>`` stated in UTC that prints ``naive``'s
    own time of day as its text ("<time datetime='2024-03-12T16:30:00Z'>12/03/2024 23:30</time>" beside
    a JSON-LD "2024-03-12T23:30:00": the page's local time, +07:00), outside other articles' teasers
    and update stamps; None where no such element is (a bare day is never compared)."""
    if naive.time() == time(0):
        return None
    clock = re.compile(rf"(?<!\d)0?(?:{naive.hour}|{naive.hour % 12 or 12}):{naive.minute:02d}(?!\d)")
    for element in tree.iter("time"):
        value = element.get("datetime") or ""
        if not value.endswith(("Z", "+00:00")) or not clock.search(element.text_content() or "") \
                or (found := parse_time(value)) is None or found.utcoffset() != timedelta(0):
            continue
        offset = naive - found.replace(tzinfo=None)
        if offset and offset % _OFFSET_STEP == timedelta(0) and abs(offset) <= _MAX_OFFSET \
                and not UPDATE_CLASS.search(element.get("class") or "") and not among_teasers(element):
            return found.astimezone(timezone(offset))
    return None


def publication_time(tree, tz: tzinfo | None = None, ld_published: str | None = None,
                     ld_modified: str | None = None, country_tz: tzinfo | None = None,
                     meta_times: MetaTimes | None = None) -> datetime | None:
    """The page's stated online publication time, aware (see the module's rules), or None.
    ``country_tz`` (``cleaner.date.zones``) reads naive times where neither ``tz`` nor the page's own
    offsets say more. ``meta_times``: the page's ``read_meta_times`` where already read."""
    if (stated := aware_time(ld_published)) is not None:
        return stated  # JSON-LD states it with its offset: the meta tags need not be read
    meta_published, meta_others = meta_times or read_meta_times(tree)
    published = usable([page_stamp(tree, ld_published), *meta_published])
    if published and published[0].tzinfo is not None:
        return published[0]  # JSON-LD or a meta tag states it with its offset: nothing later counts
    published += usable(itemprop_times(tree))
    if not published:
        return None
    others = usable([parse_time(ld_modified), *meta_others])
    first = published[0]
    if first.tzinfo is not None:
        return first
    # A day without its time: the time another source states for that day ("2024-04-12" in the
    # JSON-LD, "2024-04-12T14:46:00+02:00" in the meta tags); a naive one only in a known zone.
    timed = next((value for value in published[1:] if value.time() != time(0)
                  and _on_stated_day(value, first)), None) if first.time() == time(0) else None
    if timed is not None and timed.tzinfo is not None:
        return timed
    if (instant := _stated_in_utc(first, published[1:] + others) or _local_of_utc(first, published[1:])
            or _printed_over_utc(tree, first)):
        return instant
    known = tz or own_zone(tree, first, published[1:] + others, country_tz, utc_counts=True) or country_tz
    if first.time() != time(0):
        if known is None:  # no zone on the page nor for its country: its day only (see ``noon``)
            return noon(first, None)
        return _printed_as_utc(tree, first, known) or resolve(first, known)
    if timed is not None and known is not None:
        return resolve(timed, known)
    return _at_time_beside(tree, first, known)


def _printed_as_utc(tree, naive: datetime, known: tzinfo | None) -> datetime | None:
    """``naive`` (a stated time, no offset) as the UTC instant it is where the page prints its day
    with that instant's time in the page's zone (``known``, or the zone printed with it), not with
    ``naive``'s own: a CMS that stores UTC in its meta tags and prints local time ("2024-04-12T12:46:00"
    in the meta tags, "12.04.2024, 14:46 Uhr" on a German page). Read in the page's zone, it was
    hours off. None where the page prints no time beside the day, or ``naive``'s own, or only an
    update's ("Aktualisiert: 12.04.2024, 14:46 Uhr")."""
    if known is None or naive.time() == time(0):
        return None
    instant = naive.replace(tzinfo=UTC)
    local = instant.astimezone(known)
    if local.replace(tzinfo=None) == naive:
        return None
    day = local.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
    if written_only_as_update(tree, day) or (clock := time_beside(tree, day)) is None:
        return None  # an update's time, hours later, is no evidence
    hour, minute, _, offset = clock
    printed = local if offset is None else instant.astimezone(timezone(timedelta(seconds=offset)))
    return local if (hour, minute) == (printed.hour, printed.minute) != (naive.hour, naive.minute) else None


def _on_stated_day(value: datetime, day: datetime) -> bool:
    """``value`` (a full time) is on ``day`` (naive, a day without its time) in its own offset or in
    UTC ("2024-03-12" in the JSON-LD, "2024-03-11T23:30:00-05:00" in the meta tags: the same
    publication, its day as a CMS wrote it in UTC). The full time states the instant: a bare day
    does not displace it."""
    return value.date() == day.date() or (
        value.tzinfo is not None and value.astimezone(UTC).date() == day.date())


def _at_time_beside(tree, day: datetime, tz: tzinfo | None) -> datetime:
    """``day`` (naive, without its time) at the time the page writes beside it ("<time
    datetime='2024-04-12'>April 12, 2024</time> 14:46", ``datelines.time_beside``) in the zone
    written with that time, else in ``tz``; at noon where neither is known."""
    if (online := online_for_print(tree, day)) is not None:
        day, clock = online  # the print edition's day: the online publication's, as the page writes it
    else:
        clock = time_beside(tree, day)
    if clock is not None and (clock[3] is not None or tz is not None):
        hour, minute, second, offset = clock
        zone_of = timezone(timedelta(seconds=offset)) if offset is not None else tz
        return day.replace(hour=hour, minute=minute, second=second, microsecond=0, tzinfo=zone_of)
    return noon(day, tz)


def noon(day: datetime, tz: tzinfo | None) -> datetime:
    """A day without its time: noon in ``tz`` (else UTC), which is that day wherever the true zone
    lies within 11 hours of it; midnight is the day before anywhere west of the guess."""
    return day.replace(hour=12, minute=0, second=0, microsecond=0, tzinfo=tz or UTC)

