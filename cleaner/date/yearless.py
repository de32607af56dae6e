"""Days written without their year beside their time: "Julkaistu 12.4. klo 14.46", "12.04. um 14:46
Uhr", "12 апреля, 14:46", "12 de abril, 14:46", "April 12, 2:46 PM", "4月12日 14:46".

Sites write the year only for older stories, so htmldate finds no day on such a page, or 1 January
from a year alone ("© 2024" in the footer). The year is then the page's (that year alone) or the
fetch's; a day after the reference (the fetch, or now) is the year before's. Only a day with a time
right after it, in a short text outside other articles' teasers and not labelled as an update or
the print edition, counts: a stamp, not a day in a sentence.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo

from cleaner.date.calendars import ASCII_DIGITS
from cleaner.date.clocks import CLOCK_TIME, DOTTED_ALONE, clock_after_day
from cleaner.date.date_places import among_teasers, holder
from cleaner.date.day_forms import MONTH_STEMS, NEXT_LABEL
from cleaner.date.page_lines import text_nodes

_LINE_CHARS = 60
_CLOCK_CHARS = 24
_CLOCK_START = 4  # "um 14:46", "at 2:46 PM", "klo 14.46" (its word is the clock's)
_MONTHS = [re.compile(f"(?:{stems})", re.IGNORECASE) for stems in MONTH_STEMS]
_MONTH = "|".join(f"(?:{stems})" for stems in MONTH_STEMS)
_NO_YEAR = r"(?!\s*[,.]?\s*(?:de\s+)?\d{4}(?!\d)|\s*\d{2}(?!\d|[:.h]\d))"
# "12.4." (day and month, a dot after each), "12. huhtikuuta", "12 апреля", "12 de abril", "April 12",
# Hungarian "április 12.", "4月12日" (no year before it).
_YEARLESS = re.compile(
    rf"(?<![\d.,/-])(?P<d1>[0-3]?\d)\.(?P<m1>[01]?\d)\.(?![\d.])"
    rf"|(?<![\d.,/-])(?P<d2>[0-3]?\d)\.?\s*(?:de\s+)?(?P<n2>(?:{_MONTH})\w*)\.?{_NO_YEAR}"
    rf"|(?<!\w)(?<!\d\s)(?<!\d\.\s)(?P<n3>(?:{_MONTH})\w*)\.?\s+(?P<d3>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])(?!\.\d)"
    r"|(?<![\d年])(?<!年\s)(?P<m4>[01]?\d)\s*月\s*(?P<d4>[0-3]?\d)\s*日", re.IGNORECASE)
# Between the day and its time: separators, a weekday's name ("április 12., péntek 14:46", "12 апреля,
# пятница, 14:46"), a word for "at".
_AFTER = re.compile(r"[\s.,|·•–—/-]*(?:[^\W\d_]{2,12}\.?[\s,|·•–—/-]+)?"
                    r"(?:(?:в|о|a\s+las|às|saat|de\s+las)\s+)?")
_Clock = tuple[int, int, int, int | None]


def yearless_time(tree, year: int | None, tz: tzinfo | None, reference: datetime | None = None,
                  ) -> datetime | None:
    """The publication time the page writes as a day without its year beside its time, in ``year``
    (else ``reference``'s, the fetch time; None where neither is known), the year before where that
    day would come after ``reference`` (else now). At the time written in the zone written with it,
    else in ``tz``; in no known zone the day at noon UTC."""
    if year is None and reference is None:
        return None
    for node in text_nodes(tree):
        if len(node) > _LINE_CHARS or not any(c.isdigit() for c in node):
            continue
        # Thai, Arabic or Devanagari digits read as ASCII ones ("๔ ธ.ค. ๑๔:๓๐ น.")
        if (found := _stamp(" ".join(node.translate(ASCII_DIGITS).split()))) is None \
                or among_teasers(holder(node)):
            continue
        (month, day), clock = found
        latest = (reference or datetime.now(UTC)).astimezone(tz or UTC)
        for candidate in (year or latest.year, (year or latest.year) - 1):
            try:
                when = datetime(candidate, month, day)
            except ValueError:
                return None
            if when.date() <= latest.date():
                break
        else:
            return None
        written = timezone(timedelta(seconds=clock[3])) if clock[3] is not None else tz
        if written is None:
            return when.replace(hour=12, tzinfo=UTC)
        return when.replace(hour=clock[0], minute=clock[1], second=clock[2], tzinfo=written)
    return None


def yearless_clock(tree, day: datetime) -> _Clock | None:
    """The time the page writes beside ``day``'s month and day without its year ("április 12., péntek
    14:46" where the address states the day), in a short text outside other articles' teasers; or
    None."""
    for node in text_nodes(tree):
        if len(node) <= _LINE_CHARS and str(day.day) in node and (
                found := _stamp(" ".join(node.translate(ASCII_DIGITS).split()))) is not None \
                and found[0] == (day.month, day.day) and not among_teasers(holder(node)):
            return found[1]
    return None


def _stamp(text: str) -> tuple[tuple[int, int], _Clock] | None:
    """((month, day), its time) of the first day without a year in ``text`` with a time right after
    it, not after an update's or print edition's label; or None."""
    for match in _YEARLESS.finditer(text):
        if NEXT_LABEL.search(text, 0, match.start()):
            return None  # "Päivitetty 13.4. klo 9.00": the update's
        if (month := _month(match)) is None or not 1 <= (day := int(match["d1"] or match["d2"] or match["d3"]
                                                                    or match["d4"])) <= 31:
            continue
        after = _AFTER.match(text, match.end()).end()
        stretch = text[after:after + _CLOCK_CHARS]
        near = (written := CLOCK_TIME.search(stretch)) is not None and written.start() <= _CLOCK_START
        if (near or DOTTED_ALONE.match(stretch)) and not re.match(r"\d{4}", stretch) and (
                clock := clock_after_day(stretch, datetime(2000, month, 1))) is not None:
            return (month, day), clock
    return None


def _month(match: re.Match[str]) -> int | None:
    if number := match["m1"] or match["m4"]:
        return int(number) if 1 <= int(number) <= 12 else None
    name = match["n2"] or match["n3"]
    return next((index for index, stems in enumerate(_MONTHS, 1) if stems.match(name)), None)
