"""A day written twice on its line, in two calendars, with its time after both (issue 14).

Nepali pages print the Bikram Sambat day beside the Gregorian one ("आइतबार, वैशाख ३०, २०८१ / May 12,
2024 । 21:15"), Iranian ones the Solar Hijri day beside the Lunar Hijri one ("جمعه ۲۴ فروردین ۱۴۰۳ - ۳
شوال ۱۴۴۵ - ۲۳:۴۰"): both are read as the same Gregorian day, and the second ended the first's
stretch of the line, so the time after it was lost (noon). The same day written again no longer
ends it. Guards: an update's day after the publication's keeps its time ("Published 12.04.2024 |
Updated 12.04.2024 18:00": noon), a time before the first day, another day between them."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from cleaner.extract import extract

_BODY = {
    "ne": "सरकारले शुक्रबार सडक, विद्यालय र अस्पतालका लागि नयाँ बजेट योजना सार्वजनिक गरेको छ। ",
    "fa": "دولت روز جمعه برنامه تازه‌ای برای ساخت جاده، مدرسه و بیمارستان در استان‌ها اعلام کرد. ",
    "de": "Der Stadtrat hat am Freitag einen neuen Plan für Straßen, Schulen und Kliniken beschlossen. ",
}
_URLS = {"ne": "https://www.khabar-portal.com/news/1463345",
         "fa": "https://www.khabar-portal.com/news/1463345",
         "de": "https://www.zeitung-portal.de/artikel/1463345"}


def _found(lang: str, line: str) -> datetime | None:
    page = (f'<html lang="{lang}"><head><title>Headline of the story</title></head><body><article>'
            f'<h1>Headline of the story</h1><div class="meta"><span>{line}</span></div>'
            f'<p>{_BODY[lang] * 6}</p></article></body></html>')
    return extract(page, _URLS[lang]).published_at


NEPAL, TEHRAN, BERLIN = (timezone(timedelta(hours=h, minutes=m)) for h, m in ((5, 45), (3, 30), (2, 0)))


@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("ne", "आइतबार, वैशाख ३०, २०८१ / May 12, 2024 । 21:15", datetime(2024, 5, 12, 21, 15, tzinfo=NEPAL)),
    ("ne", "२०८१ वैशाख ३० गते / 12 May 2024, 06:05", datetime(2024, 5, 12, 6, 5, tzinfo=NEPAL)),
    ("fa", "جمعه ۲۴ فروردین ۱۴۰۳ - ۳ شوال ۱۴۴۵ - ۲۳:۴۰", datetime(2024, 4, 12, 23, 40, tzinfo=TEHRAN)),
    ("fa", "12 April 2024 - ۲۴ فروردین ۱۴۰۳ - ۲۳:۴۰", datetime(2024, 4, 12, 23, 40, tzinfo=TEHRAN)),
])
def test_time_after_the_same_day_in_two_calendars(lang: str, line: str, expected: datetime) -> None:
    found = _found(lang, line)
    assert found == expected and found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("line", "expected"), [
    ("Veröffentlicht 12.04.2024 | Aktualisiert 12.04.2024 18:00",
     datetime(2024, 4, 12, 12, 0, tzinfo=BERLIN)),
    ("09:30, 12.04.2024 / 12. April 2024", datetime(2024, 4, 12, 9, 30, tzinfo=BERLIN)),
    ("12.04.2024 / 13.04.2024 18:00", datetime(2024, 4, 12, 12, 0, tzinfo=BERLIN)),
])
def test_guards(line: str, expected: datetime) -> None:
    assert _found("de", line) == expected
