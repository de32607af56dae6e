"""Publication times, time zone kept.

The page's own statement of its online publication time comes first: JSON-LD ``datePublished``,
then ``article:published_time`` and its kin in meta tags, then ``itemprop="datePublished"`` and
``<time pubdate>`` in the page; htmldate (which may find print-edition or URL dates) is the
fallback. An aware time keeps its instant and offset. A naive one is read in the source's time
zone (registry) where known, else in the offset the page uses for its other times, else UTC: the
wall-clock time is never shifted. Where the registry names no zone, the page's country names one
(``cleaner.zones``). A day found without a time takes the time written beside it on the page when
its zone is known, else it is noon in its zone (UTC when none is known): noon UTC is that day in
every offset from UTC-12 to UTC+11, where midnight UTC is the day before in all of the Americas.
"""

from __future__ import annotations

import re
import warnings
from contextlib import suppress
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from lxml.etree import XPath

# Passed to htmldate through trafilatura; ISO output keeps time and offset when the page has them.
OUTPUT_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
_EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)
# Meta names and properties that state the online publication time, most specific first.
_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
    "publishdate", "publish-date", "publish_date", "pubdate", "published_at", "parsely-pub-date",
    "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
    "article.published", "cxenseparse:recs:publishtime", "date",
)
_RANK = {name: rank for rank, name in enumerate(_PUBLISHED_META)}
_MODIFIED_META = frozenset({"article:modified_time", "og:updated_time", "datemodified", "last-modified"})
# One walk of the page (a union of two paths walks it twice); document order, as the union gives.
_ITEMPROP = XPath(
    '//*[@itemprop="datePublished" and (@datetime or @content) or self::time and @pubdate and @datetime]'
)
# "+0200" and "+02" offsets, which fromisoformat in Python 3.11 reads only in some forms.
_OFFSET = re.compile(r"([+-]\d{2})(?::?(\d{2}))?$")
_FRACTION = re.compile(r"(\.\d{1,6})\d*")
_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.IGNORECASE)
_ZONE_AFTER_ISO = re.compile(r"^\d{4}-\d\d-\d\d[T ][\d:.]+\s*[A-Z]{3,4}$")
_ZONE_NAME_IN_BRACKETS = re.compile(r"\s*\([^)]*\)\s*$")
_GMT_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+-]\d{2}:?\d{2})\b")
# Zone abbreviations that name one offset where news sites use them (IST, CST and the like name
# several and are left out: such a time is read like a naive one).
_ZONE_OFFSETS = {name: hours * 3600 for name, hours in {
    "UTC": 0, "GMT": 0, "Z": 0, "UT": 0, "WET": 0, "BST": 1, "WEST": 1, "CET": 1, "CEST": 2, "MEZ": 1,
    "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3, "EST": -5, "EDT": -4, "CDT": -5, "MST": -7, "MDT": -6,
    "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8,
    "AEST": 10, "AEDT": 11, "AWST": 8, "NZST": 12, "NZDT": 13, "WIB": 7, "ICT": 7, "PKT": 5, "AZT": 4,
}.items()}


def date_params() -> dict[str, Any]:
    """htmldate options: the original (not the last-modified) date, never one in the future."""
    return {
        "original_date": True,
        "extensive_search": True,
        "outputformat": OUTPUT_FORMAT,
        "max_date": datetime.now(UTC).strftime("%Y-%m-%d"),
    }


