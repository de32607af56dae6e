"""The day a URL states, against a later stated publication time.

A CMS mints an article's address when it first publishes it ("/2024/04/12/council-votes"); a
stated publication time days later on the same page is a re-publication's or an update's stamp (a
republished story, a template that stamps the last edit as published), not the publication. Where
the page also writes the URL's day in its own lines (outside other articles' teasers, not as an
update's or the print edition's day), that day is the publication: at the time written beside it.
A URL's day before the stated time by less than two days is the same publication in another zone
or the print edition's.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from cleaner.date.datelines import states_day, time_beside

# "/2024/04/12/", "/2024-04-12-", "/2024/4/12/": year, month and day, with one separator.
_URL_DAY = re.compile(r"(?<![\d])((?:19|20)\d\d)([/-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\d])")
# "/2019/nov/18/": Django's date-based URLs (its "%b", English), as PolitiFact and The Spokesman-Review
# write them.
_URL_NAMED_DAY = re.compile(r"(?<![\d])((?:19|20)\d\d)/(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|"
                            r"june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
                            r"/(0?[1-9]|[12]\d|3[01])(?![\d])", re.IGNORECASE)
# "/20240412/", "/news/20240412-council-votes": a day of eight digits as a path's segment or its first
# piece (htmldate reads a URL's day only with separators).
_URL_COMPACT_DAY = re.compile(r"(?<=[/_-])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-])")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_LATER_BY = timedelta(days=2)


def numeric_url(url: str | None) -> str | None:
    """``url`` with a day its path writes with the month's English name ("/2019/nov/18/") in digits
    ("/2019/11/18/"), and one it writes in eight digits ("/20240412/") with slashes, the form htmldate
    reads (it takes a URL's day before the page's): a statement's or a source's day elsewhere on the
    page is not the article's."""
    if not url:
        return url
    if (found := _URL_NAMED_DAY.search(url)) is None:
        # "/20240412/" as "/2024/04/12/", where the URL writes no day with separators (the cheap look first).
        if "/20" in url or "/19" in url or "-20" in url or "_20" in url:
            host_end = url.find("/", url.find("//") + 2 if "//" in url else 0)
            if host_end >= 0 and not _URL_DAY.search(url, host_end) and (
                    compact := _URL_COMPACT_DAY.search(url, host_end)) is not None:
                return f"{url[:compact.start()]}{compact[1]}/{compact[2]}/{compact[3]}{url[compact.end():]}"
        return url
    month = _MONTHS.index(found[2][:3].lower()) + 1
    return f"{url[:found.start()]}{found[1]}/{month:02d}/{int(found[3]):02d}{url[found.end():]}"


def url_day(url: str | None) -> datetime | None:
    """The day the URL's path states (naive midnight), or None."""
    path = (numeric_url(url) or "").split("//", 1)[-1].partition("/")[2].split("?", 1)[0]
    if (found := _URL_DAY.search(path)) is None:
        return None
    try:
        return datetime(int(found[1]), int(found[3]), int(found[4]))
    except ValueError:
        return None


def url_day_before(tree, url: str | None, stated: datetime) -> datetime | None:
    """The URL's day where ``stated`` (aware) is two days or more after it and the page writes that
    day (see above): at the time written beside it, in the zone written with that time, else in
    ``stated``'s zone; at noon where none is written. None where the stated time stands."""
    day = url_day(url)
    if day is None or stated.replace(tzinfo=None) - day < _LATER_BY or not states_day(tree, day):
        return None
    clock = time_beside(tree, day)
    if clock is None:
        return day.replace(hour=12, tzinfo=stated.tzinfo)
    hour, minute, second, offset = clock
    zone = timezone(timedelta(seconds=offset)) if offset is not None else stated.tzinfo
    return day.replace(hour=hour, minute=minute, second=second, tzinfo=zone)
