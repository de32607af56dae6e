"""A day's time that the page keeps in its elements' attributes rather than beside the day in its
text: a ``<time datetime>`` of that day with its offset, the title attribute uCoz and DataLife Engine
keep it in, and the ``<time>`` elements named for the last update that state htmldate's time
(read by ``cleaner.date.dates``' fallback).
"""

from __future__ import annotations

import re
from datetime import datetime, time

from lxml.etree import XPath

from cleaner.date.date_places import among_teasers
from cleaner.date.stated import UPDATE_CLASS, marked_elements, publication_class
from cleaner.date.timestamps import parse_time


def timed_element(tree, day: datetime) -> datetime | None:
    """The time of the first ``<time datetime>`` element (or AMP's ``<amp-timeago datetime>``) that
    states ``day`` (naive) with its time and offset, outside other articles' teasers and not named for
    an update; or None."""
    for element in tree.iter("time", "amp-timeago"):
        value = element.get("datetime") or ""
        if "T" not in value or (found := parse_time(value)) is None or found.tzinfo is None \
                or found.date() != day.date() or found.time() == time(0):
            continue
        if not UPDATE_CLASS.search(element.get("class") or "") and not among_teasers(element):
            return found
    return None


# uCoz and DataLife Engine print the day alone and keep its time in the element's title, shown on
# hovering it: "<span title='12.03.2024 14:35'>12.03.2024</span>", "title='2024-03-12 14:35:10'".
_TITLED = XPath("//body//*[@title][contains(@title, ':')][string-length(normalize-space()) <= 40]")
_TITLE_TIME = re.compile(
    r"^\s*(?:(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})|(?P<iy>\d{4})-(?P<im>\d\d)-(?P<id>\d\d))"
    r"[,T]?\s*(?:в\s+|à\s+|um\s+)?(?P<h>\d{1,2}):(?P<min>\d\d)(?::(?P<s>\d\d))?\s*$")


def titled_clock(tree, day: datetime) -> tuple[int, int, int, None] | None:
    """The time of ``day`` an element printing that day keeps in its title attribute (uCoz's and
    DLE's "<span title='12.03.2024 14:35'>12.03.2024</span>"), outside other articles' teasers; or None."""
    for element in _TITLED(tree):
        title = element.get("title")
        if not title[:1].isdigit() or (match := _TITLE_TIME.match(title)) is None:
            continue
        year, month, date = (match["y"], match["m"], match["d"]) if match["y"] else (
            match["iy"], match["im"], match["id"])
        if (int(year), int(month), int(date)) != (day.year, day.month, day.day) \
                or str(day.day) not in element.text_content() or among_teasers(element):
            continue
        hour, minute = int(match["h"]), int(match["min"])
        if hour < 24 and minute < 60:
            return hour, minute, int(match["s"] or 0), None
    return None


def update_time_elements(tree, found: datetime) -> tuple:
    """The page's ``<time datetime>`` elements whose class names the last update ("updated",
    "date-modified"; not also the publication) that state ``found`` (htmldate's time; its day where
    htmldate gives midnight, as it does for a timed element)."""
    found_elements = []
    for element in marked_elements(tree):
        classes = element.get("class")
        if element.tag != "time" or not UPDATE_CLASS.search(classes or "") or publication_class(classes):
            continue
        value = parse_time(element.get("datetime"))
        if value is not None and (value == found or (
                found.tzinfo is None and found.time() == time(0) and value.date() == found.date())):
            found_elements.append(element)
    return tuple(found_elements)