@lru_cache(maxsize=64)
def zone(name: str | None) -> tzinfo | None:
    """An IANA time zone by name ("Europe/Berlin"), or None for an empty or unknown name."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return None


def parse_time(value: str | None) -> datetime | None:
    """A timestamp as written (ISO 8601 in its usual variants, RFC 2822, Unix seconds); naive when
    the value has no offset. None when it is not a date."""
    value = (value or "").strip()
    if not value:
        return None
    if value.isdigit() and len(value) in (10, 13):  # Unix seconds or milliseconds
        return datetime.fromtimestamp(int(value[:10]), UTC)
    if numeric := _NUMERIC_DAY.match(value):  # "2024/04/12 14:46", "2024.04.12", "12.04.2024 14:46"
        year, month, day = (numeric["y"], numeric["m"], numeric["d"]) if numeric["y"] else \
            (numeric["y2"], numeric["m2"], numeric["d2"])
        rest = re.sub(r"^([ T])(\d):", r"\g<1>0\2:", numeric["rest"])  # "9:05" -> "09:05"
        value = f"{year}-{int(month):02d}-{int(day):02d}{rest}"
    iso = value.replace(" ", "T", 1) if re.match(r"\d{4}-\d\d-\d\d \d", value) else value
    iso = _FRACTION.sub(r"\1", iso.replace("Z", "+00:00").replace("z", "+00:00"))
    if "T" in iso:
        iso = _OFFSET.sub(lambda m: f"{m[1]}:{m[2] or '00'}", iso) if re.search(r"T[\d:.]+[+-]", iso) else iso
    with suppress(ValueError):
        return datetime.fromisoformat(iso)
    return _written_time(value)


# Numeric days whose order is not in doubt: year first with slashes or dots ("2024/04/12",
# "2024.04.12", as East Asian sites write them), and day first with dots ("12.04.2024", the European
# and Russian way; nobody writes the month first with dots). Slashed days with the year last are
# left to htmldate: 03/04 is March or April by country. A clock time may follow.
_NUMERIC_DAY = re.compile(
    r"^(?:(?P<y>\d{4})([/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4}))"
    r"(?P<rest>(?:[ T]\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d\d(?::?\d\d)?))?)?)$")


def _written_time(value: str) -> datetime | None:
    """A timestamp written with words: RFC 2822 ("Tue, 19 Nov 2019 03:05:46 GMT"), JavaScript's
    ``Date.toString`` ("Tue Nov 19 2019 03:05:46 GMT+0100 (Central European Standard Time)"), an
    ISO time with a zone name ("2019-11-19 03:05:46 UTC"), or a date in words with a clock time and
    zone ("November 19, 2019 3:05 pm EST"). A zone abbreviation is read only where it names one
    offset; numeric day-month orders are left to htmldate (03/04 is March or April by country)."""
    from dateutil import parser

    if not (_MONTH_NAME.search(value) or _ZONE_AFTER_ISO.search(value)):
        return None
    text = _ZONE_NAME_IN_BRACKETS.sub("", value)
    # "GMT+0100" in JavaScript's form is UTC+1 (dateutil would read "GMT+1" the POSIX way, UTC-1).
    text = _GMT_OFFSET.sub(r"\1", text)
    with suppress(ValueError, OverflowError, parser.ParserError), warnings.catch_warnings():
        warnings.simplefilter("ignore", parser.UnknownTimezoneWarning)  # "IST": read as naive
        parsed = parser.parse(text, tzinfos=_ZONE_OFFSETS)
        # dateutil fills what is missing from today; a value without a year is not a date.
        if re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", text):
            return parsed
    return None


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
    return _EARLIEST <= instant <= datetime.now(UTC) + timedelta(days=1)


def _meta_times(tree) -> tuple[list[datetime | None], list[datetime | None]]:
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
    return [parse_time(e.get("datetime") or e.get("content")) for e in _ITEMPROP(tree)[:3]]


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
                     ld_modified: str | None = None, country_tz: tzinfo | None = None) -> datetime | None:
    """The page's stated online publication time, aware (see the module's rules), or None.
    ``country_tz`` (``cleaner.zones``) reads naive times where neither ``tz`` nor the page's own
    offsets say more."""
    meta_published, meta_others = _meta_times(tree)
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
    # The same wall-clock time stated elsewhere with an offset says which zone it is in.
    for value in published[1:]:
        if value.tzinfo is not None and value.replace(tzinfo=None) == first:
            return value
    page_offset = next((v.tzinfo for v in published + others if v.tzinfo is not None), None)
    known = tz or page_offset or country_tz
    return _noon(first, known) if first.time() == time(0) else resolve(first, known)


def htmldate_time(tree, url: str | None, tz: tzinfo | None = None) -> datetime | None:
    """htmldate's original date of the page (the fallback), naive values read in ``tz``; a day
    without a time gets the time of day written beside that day on the page ("15:30, 12/04/2024")."""
    from htmldate import find_date

    value = None
    # htmldate trips over some malformed trees (lxml assertions): no date then, never a lost page.
    with suppress(Exception):
        value = find_date(tree, url=url, **date_params())
    found = parse_time(value)
    # htmldate gives a day it found without a time as midnight.
    if found is None or found.tzinfo is not None or found.time() != time(0):
        return resolve(found, tz)
    found = _published_beside(tree, found)
    if clock := time_beside(tree, found):
        hour, minute, second, offset = clock
        # Only in a known zone: the one written with it ("11:11 PM EST"), else ``tz``. Read as UTC,
        # an evening in Seoul would move to the next day.
        if offset is not None:
            return found.replace(hour=hour, minute=minute, second=second,
                                 tzinfo=timezone(timedelta(seconds=offset)))
        if tz is not None:
            return found.replace(hour=hour, minute=minute, second=second, tzinfo=tz)
    return _noon(found, tz)


def _noon(day: datetime, tz: tzinfo | None) -> datetime:
    """A day without its time: noon in ``tz`` (else UTC), which is that day wherever the true zone
    lies within 11 hours of it; midnight is the day before anywhere west of the guess."""
    return day.replace(hour=12, minute=0, second=0, microsecond=0, tzinfo=tz or UTC)


# A time of day, with its am/pm where written.
_CLOCK_TIME = re.compile(r"(?<![\d:])([01]?\d|2[0-3])\s*(?:[:h]|時|时|시|点)\s*([0-5]\d)(?::([0-5]\d))?"
                         r"(?![\d:])(?:\s*([aApP])\.?[mM]\b\.?)?(?:\s*([A-Z]{2,5})\b)?")
_DATE_LINE_CHARS = 80
_TEXT_NODES = XPath("//body//text()[normalize-space()]")
_MAX_TEXT_NODES = 3000
# Month names as news sites write them, by their first letters: English, French, Spanish, Portuguese,
# German, Italian, Turkish, Indonesian, Russian (genitive), Ukrainian, Polish.
_MONTH_STEMS = (
    "jan|janv|ene|gen|oca|янв|січ|sty", "feb|fév|fev|şub|фев|лют|lut", "mar|mär|мар|бер|mar",
    "apr|avr|abr|nis|апр|кві|kwi", "may|mai|mag|mei|мая|май|тра|maj", "jun|juin|giu|haz|июн|чер|cze",
    "jul|juil|lug|tem|июл|лип|lip", "aug|août|ago|agu|agt|ağu|авг|сер|sie", "sep|sept|set|eyl|сен|вер|wrz",
    "oct|okt|ott|out|eki|окт|жов|paź", "nov|kas|ноя|лис|lis", "dec|déc|dic|dez|des|ara|дек|гру|gru")


# Words that label a date as the last update, not the publication, in the languages of _MONTH_STEMS
# and of the East Asian and Vietnamese sites the CJK forms serve.
_UPDATE_LABEL = re.compile(
    r"updated|aktualisiert|mis\s+à\s+jour|actualizado|atualizado|aggiornato|обновлено|оновлено|"
    r"güncellendi|diperbarui|zaktualizowano|cập\s+nhật|更新|수정", re.IGNORECASE)
_ALL_MONTHS = "|".join(_MONTH_STEMS)
_INLINE = frozenset({"span", "time", "b", "strong", "em", "i", "a", "small", "abbr"})


def _day_forms(d: str, m: str, y: str, y4: str, month: str) -> tuple[str, ...]:
    """The ways a day is written (numeric in any order of day, month and year, with a month name, or
    in CJK form), from patterns for its parts: ``y`` may be two digits, ``y4`` is four."""
    return (rf"(?<!\d){d}[./-]{m}[./-]{y}(?!\d)", rf"(?<!\d){m}/{d}/{y4}(?!\d)",
            rf"(?<!\d){y4}[-./]{m}[-./]{d}(?!\d)", rf"{y4}\s*[年년]\s*{m}\s*[月월]\s*{d}\s*[日일]",
            rf"(?<!\w){month}\s+{d}\b,?\s*{y4}", rf"(?<!\d){d}\.?\s+(?:de\s+)?{month},?\s+(?:de\s+)?{y4}")


def _this_day(day: datetime) -> tuple[str, ...]:
    d, m, y = day.day, day.month, day.year
    month = f"(?:{_MONTH_STEMS[m - 1]})\\w*\\.?"
    return _day_forms(f"0?{d}", f"0?{m}", f"(?:{y}|{y % 100:02d})", str(y), month)


# Any day, one pattern per form of _day_forms: another day of a line is read in the form of the one
# htmldate found there (04/12/2024 is April or December by that form, not by guessing).
_ANY_DAY = tuple(re.compile(form, re.IGNORECASE) for form in _day_forms(
    r"(?P<d>\d{1,2})", r"(?P<m>\d{1,2})", r"(?P<y>\d{4}|\d\d)", r"(?P<y>\d{4})",
    rf"(?P<mn>(?:{_ALL_MONTHS})\w*\.?)"))


def _day_of(match: re.Match[str]) -> datetime | None:
    """The day a match of ``_ANY_DAY`` writes (two-digit years in this century), or None for no
    such day ("31.02.2024")."""
    groups = match.groupdict()
    month = int(groups["m"]) if groups.get("m") else next(
        (i + 1 for i, stems in enumerate(_MONTH_STEMS) if re.match(stems, groups["mn"], re.IGNORECASE)), 0)
    year = int(groups["y"]) + (2000 if len(groups["y"]) == 2 else 0)
    with suppress(ValueError):
        return datetime(year, month, int(groups["d"]))
    return None


def _date_line(tree, day: datetime, whole_line: bool = False) -> tuple[str, int] | None:
    """(the first short text on the page that holds ``day``, which of the _day_forms writes it
    there), or None. The text is its element's whole text where that is short too, so that a time
    or a second date in an element of its own beside the day ("<span>11:11 PM</span> Nov 19") is in it;
    with ``whole_line``, that of the element around an inline one ("<p><span>Updated 14.04.2024</span>
    <span>Published 12.04.2024</span></p>")."""
    forms = [re.compile(form, re.IGNORECASE) for form in _this_day(day)]
    written = re.compile("|".join(_this_day(day)), re.IGNORECASE)  # one search a text, not six
    for node in _TEXT_NODES(tree)[:_MAX_TEXT_NODES]:
        if len(node) > _DATE_LINE_CHARS or not written.search(node):
            continue
        form = next(i for i, pattern in enumerate(forms) if pattern.search(node))
        holder = node.getparent()  # a tail's parent is the element before it: its container holds both
        holder = holder.getparent() if holder is not None and node.is_tail else holder
        whole = holder.text_content() if holder is not None else ""
        block = holder.getparent() if whole_line and holder is not None and holder.tag in _INLINE else None
        if block is not None and len(line := block.text_content()) <= _DATE_LINE_CHARS:
            whole = line
        return " ".join((whole if len(whole) <= _DATE_LINE_CHARS else str(node)).split()), form
    return None


def _published_beside(tree, day: datetime) -> datetime:
    """``day``, or the earlier day stated beside it where its line labels an update ("Aktualisiert
    am 14.04.2024 · Veröffentlicht am 12.04.2024"): htmldate takes the first day of a text, and
    news templates put the update first as often as last. The publication precedes any update."""
    if (line := _date_line(tree, day, whole_line=True)) is None or not _UPDATE_LABEL.search(line[0]):
        return day
    days = [found for match in _ANY_DAY[line[1]].finditer(line[0])
            if (found := _day_of(match)) and found >= _EARLIEST.replace(tzinfo=None)]
    return min([day, *days])


def time_beside(tree, day: datetime) -> tuple[int, int, int, int | None] | None:
    """(hour, minute, second, UTC offset in seconds of a zone written after it, if one) written in the
    same short text as ``day`` (see ``_date_line``), the first such text on the page; or None. Where
    the text states other days too, the time is the one in ``day``'s own stretch of it: after ``day``
    up to the next one ("12.04.2024, 14:46 Uhr"), else before it back to the one before ("15:30,
    12/04/2024")."""
    if (line := _date_line(tree, day)) is None:
        return None
    text, form = line
    this = re.compile(_this_day(day)[form], re.IGNORECASE).search(text)
    start, end = (this.start(), this.end()) if this else (0, 0)  # not found again: the whole text
    others = [m for m in _ANY_DAY[form].finditer(text)
              if (other := _day_of(m)) is None or other.date() != day.date()]
    before = max((m.end() for m in others if m.end() <= start), default=0)
    after = min((m.start() for m in others if m.start() >= end), default=len(text))
    for stretch in (text[end:after], text[before:start]):
        if clock := _CLOCK_TIME.search(stretch):
            hour = int(clock[1]) % 12 + (12 if clock[4].lower() == "p" else 0) if clock[4] else int(clock[1])
            return hour, int(clock[2]), int(clock[3] or 0), _ZONE_OFFSETS.get(clock[5] or "")
    return None
