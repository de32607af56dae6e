"""Which order of day and month a page writes its slashed days in ("04/05/2024": 4 May or 5 April).

htmldate reads an ambiguous slashed day with its day first everywhere. The page's own evidence tells
the order: its language and locale (``<html lang>``, ``og:locale``: the United States and the
Philippines write the month first, other countries and languages other than English the day first);
the source's or the page's zone (a zone of the United States); the words beside the day
("Publicado", "Veröffentlicht": a language that writes the day first); the page's other slashed days
whose order is not in doubt (a number above 12: "25/04/2024" is day first, "04/25/2024" month
first); the day the URL states ("/2024/04/05/" read against "04/05/2024"). The month-first reading
is taken only where every piece of evidence agrees on it: WordPress writes ``lang="en-US"`` on
British, Indian and Nigerian sites alike, and their own "25/04/2024" says otherwise.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from cleaner.date.url_days import url_day

DAY_FIRST, MONTH_FIRST = "day first", "month first"

# Zones where a slashed day is written month first: the United States and the Philippines.
_MONTH_FIRST_ZONES = frozenset({
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix",
    "America/Anchorage", "America/Detroit", "Pacific/Honolulu", "Asia/Manila"})
_MONTH_FIRST_COUNTRIES = frozenset({"us", "ph"})
# Countries whose pages write both orders: no evidence either way.
_MIXED_COUNTRIES = frozenset({"ca"})
_LOCALE_KEYS = frozenset({"og:locale", "content-language", "language", "dc.language"})
_LOCALE = re.compile(r"^([a-z]{2,3})(?:[-_]([a-z]{2}))?\b", re.IGNORECASE)
# Publication words of languages that write the day first, beside a day ("Publicado 04/05/2024").
# Whole words: Romanian "publicat" is not English "publication".
_DAY_FIRST_WORDS = re.compile(
    r"(?<!\w)(?:publicado|publié|veröffentlicht|erschienen|pubblicato|gepubliceerd|opublikowano|publicat|"
    r"опубликовано|опубліковано|yayınlanma|diterbitkan|dipublikasikan|publiceret|publicerad|publisert|"
    r"julkaistu|publikováno|objavljeno|közzétéve)(?!\w)", re.IGNORECASE)
_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d\d)(?![\d/])")
_WEEKDAYS = {name: index for index, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}
# An English weekday before a slashed day ("Fri, 04/12/2024", "Friday 04/12/2024").
_WEEKDAY_DAY = re.compile(r"\b((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\.?,?\s*(\d{1,2})/(\d{1,2})/\d{4}(?!\d)",
                          re.IGNORECASE)
_MAX_NODES = 3000
_LINE_CHARS = 80


def _locale_order(tag: str) -> str | None:
    """The order a language tag ("en-US", "en_GB", "de") writes slashed days in, or None."""
    if not (match := _LOCALE.match(tag.strip())):
        return None
    language, country = match[1].lower(), (match[2] or "").lower()
    if country in _MONTH_FIRST_COUNTRIES:
        return MONTH_FIRST
    if country in _MIXED_COUNTRIES or (language == "en" and not country):
        return None
    return DAY_FIRST


def _locale_orders(tree) -> set[str]:
    tags = [tree.get("lang") or "", tree.get("xml:lang") or ""]
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("http-equiv") or "").strip().lower()
        if key in _LOCALE_KEYS:
            tags.append(meta.get("content") or "")
    return {order for tag in tags if (order := _locale_order(tag))}


def _written_orders(texts) -> set[str]:
    """The orders the page's slashed days show where one number is above 12."""
    orders: set[str] = set()
    for text in texts:
        if len(text) > _LINE_CHARS or "/" not in text:
            continue
        for match in _SLASHED.finditer(text):
            first, second = int(match[1]), int(match[2])
            if first > 12 and second <= 12:
                orders.add(DAY_FIRST)
            elif second > 12 and first <= 12:
                orders.add(MONTH_FIRST)
    return orders


def weekday_order(weekday: str | None, day: datetime) -> str | None:
    """The order an English weekday name written with a slashed day tells ("Fri, 04/12/2024": 12
    April 2024 was a Friday, 4 December a Wednesday; Drupal's default format), for ``day`` read day
    first; None where it names neither reading's weekday (or both: the 4th of April)."""
    if not weekday or (index := _WEEKDAYS.get(weekday[:3].lower())) is None:
        return None
    swapped = day.replace(day=day.month, month=day.day) if day.day <= 12 else None
    day_first, month_first = day.weekday() == index, swapped is not None and swapped.weekday() == index
    if day_first != month_first:
        return DAY_FIRST if day_first else MONTH_FIRST
    return None


def slashed_order(tree, texts, line: str, day: datetime, url: str | None, tz: tzinfo | None) -> str | None:
    """``DAY_FIRST`` or ``MONTH_FIRST`` where all the page's evidence (see above) agrees on one order
    for ``day`` as htmldate read it (day first, naive) and its ``line`` writes it, else None; an
    English weekday written before the day decides (``weekday_order``). ``texts``: the page's text
    nodes."""
    for written in _WEEKDAY_DAY.finditer(line):
        if (int(written[2]), int(written[3])) == (day.day, day.month) and (
                order := weekday_order(written[1], day)) is not None:
            return order
    orders = _locale_orders(tree) | _written_orders(texts[:_MAX_NODES])
    if str(getattr(tz, "key", "")) in _MONTH_FIRST_ZONES:
        orders.add(MONTH_FIRST)
    if _DAY_FIRST_WORDS.search(line):
        orders.add(DAY_FIRST)
    if (stated := url_day(url)) is not None:
        if stated == day:
            orders.add(DAY_FIRST)
        elif day.day <= 12 and stated == day.replace(day=day.month, month=day.day):
            orders.add(MONTH_FIRST)
    return orders.pop() if len(orders) == 1 else None
