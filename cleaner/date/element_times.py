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
from cleaner.date.page_lines import text_nodes
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
# hovering it: "<span title='12.03.2024 14:35'>12.03.2024</span>", "title='2024-03-12 14:35:10'"; uCoz's
# news module keeps the time alone there ("Дата: <span title='14:25'>03.12.2024</span>"), read only where
# the element prints that day in digits and nothing else.
_TITLED = XPath("//body//*[@title][contains(@title, ':')][string-length(normalize-space()) <= 40]")
_TITLE_TIME = re.compile(
    r"^\s*(?:(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})|(?P<iy>\d{4})-(?P<im>\d\d)-(?P<id>\d\d))"
    r"[,T]?\s*(?:в\s+|à\s+|um\s+)?(?P<h>\d{1,2}):(?P<min>\d\d)(?::(?P<s>\d\d))?\s*$")
_CLOCK_ALONE = re.compile(r"^\s*(?P<h>\d{1,2}):(?P<min>\d\d)(?::(?P<s>\d\d))?\s*$")
_DIGIT_DAY = re.compile(r"^\s*(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\s*$")


def titled_clock(tree, day: datetime) -> tuple[int, int, int, None] | None:
    """The time of ``day`` an element printing that day keeps in its title attribute (uCoz's and
    DLE's "<span title='12.03.2024 14:35'>12.03.2024</span>", uCoz's "<span title='14:35'>12.03.2024</span>"),
    outside other articles' teasers; or None."""
    for element in _TITLED(tree):
        title = element.get("title")
        if not title.lstrip()[:1].isdigit():
            continue
        if (match := _TITLE_TIME.match(title)) is not None:
            year, month, date = (match["y"], match["m"], match["d"]) if match["y"] else (
                match["iy"], match["im"], match["id"])
        elif (match := _CLOCK_ALONE.match(title)) is not None and (
                printed := _DIGIT_DAY.match(element.text_content())) is not None \
                and _first_printing(tree, printed[0].strip()) is element:
            year, month, date = printed["y"], printed["m"], printed["d"]
        else:
            continue
        if (int(year), int(month), int(date)) != (day.year, day.month, day.day) \
                or str(day.day) not in element.text_content() or among_teasers(element):
            continue
        hour, minute = int(match["h"]), int(match["min"])
        if hour < 24 and minute < 60:
            return hour, minute, int(match["s"] or 0), None
    return None


def _first_printing(tree, day: str):
    """The element of the page's first text that prints ``day`` as written: a time alone in a title is
    the day's only on the page's first statement of it (a sidebar's teasers print theirs after)."""
    node = next((node for node in text_nodes(tree) if day in node), None)
    return node.getparent() if node is not None and node.is_text else None


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
