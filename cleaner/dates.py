"""Publication times, time zone kept.

The page's own statement of its online publication time comes first: JSON-LD ``datePublished``, then
``article:published_time`` and its kin in meta tags, then ``itemprop="datePublished"`` and ``<time
pubdate>`` in the page, then a ``<time datetime>`` whose class names the publication ("entry-date
published"); htmldate (which may find print-edition or URL dates) is the fallback. An aware time
keeps its instant and offset. A naive one is read in the source's time zone (registry) where known,
else in the zone the page's own evidence gives: the same wall-clock time stated with an offset; the
offset of its other stated times and ``<time datetime>`` elements (as its country's zone where that
has the offset); its country's zone (``cleaner.zones``: domain, language); a zone it writes with a
time of day ("10:15 ET"); else UTC. The wall-clock time is never shifted; but a naive time that
another stated time gives as its instant in UTC (a CMS's JSON-LD in UTC without saying so, its meta
tags in local time with the offset) is that instant. A stated day without its time takes the time
another stated source gives that day (aware, or naive in a known zone; an aware one also where the
day is its day in UTC: a bare day never displaces the full time of the same publication), else the
time the page writes beside that day, as htmldate's day does (not an update's line's: "Updated: 12
March 2024" before "Published 12 March 2024, 14:46" is 14:46), or the online day where the page
writes it as the print edition's. htmldate's time where it is the page's stated last
update (its fallback where nothing states the publication; a ``<time datetime>`` whose class names
the update, "updated", "date-modified"; a day the page first writes as an update's, "Updated: 14
April 2024", "Обновлено ...") gives way to the day the page writes before it, outside update and
print-edition labels, the update's element and other articles' teasers ("Published: 12 April 2024",
"Veröffentlicht am ...", also further down the page; ``datelines.day_before_update``). So does a
stated publication time that is also the stated last modification where the page writes its day
only as an update's (a CMS that stamps the update as the publication), and one at midnight that
the page writes as the print edition's day gives way to the online day it writes before
(``cleaner.restamps``). A day found
without a time takes the time written beside it on the page when its zone is known, else it is noon
in its zone (UTC when none is known): noon UTC is that day in every offset from UTC-12 to UTC+11,
where midnight UTC is the day before in all of the Americas. So is a time htmldate reads in the text
in no known zone (23:46 read as UTC would be the next day in Asia). Where the page states several
publication times, the article's own comes before those among other articles' teasers
(``cleaner.date_places``; the JSON-LD object of the page's main entity, ``cleaner.jsonld``). How the
page writes htmldate's day in its text (its time, an update's or print edition's day beside it, the
orders of day and month) is read in ``cleaner.datelines`` (a slashed day read month first only
where all the page's evidence agrees: ``cleaner.day_orders``; the forms of a day in
``cleaner.day_forms``, times of day and their zones in ``cleaner.clocks``); other digits and
calendars in ``cleaner.calendars`` (also where htmldate gives 1 January from a year alone); a year
alone ("© 2024", no day of it written on the page nor in the URL) is no publication day: None;
timestamps as stated are parsed in ``cleaner.timestamps``.
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from typing import Any

from lxml.etree import XPath

from cleaner.calendars import normalised_tree
from cleaner.clocks import zone as zone  # cleaner.dates.zone stays the public name
from cleaner.date_places import teaser_before_article
from cleaner.datelines import (
    as_written,
    day_before_update,
    online_for_print,
    own_day,
    publication_beside,
    slashed_line,
    text_nodes,
    time_beside,
    written_as_update,
    written_day,
    written_zone,
    year_alone,
)
from cleaner.day_forms import EARLIEST
from cleaner.day_orders import MONTH_FIRST, slashed_order
from cleaner.restamps import print_restamp, update_restamp
from cleaner.timestamps import parse_time as parse_time  # cleaner.dates.parse_time stays public
from cleaner.url_days import url_day_before
from cleaner.zones import page_language, page_zone

# Passed to htmldate through trafilatura; ISO output keeps time and offset when the page has them.
OUTPUT_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
# Meta names and properties that state the online publication time, most specific first.
_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
    "publishdate", "publish-date", "publish_date", "pubdate", "published_at", "parsely-pub-date",
    "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
    "article.published", "cxenseparse:recs:publishtime", "date",
)
_RANK = {name: rank for rank, name in enumerate(_PUBLISHED_META)}
_MODIFIED_META = frozenset({"article:modified_time", "og:updated_time", "datemodified", "last-modified"})
# Found from the itemprop attributes and the <time> elements: cheaper than testing every element's
# attributes (0.31 -> 0.20 ms a page), the same elements in document order.
_ITEMPROP = XPath('//@itemprop[.="datePublished"]/parent::*[@datetime or @content]'
                  ' | //time[@datetime and (@pubdate or @class)]')
# A <time datetime> whose class names the publication ("entry-date published", WordPress's, also when
# "updated" follows it on a post never updated; "date-published", "post-date", "pubdate").
_PUBLISHED_CLASS = re.compile(
    r"(?:^|[-_])(?:published|publish(?:ed)?[-_]?(?:date|time|on|at)|pub[-_]?date|post[-_]?date|entry[-_]?date|"
    r"date[-_]?published)(?:$|[-_])", re.IGNORECASE)
_UPDATE_CLASS = re.compile(r"updat|modif", re.IGNORECASE)
_MAX_TIME_ELEMENTS = 10


def date_params() -> dict[str, Any]:
    """htmldate options: the original (not the last-modified) date, never one in the future."""
    return {
        "original_date": True,
        "extensive_search": True,
        "outputformat": OUTPUT_FORMAT,
        "max_date": datetime.now(UTC).strftime("%Y-%m-%d"),
    }


def resolve(value: datetime | None, tz: tzinfo | None = None) -> datetime | None:
    """``value`` made aware: an aware time as it is, a naive one read in ``tz`` (else UTC)."""
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=tz or UTC)


def to_aware(value: str | None, tz: tzinfo | None = None) -> datetime | None:
    """Parse a date or timestamp; naive values are read in ``tz`` (UTC when not given)."""
    return resolve(parse_time(value), tz)


def _plausible(value: datetime) -> bool:
    instant = resolve(value)
    return EARLIEST <= instant <= datetime.now(UTC) + timedelta(days=1)


# (publication times of the meta tags, most specific first; their other times)
_MetaTimes = tuple[list[datetime | None], list[datetime | None]]


def _meta_times(tree) -> _MetaTimes:
    """(publication times of the meta tags, most specific name first; their other times), parsed,
    unfiltered."""
    ranked, others = [], []
    # <meta content> with a property, name or itemprop, in document order (iter: cheaper than XPath).
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if content is None:
            continue
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in _RANK:
            ranked.append((_RANK[key], parse_time(content)))
        elif key in _MODIFIED_META:
            others.append(parse_time(content))
    return [value for _, value in sorted(ranked, key=lambda item: item[0])], others


def _itemprop_times(tree) -> list[datetime | None]:
    """The page's ``datePublished`` and ``<time pubdate>`` elements, then its ``<time datetime>``
    elements whose class names the publication (``_PUBLISHED_CLASS``: "updated" before it on the
    page is the update's), the article's own before those among other articles' teasers (a related
    list above the article: ``cleaner.date_places``)."""
    def marked(element) -> bool:  # datePublished or pubdate, not only a class
        return element.get("itemprop") == "datePublished" or element.get("pubdate") is not None

    elements = [element for element in _marked_elements(tree)
                if marked(element) or _publication_class(element.get("class"))]
    # Stable: document order within each.
    elements.sort(key=lambda element: (teaser_before_article(tree, element), not marked(element)))
    return [parse_time(e.get("datetime") or e.get("content")) for e in elements[:3]]


# The last page's _ITEMPROP elements: read for its stated times, then for htmldate's (an update's?).
_last_marked: tuple[object, list] | None = None


def _marked_elements(tree) -> list:
    """``_ITEMPROP``'s elements of the page, found once per tree."""
    global _last_marked
    if _last_marked is None or _last_marked[0] is not tree:
        _last_marked = (tree, _ITEMPROP(tree))
    return _last_marked[1]


