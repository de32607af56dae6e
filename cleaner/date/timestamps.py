"""Timestamps as pages state them, parsed: ISO 8601 in its usual and loosened variants, RFC 2822,
JavaScript's ``Date.toString``, Unix seconds, compact and numeric East Asian and European forms,
dates in words with a zone. Naive where the value states no offset (``cleaner.date.dates`` resolves
it); None where it is no date.
"""

from __future__ import annotations

import re
import warnings
from contextlib import suppress
from datetime import UTC, datetime

from cleaner.date.calendars import ASCII_DIGITS
from cleaner.date.clocks import ZONE_OFFSETS, zone

# "+0200" and "+02" offsets, which fromisoformat in Python 3.11 reads only in some forms.
_OFFSET = re.compile(r"([+-]\d{2})(?::?(\d{2}))?$")
_FRACTION = re.compile(r"(\.\d{1,6})\d*")
_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.IGNORECASE)
_ZONE_AFTER_ISO = re.compile(r"^\d{4}-\d\d-\d\d[T ][\d:.]+\s*[A-Z]{3,4}$")
_ZONE_NAME_IN_BRACKETS = re.compile(r"\s*\([^)]*\)\s*$")
_GMT_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+-]\d{2}:?\d{2})\b")


def parse_time(value: str | None) -> datetime | None:
    """A timestamp as written (ISO 8601 in its usual variants, RFC 2822, Unix seconds); naive when
    the value has no offset. None when it is not a date."""
    value = (value or "").strip()
    if not value:
        return None
    if not value.isascii():  # a stamp in a script's own digits ("١٤٤٥-١٠-٠٣T23:40:00+03:00")
        value = value.translate(ASCII_DIGITS)
    # "GMT+7", "(UTC+07:00)" after the time: its offset ("+07:00"), the way fromisoformat reads it.
    value = _WRITTEN_GMT.sub(lambda m: f" {m[1]}{int(m[2]):02d}:{m[3] or '00'}", value)
    if "年" in value or "년" in value:  # "2024年5月4日 14時46分": the CJK clock as "14:46"
        value = _CJK_CLOCK.sub(r"\1:\2", value)
    if value.isdigit() and len(value) in (10, 13):  # Unix seconds or milliseconds
        return datetime.fromtimestamp(int(value[:10]), UTC)
    if _COMPACT.match(value):  # "20240412144600", as some East Asian sites state it: naive
        value = f"{value[:8]}T{value[8:]}"
    # A zone's name after an ISO time with its offset ("...+02:00[Europe/Berlin]", RFC 9557);
    # "GMT+0200" after an ISO time is its offset.
    value = _GMT_AFTER_ISO.sub(r"\1\2", _BRACKETED_ZONE.sub("", value))
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
    if (loose := _LOOSE_ISO.match(value)) and (found := _loose_time(loose)) is not None:
        return found
    return _written_time(value)


# ISO 8601 as some CMSs loosen it (read where the strict form fails): a month, day or hour of one
# digit, a space before the offset, the zone's name after the offset (the offset states the instant;
# a name alone is left to ``_written_time``), an IANA zone's name instead of the offset, a 12-hour
# time with its half of the day; and the CJK form of the day ("2024年04月12日 14:46").
_LOOSE_ISO = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{1,2})-(?P<d>\d{1,2})|\s*[年년]\s*(?P<cm>\d{1,2})\s*[月월]\s*(?P<cd>\d{1,2})\s*[日일])"
    r"(?:(?:T|\s*)(?P<h>\d{1,2})(?P<rest>:\d\d(?::\d\d(?:\.\d+)?)?)(?:\s*(?P<half>[AaPp])\.?[Mm]\.?)?"
    r"(?:\s*(?P<offset>Z|[+-]\d\d(?::?\d\d)?)(?:\s*\(?[A-Z]{2,5}\)?)?"
    r"|\s+(?P<iana>[A-Z][A-Za-z_]+/[A-Za-z_]+(?:/[A-Za-z_]+)?))?)?$")


