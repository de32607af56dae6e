"""Stated timestamps written in a script's own digits (issue 14).

Some Arabic, Persian and Thai CMSs write their meta tags' and JSON-LD's times in their own digits
("١٤٤٥-١٠-٠٣T23:40:00+03:00", "۲۰۲۴-۰۴-۱۲T23:40:00+03:30", "๒๕๖๗-๐๔-๑๒T23:40:00+07:00"): parse_time
read none of them, so a page that writes no day in its text had no date. The digits are read as
ASCII ones (then the local calendar's year as its Gregorian day). Guards: ASCII stamps as before, a
text of no date stays none."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from cleaner.date.timestamps import parse_time
from cleaner.extract import extract

_BODY = {
    "ar": "أعلنت الحكومة يوم الجمعة عن خطة جديدة لتمويل الطرق والمدارس والمستشفيات في جميع المناطق. ",
    "fa": "دولت روز جمعه برنامه تازه‌ای برای ساخت جاده، مدرسه و بیمارستان در استان‌ها اعلام کرد. ",
    "th": "รัฐบาลประกาศแผนงบประมาณใหม่สำหรับถนน โรงเรียน และโรงพยาบาลในทุกจังหวัดเมื่อวันศุกร์ ",
}


def _found(lang: str, head: str = "", ld: str | None = None) -> datetime | None:
    script = "" if ld is None else ('<script type="application/ld+json">' + json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Headline of the story",
         "datePublished": ld}, ensure_ascii=False) + "</script>")
    page = (f'<html lang="{lang}"><head><title>Headline of the story</title>{head}{script}</head><body>'
            f'<article><h1>Headline of the story</h1><p>{_BODY[lang] * 6}</p></article></body></html>')
    return extract(page, "https://www.news-portal.com/news/1463345").published_at


def _at(hours: int, minutes: int = 0) -> timezone:
    return timezone(timedelta(hours=hours, minutes=minutes))


@pytest.mark.parametrize(("lang", "head", "ld", "expected"), [
    ("ar", '<meta property="article:published_time" content="١٤٤٥-١٠-٠٣T23:40:00+03:00">', None,
     datetime(2024, 4, 12, 23, 40, tzinfo=_at(3))),
    ("fa", "", "۲۰۲۴-۰۴-۱۲T23:40:00+03:30", datetime(2024, 4, 12, 23, 40, tzinfo=_at(3, 30))),
    ("th", '<meta property="article:published_time" content="๒๕๖๗-๐๔-๑๒T23:40:00+07:00">', None,
     datetime(2024, 4, 12, 23, 40, tzinfo=_at(7))),
])
def test_stamp_in_native_digits_is_read(lang, head, ld, expected) -> None:
    found = _found(lang, head, ld)
    assert found == expected and found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("value", "expected"), [
    ("٢٠٢٤-٠٤-١٢ ٢٣:٤٠", datetime(2024, 4, 12, 23, 40)),
    ("2024-04-12T23:40:00+03:00", datetime(2024, 4, 12, 23, 40, tzinfo=_at(3))),  # as before
    ("منذ ساعة", None),  # no date: none, as before
])
def test_parse_time(value: str, expected: datetime | None) -> None:
    assert parse_time(value) == expected