def _publication_class(classes: str | None) -> bool:
    """A class of the element names the publication (``_PUBLISHED_CLASS``), not an update's."""
    return any(_PUBLISHED_CLASS.search(name) and not _UPDATE_CLASS.search(name)
               for name in (classes or "").split())


def _time_elements(tree) -> list[datetime]:
    """The times of the page's ``<time datetime>`` elements that state their offset."""
    found = []
    for element in tree.iter("time"):
        value = parse_time(element.get("datetime")) if "T" in (element.get("datetime") or "") else None
        if value is not None and value.tzinfo is not None and _plausible(value):
            found.append(value)
            if len(found) == _MAX_TIME_ELEMENTS:
                break
    return found


def _own_zone(tree, naive: datetime, stated: list[datetime], country_tz: tzinfo | None,
              utc_counts: bool) -> tzinfo | None:
    """The zone the page's own evidence gives its naive time ``naive``: the offset of the same
    wall-clock time stated elsewhere with one; else the offset of the page's other stated times
    (``stated``, then its ``<time datetime>`` elements; a UTC one only where ``utc_counts``: a page
    whose machine times are all in UTC may still write its local time in its text), as its
    country's zone where that zone has this offset then (summer time kept); else its country's zone
    (``country_tz``); else a zone written with a time of day in the page's text ("10:15 ET",
    "GMT+7"). None where the page says nothing."""
    aware = [value for value in stated if value.tzinfo is not None]
    elements = _time_elements(tree)
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
        return country_tz
    return written_zone(tree, naive)


