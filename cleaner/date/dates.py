"""Publication times, time zone kept.

The page's own statement of its online publication time comes first: JSON-LD ``datePublished``, then
``article:published_time`` and its kin in meta tags (a microdata ``datePublished`` of the body is
read with its place, below), then ``itemprop="datePublished"`` and ``<time pubdate>`` in the page,
then a ``<time datetime>`` whose class names the publication ("entry-date published"), then the
JSON-LD article's ``dateCreated``; htmldate (which may find print-edition or URL dates, also a
URL's day in eight digits, "/20240412/") is the fallback, its day, aware or not, given up where
the page writes it only among other articles' teasers, in the site's masthead or in the readers'
comments (``cleaner.date.date_places``). htmldate reads a copy whose site's, lists' and people's
JSON-LD objects state no date (``cleaner.date.ld_dates``), read again without the copyright marks
where it gives 1 January of the footer's year ("© 2026" hides every day written before 2026). An aware time
keeps its instant and offset. A naive one is read in the source's time zone (registry) where known,
else in the zone the page's own evidence gives: the same wall-clock time stated with an offset; the
offset of its other stated times and ``<time datetime>`` elements (as its country's zone where that
has the offset); its country's zone (``cleaner.date.zones``: domain, language, locale, geo.region); a
zone it writes with a time of day ("10:15 ET", "23:46 (بتوقيت مكة المكرمة)"); else, in no known
zone, its day at noon UTC (its wall clock at +00:00 would be a shifted offset). The
wall-clock time is never shifted; but a naive time that another stated time gives as its instant in
UTC (a CMS's JSON-LD in UTC without saying so, its meta tags in local time with the offset) is that
instant, and so is one that a stated UTC time shows in a whole offset (the JSON-LD local, the meta
tags UTC) and one whose UTC instant the page prints beside its day in its zone ("12:46:00" stated,
"12.04.2024, 14:46 Uhr" printed: ``cleaner.date.publication``). An aware stated time keeps its
instant, even where the page prints the same wall clock with no zone (a CMS may mark local time
"Z", but the stated instant is the page's own word). A stated day without its time takes the time
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
(``cleaner.date.restamps``). A day found
without a time takes the time written beside it on the page when its zone is known, else the instant
of the page's first ``<time datetime>`` of that day with its offset, else it is noon in its zone (UTC
when none is known): noon UTC is that day in every offset from UTC-12 to UTC+11,
where midnight UTC is the day before in all of the Americas. So is a time htmldate reads in the text
in no known zone (23:46 read as UTC would be the next day in Asia). Where the page states several
publication times, the article's own comes before those among other articles' teasers
(``cleaner.date.date_places``; the JSON-LD object of the page's main entity, ``cleaner.jsonld``). How the
page writes htmldate's day in its text (its time, an update's or print edition's day beside it, the
orders of day and month) is read in ``cleaner.date.datelines`` (a slashed day read month first only
where all the page's evidence agrees: ``cleaner.date.day_orders``; the forms of a day in
``cleaner.date.day_forms``, times of day and their zones in ``cleaner.date.clocks``); other digits and
calendars in ``cleaner.date.calendars`` (also where htmldate gives 1 January from a year alone); a year
alone ("© 2024", no day of it written on the page nor in the URL) is no publication day: None,
unless the page writes a day without its year beside its time ("12.4. klo 14.46": that day of that
year, ``cleaner.date.yearless``);
timestamps as stated are parsed in ``cleaner.date.timestamps``. The page's stated times are read in
``cleaner.date.stated`` and made aware in ``cleaner.date.publication``; htmldate's fallback is read here.
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from typing import Any

from lxml.etree import XPath

from cleaner.date.app_state import state_time
from cleaner.date.calendars import (
    ERA_YEAR,
    NATIVE_DIGIT,
    local_tree,
    normalised_tree,
    spaced_months,
    without_copyright,
)
from cleaner.date.clocks import zone as zone  # cleaner.date.dates.zone stays the public name
from cleaner.date.datelines import (
    as_written,
    day_before_update,
    own_day,
    publication_beside,
    slashed_line,
    text_nodes,
    written_as_update,
    written_day,
    year_alone,
)
from cleaner.date.day_orders import MONTH_FIRST, slashed_order
from cleaner.date.element_times import timed_element, titled_clock, update_time_elements
from cleaner.date.ld_dates import without_other_dates
from cleaner.date.publication import noon, own_zone
from cleaner.date.publication import publication_time as publication_time  # public here as before
from cleaner.date.restamps import print_restamp, printed_over_zero, restated_over_zero, update_restamp
from cleaner.date.stated import (
    MetaTimes,
    aware_time,
    read_meta_times,
    resolve,
    usable,
)
from cleaner.date.timestamps import parse_time as parse_time  # cleaner.date.dates.parse_time stays public
from cleaner.date.url_days import numeric_url, url_day_before
from cleaner.date.yearless import yearless_clock, yearless_time
from cleaner.date.zones import page_language, page_zone
from cleaner.jsonld import article_ld

_HOST_LANGUAGES = {"hr": "hr", "ba": "hr", "tw": "zh"}
_LOCAL_HOST = re.compile(r"^(?:https?://)?[^/?#]*\.(hr|ba|tw)(?::\d+)?(?:[/?#]|$)", re.IGNORECASE)
# Passed to htmldate through trafilatura; ISO output keeps time and offset when the page has them.
OUTPUT_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


def date_params() -> dict[str, Any]:
    """htmldate options: the original (not the last-modified) date, never one in the future."""
    return {
        "original_date": True,
        "extensive_search": True,
        "outputformat": OUTPUT_FORMAT,
        "max_date": datetime.now(UTC).strftime("%Y-%m-%d"),
    }


def to_aware(value: str | None, tz: tzinfo | None = None) -> datetime | None:
    """Parse a date or timestamp; naive values are read in ``tz`` (UTC when not given)."""
    return resolve(parse_time(value), tz)


def page_time(tree, url: str | None, tz: tzinfo | None = None, ld_published: str | None = None,
              ld_modified: str | None = None, fetched_at: datetime | None = None) -> datetime | None:
    """The page's publication time: the one it states (``publication_time``), else its JSON-LD
    article's ``dateCreated`` (Parse.ly's and some CMSs' publication where they state no
    ``datePublished``; others stamp a later edit so: after the meta tags' published time), else
    htmldate's (``htmldate_time``). Naive times are read in ``tz`` (the source's zone, registry), else in the
    zone the page's own evidence gives (see the module), else UTC. A stated time two days or more
    after the day the URL states, where the page writes that day, gives way to it
    (``cleaner.date.url_days``). A day written without its year is never after ``fetched_at``."""
    tree = _in_ascii_digits(tree, url)
    # An aware JSON-LD time: nothing else is read (see ``publication_time``).
    if (stated := aware_time(ld_published)) is None:
        country_tz = None if tz else page_zone(url, page_language(tree))
        metas = read_meta_times(tree, url, tz)  # read once for both
        stated = publication_time(tree, tz, ld_published, ld_modified, country_tz, metas)
        if stated is None and (created := article_ld(tree).created):  # read as a datePublished would be
            stated = publication_time(tree, tz, created, ld_modified, country_tz, metas)
        if stated is None:  # a Next.js page's app state, else htmldate's reading of the page
            stated = state_time(tree, tz or country_tz)
        if stated is None:
            return htmldate_time(tree, url, tz, country_tz, ld_modified, metas, fetched_at)
    if (from_url := url_day_before(tree, url, stated)) is not None:
        return from_url
    # A stated time that is the update's or the print edition's stamp: the publication the page writes.
    modified = _modified(tree, ld_modified)
    # A local time the CMS marked UTC: the zone the page prints with it, or states with it elsewhere.
    if stated.utcoffset() == timedelta(0):
        stated = printed_over_zero(tree, stated) or restated_over_zero(
            stated, read_meta_times(tree, url, tz)[0]) or stated
    return update_restamp(tree, stated, modified) or print_restamp(tree, stated) or stated


def _in_ascii_digits(tree, url: str | None):
    """``tree``, or where the page writes in its own script's digits, its copy with its texts in
    ASCII digits and Gregorian days (``calendars.normalised_tree``, as htmldate's fallback reads it):
    every time of day read from its text ("٢٣:٤٠ بتوقيت مكة", "२३:४० IST" beside a stated day or
    time, the zone of a time the CMS marked UTC) is read in the same digits as the stated times."""
    language = _local_language(tree, url)
    if language in _NATIVE_DIGITS:
        if not NATIVE_DIGIT.search(_BODY_TEXT(tree)):
            return tree
    # ... and a Japanese page that writes an era's year ("令和8年12月2日 14:05"): the day and its time
    # are read where the page writes them, in the Gregorian year the URL or htmldate gives
    elif not (language == "ja" or (language is None and url and ".jp/" in url)) or not (
            ("令和" in (text := _BODY_TEXT(tree)) or "平成" in text) and ERA_YEAR.search(text)):
        return tree
    return tree if (rewritten := normalised_tree(tree)) is None else rewritten


_BODY_TEXT = XPath("string(//body)")


def _modified(tree, ld_modified: str | None) -> list[datetime | None]:
    """The page's stated last modifications: the JSON-LD's and the meta tags'."""
    return [parse_time(ld_modified), *read_meta_times(tree)[1]]



def htmldate_time(tree, url: str | None, tz: tzinfo | None = None, country_tz: tzinfo | None = None,
                  ld_modified: str | None = None, meta_times: MetaTimes | None = None,
                  fetched_at: datetime | None = None) -> datetime | None:
    """htmldate's original date of the page (the fallback), naive values read in ``tz``, else in the
    zone of the page's own evidence (its stated times' offsets other than UTC, a zone written with a
    time), else in ``country_tz``; a day without a time gets the time of day written beside that day
    on the page ("15:30, 12/04/2024"). ``meta_times``: the page's ``read_meta_times`` where already read
    (``cleaner.date.calendars``' rewritten copy changes texts only, never a meta tag)."""
    from htmldate import find_date

    value = None
    url = numeric_url(url)  # "/2019/nov/18/" as htmldate reads "/2019/11/18/"
    # "12. listopada 2024." is October on a Croatian page, not November as htmldate reads it.
    language = _local_language(tree, url)
    if (rewritten := local_tree(tree, language)) is not None:
        tree = rewritten
    # A page in a language written with its own script's digits, read in ASCII ones where it writes
    # them: htmldate reads "١٢/٠٤/٢٠٢٤" month first and "٠٢:٤٦ م" without its "م" (afternoon).
    if language in _NATIVE_DIGITS and (rewritten := normalised_tree(tree)) is not None:
        tree = rewritten
    # A WebSite's, Organization's or ItemList's JSON-LD dates are no article's (cleaner.date.ld_dates).
    if (rewritten := without_other_dates(tree)) is not None:
        tree = rewritten
    if (rewritten := spaced_months(tree)) is not None:  # "نشر في: 12/أبريل/2024"
        tree = rewritten
    # htmldate trips over some malformed trees (lxml assertions): no date then, never a lost page.
    with suppress(Exception):
        value = find_date(tree, url=url, **date_params())
        # None, or 1 January from a year alone ("© 2024" in the footer): the page may write its
        # dates in other digits or calendars (cleaner.date.calendars).
        if (value is None or value[4:10] == "-01-01") and (rewritten := normalised_tree(tree)) is not None \
                and (again := find_date(rewritten, url=url, **date_params())) is not None:
            tree, value = rewritten, again
        # 1 January of the footer's copyright year ("© 2026"): htmldate drops every day the text writes
        # before that year (an article of 2024 on a site whose footer says 2026). Read again without it
        # (a day, or 1 January of an earlier year whose day the page writes in a form htmldate does
        # not read, "12 апреля 2024": ``written_day``).
        if value is not None and value[4:10] == "-01-01" and (bare := without_copyright(tree)) is not None \
                and (again := find_date(bare, url=url, **date_params())) is not None and again != value:
            tree, value = bare, again
    found = parse_time(value)
    if found is not None and found.tzinfo is not None and _range_misread(tree, found):
        found = found.replace(hour=0, minute=0, tzinfo=None)  # the day alone, read on as a naive one
    meta_published, meta_others = meta_times or read_meta_times(tree)
    if found is not None:
        update_elements = update_time_elements(tree, found)
        if update_elements or found in usable([parse_time(ld_modified), *meta_others]):
            # htmldate's is the last update's time (its fallback where nothing states the publication;
            # a <time class="updated">): the day the page writes before it, read below as htmldate's
            # day would be.
            found = day_before_update(tree, found.replace(tzinfo=None), update_elements) or found
    if found is not None and found.tzinfo is not None:
        # An aware time of another article's teaser before the headline (a "trending" strip's <time
        # datetime>): the article's own day, read below as a naive one of htmldate's.
        bare = found.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
        if (own := own_day(tree, bare, url)) == bare:
            return found
        found = own
    if found is None:
        return None
    if tz is None:
        stated = usable([*meta_published, parse_time(ld_modified), *meta_others])
        tz = own_zone(tree, found, stated, country_tz, utc_counts=False) or country_tz
    day = found.replace(hour=0, minute=0, second=0, microsecond=0)
    if (own := own_day(tree, day, url)) != day:  # htmldate's was a teaser's: its time is not the article's
        found = day = own
    if (slashed := slashed_line(tree, day)) is not None and slashed_order(
            tree, text_nodes(tree), slashed, day, url, tz) == MONTH_FIRST:
        day = day.replace(day=day.month, month=day.day)  # htmldate read it day first
    day, line = written_day(tree, day, url)
    if found.time() == time(0) and year_alone(day, line, url):
        # No publication day: a day written without its year beside its time ("12.4. klo 14.46") in
        # that year, else the feed's or sitemap's time, else none, not 1 January.
        return yearless_time(tree, day.year, tz, fetched_at)
    if found.time() == time(0) and written_as_update(line, day) and (
            (before := day_before_update(tree, day)) is not None and before != day):
        # The day htmldate found is written first as an update's ("Updated: 14 April 2024"), the
        # publication's on a line of its own: that day, read as htmldate's.
        found = day = before
        day, line = written_day(tree, day, url)
    if found.time() != time(0):  # htmldate read a time; else it gives the day as midnight
        written = as_written(line, day, found.time(), tree)
        # In no known zone, as a day found in the text: noon UTC (14:46 read as UTC would be the next
        # day in Asia, 00:30 the day before in the Americas; the instant is unknown either way).
        return noon(written, None) if written.tzinfo is None and tz is None else resolve(written, tz)
    day, clock = publication_beside(tree, day, line)
    if not clock:  # kept in an element's title, else written beside the day without its year
        clock = titled_clock(tree, day) or (yearless_clock(tree, day) if line is None else None)
    if clock:
        hour, minute, second, offset = clock
        # Only in a known zone: the one written with it ("11:11 PM EST"), else ``tz``. Read as UTC,
        # an evening in Seoul would move to the next day.
        if offset is not None:
            return day.replace(hour=hour, minute=minute, second=second,
                               tzinfo=timezone(timedelta(seconds=offset)))
        if tz is not None:
            return day.replace(hour=hour, minute=minute, second=second, tzinfo=tz)
    # No time written beside the day: the page's <time datetime> of that day, with its offset (no
    # class names it the publication: "<time datetime='2024-04-12T14:46:00+02:00'>12.04.2024</time>").
    return timed_element(tree, day) or noon(day, tz)


def _range_misread(tree, found: datetime) -> bool:
    """htmldate read a range of ISO days ("2024-04-12 - 2024-04-14") as its first day at a time that
    is the second day's year, at an offset from its digits after (20:24 at UTC-14): no time, no zone."""
    if found.second or found.hour not in (19, 20):  # a year of the news as HH:MM
        return False
    day = f"{found:%Y-%m-%d}"
    written = re.compile(rf"{day}\s*[-–]\s*{found:%H%M}-\d\d")
    return any(written.search(text) for text in tree.itertext() if day in text)


# Languages whose pages may write their days and times in their own script's digits, or with month
# names (and words around them) only ``cleaner.date.month_names`` reads: Sinhala, Hausa, Kazakh,
# Kyrgyz, Uzbek, Georgian and Armenian.
_NATIVE_DIGITS = frozenset({"ar", "fa", "ur", "ps", "bn", "as", "hi", "mr", "ne", "pa", "gu", "th", "lo",
                            "my", "km", "am", "ti", "si", "ha", "kk", "ky", "uz", "ka", "hy"})


def _local_language(tree, url: str | None) -> str | None:
    """The page's language (two letters) where it is one whose days ``calendars.local_tree``
    rewrites; a Croatian, Bosnian or Taiwanese page also by its domain where it states no language."""
    if language := page_language(tree):
        return language[:2].lower()
    host = _LOCAL_HOST.search(url) if url else None
    return _HOST_LANGUAGES[host[1].lower()] if host else None
