"""Stated timestamps whose year is a local calendar's (issue 14): Thai Buddhist, Solar Hijri, Bikram Sambat.

Some Thai, Iranian and Nepali CMSs state the publication in their meta tags or JSON-LD in the local
calendar ("2567-04-12T23:40:00+07:00", "1403/01/24 23:40", "2081-01-30T18:45:00+05:45"): such a time
was dropped as implausible (before 1990, or in the future), and a page that writes no day in its
text had none. It is read as its Gregorian day, time and offset kept. Guards: Gregorian stamps stay
as they are; a year of no such calendar's range (1900, 2200) is still no date."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from cleaner.date.calendars import gregorian_stamp
from cleaner.extract import extract

_BODY = {
    "th": "รัฐบาลประกาศแผนงบประมาณใหม่สำหรับถนน โรงเรียน และโรงพยาบาลในทุกจังหวัดเมื่อวันศุกร์ ",
    "fa": "دولت روز جمعه برنامه تازه‌ای برای ساخت جاده، مدرسه و بیمارستان در استان‌ها اعلام کرد. ",
    "ne": "सरकारले शुक्रबार सडक, विद्यालय र अस्पतालका लागि नयाँ बजेट योजना सार्वजनिक गरेको छ। ",
    "en": "The council voted on Friday to fund new roads, schools and hospitals in the region. ",
}


def _found(lang: str, head: str = "", ld: str | None = None) -> datetime | None:
    script = "" if ld is None else ('<script type="application/ld+json">' + json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Headline of the story",
         "datePublished": ld}) + "</script>")
    page = (f'<html lang="{lang}"><head><title>Headline of the story</title>{head}{script}</head><body>'
            f'<article><h1>Headline of the story</h1><p>{_BODY[lang] * 6}</p></article></body></html>')
    return extract(page, "https://www.news-portal.com/news/1463345").published_at


def _at(hours: int, minutes: int = 0) -> timezone:
    return timezone(timedelta(hours=hours, minutes=minutes))


@pytest.mark.parametrize(("lang", "head", "ld", "expected"), [
    ("th", '<meta property="article:published_time" content="2567-04-12T23:40:00+07:00">', None,
     datetime(2024, 4, 12, 23, 40, tzinfo=_at(7))),
    ("fa", "", "1403-01-24T23:40:00+03:30", datetime(2024, 4, 12, 23, 40, tzinfo=_at(3, 30))),
    ("fa", '<meta property="article:published_time" content="1403/01/24 23:40">', None,
     datetime(2024, 4, 12, 23, 40, tzinfo=_at(3, 30))),
    ("ne", "", "2081-01-30T18:45:00+05:45", datetime(2024, 5, 12, 18, 45, tzinfo=_at(5, 45))),
    ("ne", '<meta property="article:published_time" content="2081-01-30T18:45:00+05:45">', None,
     datetime(2024, 5, 12, 18, 45, tzinfo=_at(5, 45))),
])
def test_stated_local_calendar_stamp_is_its_gregorian_day(lang, head, ld, expected) -> None:
    found = _found(lang, head, ld)
    assert found == expected and found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("value", "expected"), [
    (datetime(2567, 2, 28, 8), datetime(2024, 2, 28, 8)),
    (datetime(1402, 12, 29), datetime(2024, 3, 19)),  # the Solar Hijri year's last day
    (datetime(2080, 12, 30), datetime(2024, 4, 12)),  # Chaitra 30, 2080
    (datetime(2024, 4, 12, 23, 40), datetime(2024, 4, 12, 23, 40)),  # Gregorian: as it is
    (datetime(1900, 1, 1), datetime(1900, 1, 1)),
    (datetime(2200, 1, 1), datetime(2200, 1, 1)),
])
def test_gregorian_stamp(value: datetime, expected: datetime) -> None:
    assert gregorian_stamp(value) == expected


@pytest.mark.parametrize("stamp", ["1900-04-12T23:40:00+03:00", "2200-04-12T23:40:00+03:00"])
def test_a_year_of_no_calendar_is_no_date(stamp: str) -> None:
    assert _found("en", f'<meta property="article:published_time" content="{stamp}">') is None