def _stated_in_utc(naive: datetime, stated: list[datetime]) -> datetime | None:
    """The naive time ``naive`` as the page states it elsewhere with its offset, where it is that
    time in UTC ("2024-04-12T23:30:00" in the JSON-LD, "2024-04-13T01:30:00+02:00" in the meta
    tags: a CMS that writes UTC without saying so); None where no stated time is that instant, or
    one states the same wall-clock time (then ``naive`` is local: ``_own_zone``)."""
    aware = [value for value in stated if value.tzinfo is not None]
    if naive.time() == time(0) or any(value.replace(tzinfo=None) == naive for value in aware):
        return None
    as_utc = naive.replace(tzinfo=UTC)
    return next((as_utc.astimezone(value.tzinfo) for value in aware if value == as_utc), None)


def _usable(values: list[datetime | None]) -> list[datetime]:
    return [v for v in values if v is not None and _plausible(v)]


def stated_times(tree, ld_published: str | None = None, ld_modified: str | None = None,
                 itemprops: bool = True) -> tuple[list[datetime], list[datetime]]:
    """(publication times the page states, most trusted first; its other stated times, such as
    the last modification), as parsed, naive where the page gives no offset. Without
    ``itemprops`` the page's ``datePublished`` and ``<time pubdate>`` elements (the last, least
    trusted source, a walk of the whole page) are left out."""
    meta_published, meta_others = _meta_times(tree)
    published = [parse_time(ld_published), *meta_published]
    if itemprops:
        published += _itemprop_times(tree)
    return _usable(published), _usable([parse_time(ld_modified), *meta_others])