def _loose_time(loose: re.Match[str]) -> datetime | None:
    """The time a match of ``_LOOSE_ISO`` states, or None where it is none ("2024-13-45")."""
    day = f"{loose['y']}-{int(loose['m'] or loose['cm']):02d}-{int(loose['d'] or loose['cd']):02d}"
    if loose["h"] is None:
        with suppress(ValueError):
            return datetime.fromisoformat(day)
        return None
    hour = int(loose["h"])
    if loose["half"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if loose["half"] in "Pp" else 0)
    offset = (loose["offset"] or "").replace("Z", "+00:00")
    offset = _OFFSET.sub(lambda m: f"{m[1]}:{m[2] or '00'}", offset)
    rest = _FRACTION.sub(r"\1", loose["rest"])
    with suppress(ValueError):
        found = datetime.fromisoformat(f"{day}T{hour:02d}{rest}{offset}")
        if loose["iana"]:
            return found.replace(tzinfo=named) if (named := zone(loose["iana"])) is not None else None
        return found
    return None


# Numeric days whose order is not in doubt: year first with slashes or dots ("2024/04/12",
# "2024.04.12", "2024. 4. 12." as East Asian sites write them), and day first with dots
# ("12.04.2024", the European and Russian way; nobody writes the month first with dots). Slashed
# days with the year last are read by the page's order (``year_last``): 03/04 is March or April by
# country. A clock time may follow.
_NUMERIC_DAY = re.compile(
    r"^(?:(?P<y>\d{4})([/.])\s?(?P<m>\d{1,2})\2\s?(?P<d>\d{1,2})\.?|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4}))"
    r"(?P<rest>(?:[ T]\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d\d(?::?\d\d)?))?)?)$")


_WRITTEN_GMT = re.compile(r"\s*\(?(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d\d))?\)?$")
_CJK_CLOCK = re.compile(r"(?<!\d)(\d{1,2})\s*[時时点시]\s*(\d{1,2})\s*[分분]?(?!\d)")
_COMPACT = re.compile(r"^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
                      r"(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?$")
_BRACKETED_ZONE = re.compile(r"(?<=[\dZz])\[[A-Za-z_/+-]+\]$")
_GMT_AFTER_ISO = re.compile(r"^(\d{4}-\d\d-\d\d[T ][\d:.]+)\s*(?:GMT|UTC)([+-]\d\d:?\d\d)$")


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
        parsed = parser.parse(text, tzinfos=ZONE_OFFSETS)
        # dateutil fills what is missing from today; a value without a year is not a date.
        if re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", text):
            return parsed
    return None


# A numeric day with the year last and slashes or dashes ("04/05/2024 14:46:00", "05/04/2024 2:46 PM"),
# a time of day after it: 4 May or 5 April by the page (``cleaner.date.stated``), not by the value.
# Drupal writes a weekday before it and a dash before the time ("Fri, 04/12/2024 - 14:46").
_YEAR_LAST = re.compile(r"^(?:(?P<weekday>[A-Za-z]{3,9})\.?,?\s+)?(\d{1,2})([/-])(\d{1,2})\3(\d{4})"
                        r"(?P<rest>(?:,?\s*(?:-\s*)?|T)\d{1,2}:\d\d.*)?$")


def year_last(value: str | None) -> tuple[int, int, str | None] | None:
    """(first, second number, the weekday written before them) of a timestamp written with the year
    last (``_YEAR_LAST``), else None."""
    match = _YEAR_LAST.match((value or "").strip())
    return (int(match[2]), int(match[4]), match["weekday"]) if match else None


def parse_year_last(value: str, month_first: bool) -> datetime | None:
    """A ``year_last`` timestamp read with its month first or its day first; None where it is no date."""
    match = _YEAR_LAST.match(value.strip())
    if match is None:
        return None
    month, day = (match[2], match[4]) if month_first else (match[4], match[2])
    rest = (match["rest"] or "").lstrip(", -T")
    return parse_time(f"{match[5]}-{int(month):02d}-{int(day):02d}" + (f" {rest}" if rest else ""))
