"""Stated timestamps in the Lunar Hijri calendar (issue 14).

Some Saudi and Gulf CMSs state the publication in their meta tags or JSON-LD as the Umm al-Qura day
("1445-10-03T23:40:00+03:00", "1445/10/03"): dropped as implausible (before 1990), a page that
writes no day in its text had no date. A year of 1410-1470 is read as the Lunar Hijri day (no
Gregorian year of the news, no Solar Hijri one: those are 1373-1405), time and offset kept.
Guards: Gregorian and Solar Hijri stamps stay as they are; a year outside every range is no date."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from cleaner.date.calendars import gregorian_stamp
from cleaner.extract import extract

_BODY = {
    "ar": "أعلنت الحكومة يوم الجمعة عن خطة جديدة لتمويل الطرق والمدارس والمستشفيات في جميع المناطق. ",
    "fa": "دولت روز جمعه برنامه تازه‌ای برای ساخت جاده، مدرسه و بیمارستان در استان‌ها اعلام کرد. ",
    "en": "The council voted on Friday to fund new roads, schools and hospitals in the region. ",
}
_RIYADH, _DUBAI = timezone(timedelta(hours=3)), timezone(timedelta(hours=4))


def _found(lang: str, head: str = "", ld: str | None = None, locale: str = "") -> datetime | None:
    script = "" if ld is None else ('<script type="application/ld+json">' + json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Headline of the story",
         "datePublished": ld}) + "</script>")
    meta = f'<meta property="og:locale" content="{locale}">' if locale else ""
    page = (f'<html lang="{lang}"><head><title>Headline of the story</title>{meta}{head}{script}</head>'
            f'<body><article><h1>Headline of the story</h1><p>{_BODY[lang] * 6}</p></article></body></html>')
    return extract(page, "https://www.akhbar-portal.com/news/1463345").published_at


@pytest.mark.parametrize(("head", "ld", "locale", "expected"), [
    ('<meta property="article:published_time" content="1445-10-03T23:40:00+03:00">', None, "",
     datetime(2024, 4, 12, 23, 40, tzinfo=_RIYADH)),
    ("", "1445-10-03 23:40:00", "ar_SA", datetime(2024, 4, 12, 23, 40, tzinfo=_RIYADH)),
    ("", "1445-09-01", "ar_AE", datetime(2024, 3, 11, 12, tzinfo=_DUBAI)),  # a day alone: noon
    ('<meta name="pubdate" content="1445/10/03">', None, "ar_SA", datetime(2024, 4, 12, 12, tzinfo=_RIYADH)),
])
def test_stated_lunar_hijri_stamp_is_its_gregorian_day(head, ld, locale, expected) -> None:
    found = _found("ar", head, ld, locale)
    assert found == expected and found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("value", "expected"), [
    (datetime(1445, 9, 1, 8, 30), datetime(2024, 3, 11, 8, 30)),  # 1 Ramadan 1445
    (datetime(1446, 1, 1, tzinfo=UTC), datetime(2024, 7, 7, tzinfo=UTC)),  # 1 Muharram 1446
    (datetime(1403, 1, 24), datetime(2024, 4, 12)),  # Solar Hijri: its own calendar's
    (datetime(2024, 4, 12, 23, 40), datetime(2024, 4, 12, 23, 40)),  # Gregorian: as it is
    (datetime(1408, 1, 1), datetime(1408, 1, 1)),  # no calendar's year of the news
    (datetime(1480, 1, 1), datetime(1480, 1, 1)),
])
def test_gregorian_stamp_of_lunar_hijri_years(value: datetime, expected: datetime) -> None:
    assert gregorian_stamp(value) == expected


@pytest.mark.parametrize(("lang", "stamp", "expected"), [
    ("en", "1480-04-12T23:40:00+03:00", None),  # no calendar's year: still no date
    ("fa", "1403-01-24T23:40:00+03:30", datetime(2024, 4, 12, 20, 10, tzinfo=UTC)),  # Solar Hijri
])
def test_guards(lang: str, stamp: str, expected: datetime | None) -> None:
    assert _found(lang, f'<meta property="article:published_time" content="{stamp}">') == expected