def publication_time(tree, tz: tzinfo | None = None, ld_published: str | None = None,
                     ld_modified: str | None = None, country_tz: tzinfo | None = None,
                     meta_times: _MetaTimes | None = None) -> datetime | None:
    """The page's stated online publication time, aware (see the module's rules), or None.
    ``country_tz`` (``cleaner.zones``) reads naive times where neither ``tz`` nor the page's own
    offsets say more. ``meta_times``: the page's ``_meta_times`` where already read."""
    if (stated := _aware(ld_published)) is not None:
        return stated  # JSON-LD states it with its offset: the meta tags need not be read
    meta_published, meta_others = meta_times or _meta_times(tree)
    published = _usable([parse_time(ld_published), *meta_published])
    if published and published[0].tzinfo is not None:
        return published[0]  # JSON-LD or a meta tag states it with its offset: nothing later counts
    published += _usable(_itemprop_times(tree))
    if not published:
        return None
    others = _usable([parse_time(ld_modified), *meta_others])
    first = published[0]
    if first.tzinfo is not None:
        return first
    # A day without its time: the time another source states for that day ("2024-04-12" in the
    # JSON-LD, "2024-04-12T14:46:00+02:00" in the meta tags); a naive one only in a known zone.
    timed = next((value for value in published[1:] if value.time() != time(0)
                  and _on_stated_day(value, first)), None) if first.time() == time(0) else None
    if timed is not None and timed.tzinfo is not None:
        return timed
    if (instant := _stated_in_utc(first, published[1:] + others)) is not None:
        return instant
    known = tz or _own_zone(tree, first, published[1:] + others, country_tz, utc_counts=True) or country_tz
    if first.time() != time(0):
        return resolve(first, known)
    if timed is not None and known is not None:
        return resolve(timed, known)
    return _at_time_beside(tree, first, known)


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
    return _noon(day, tz)


def page_time(tree, url: str | None, tz: tzinfo | None = None, ld_published: str | None = None,
              ld_modified: str | None = None) -> datetime | None:
    """The page's publication time: the one it states (``publication_time``), else htmldate's
    (``htmldate_time``). Naive times are read in ``tz`` (the source's zone, registry), else in the
    zone the page's own evidence gives (see the module), else UTC. A stated time two days or more
    after the day the URL states, where the page writes that day, gives way to it
    (``cleaner.url_days``)."""
    # An aware JSON-LD time: nothing else is read (see ``publication_time``).
    if (stated := _aware(ld_published)) is None:
        country_tz = None if tz else page_zone(url, page_language(tree))
        metas = _meta_times(tree)  # read once for both
        stated = publication_time(tree, tz, ld_published, ld_modified, country_tz, metas)
        if stated is None:
            return htmldate_time(tree, url, tz, country_tz, ld_modified, metas)
    if (from_url := url_day_before(tree, url, stated)) is not None:
        return from_url
    # A stated time that is the update's or the print edition's stamp: the publication the page writes.
    modified = _modified(tree, stated, ld_modified)
    return update_restamp(tree, stated, modified) or print_restamp(tree, stated) or stated


def _modified(tree, stated: datetime, ld_modified: str | None) -> list[datetime | None]:
    """The page's stated last modifications: the JSON-LD's where it is ``stated``, else the meta tags'."""
    modified = [parse_time(ld_modified)]
    return modified if stated in modified else _meta_times(tree)[1]


def _aware(value: str | None) -> datetime | None:
    """``value`` parsed where it is a plausible time with its offset, else None."""
    parsed = parse_time(value)
    return parsed if parsed is not None and parsed.tzinfo is not None and _plausible(parsed) else None


def htmldate_time(tree, url: str | None, tz: tzinfo | None = None, country_tz: tzinfo | None = None,
                  ld_modified: str | None = None, meta_times: _MetaTimes | None = None) -> datetime | None:
    """htmldate's original date of the page (the fallback), naive values read in ``tz``, else in the
    zone of the page's own evidence (its stated times' offsets other than UTC, a zone written with a
    time), else in ``country_tz``; a day without a time gets the time of day written beside that day
    on the page ("15:30, 12/04/2024"). ``meta_times``: the page's ``_meta_times`` where already read
    (``cleaner.calendars``' rewritten copy changes texts only, never a meta tag)."""
    from htmldate import find_date

    value = None
    # htmldate trips over some malformed trees (lxml assertions): no date then, never a lost page.
    with suppress(Exception):
        value = find_date(tree, url=url, **date_params())
        # None, or 1 January from a year alone ("© 2024" in the footer): the page may write its
        # dates in other digits or calendars (cleaner.calendars).
        if (value is None or value[4:10] == "-01-01") and (rewritten := normalised_tree(tree)) is not None \
                and (again := find_date(rewritten, url=url, **date_params())) is not None:
            tree, value = rewritten, again
    found = parse_time(value)
    meta_published, meta_others = meta_times or _meta_times(tree)
    if found is not None:
        update_elements = _update_elements(tree, found)
        if update_elements or found in _usable([parse_time(ld_modified), *meta_others]):
            # htmldate's is the last update's time (its fallback where nothing states the publication;
            # a <time class="updated">): the day the page writes before it, read below as htmldate's
            # day would be.
            found = day_before_update(tree, found.replace(tzinfo=None), update_elements) or found
    if found is None or found.tzinfo is not None:
        return resolve(found, tz)
    if tz is None:
        stated = _usable([*meta_published, parse_time(ld_modified), *meta_others])
        tz = _own_zone(tree, found, stated, country_tz, utc_counts=False) or country_tz
    day = found.replace(hour=0, minute=0, second=0, microsecond=0)
    if (own := own_day(tree, day, url)) != day:  # htmldate's was a teaser's: its time is not the article's
        found = day = own
    if (slashed := slashed_line(tree, day)) is not None and slashed_order(
            tree, text_nodes(tree), slashed, day, url, tz) == MONTH_FIRST:
        day = day.replace(day=day.month, month=day.day)  # htmldate read it day first
    day, line = written_day(tree, day, url)
    if found.time() == time(0) and year_alone(day, line, url):
        return None  # no publication day: the feed's or sitemap's time, else none, not 1 January
    if found.time() == time(0) and written_as_update(line, day) and (
            (before := day_before_update(tree, day)) is not None and before != day):
        # The day htmldate found is written first as an update's ("Updated: 14 April 2024"), the
        # publication's on a line of its own: that day, read as htmldate's.
        found = day = before
        day, line = written_day(tree, day, url)
    if found.time() != time(0):  # htmldate read a time; else it gives the day as midnight
        written = as_written(line, day, found.time())
        # In no known zone, as a day found in the text: noon UTC (14:46 read as UTC would be the next
        # day in Asia, 00:30 the day before in the Americas; the instant is unknown either way).
        return _noon(written, None) if written.tzinfo is None and tz is None else resolve(written, tz)
    day, clock = publication_beside(tree, day, line)
    if clock:
        hour, minute, second, offset = clock
        # Only in a known zone: the one written with it ("11:11 PM EST"), else ``tz``. Read as UTC,
        # an evening in Seoul would move to the next day.
        if offset is not None:
            return day.replace(hour=hour, minute=minute, second=second,
                               tzinfo=timezone(timedelta(seconds=offset)))
        if tz is not None:
            return day.replace(hour=hour, minute=minute, second=second, tzinfo=tz)
    return _noon(day, tz)


def _update_elements(tree, found: datetime) -> tuple:
    """The page's ``<time datetime>`` elements whose class names the last update ("updated",
    "date-modified"; not also the publication) that state ``found`` (htmldate's time; its day where
    htmldate gives midnight, as it does for a timed element)."""
    found_elements = []
    for element in _marked_elements(tree):
        classes = element.get("class")
        if element.tag != "time" or not _UPDATE_CLASS.search(classes or "") or _publication_class(classes):
            continue
        value = parse_time(element.get("datetime"))
        if value is not None and (value == found or (
                found.tzinfo is None and found.time() == time(0) and value.date() == found.date())):
            found_elements.append(element)
    return tuple(found_elements)


def _noon(day: datetime, tz: tzinfo | None) -> datetime:
    """A day without its time: noon in ``tz`` (else UTC), which is that day wherever the true zone
    lies within 11 hours of it; midnight is the day before anywhere west of the guess."""
    return day.replace(hour=12, minute=0, second=0, microsecond=0, tzinfo=tz or UTC)

