"""A time of day written with a Persian city's time ("۲۳:۴۰ به وقت تهران") (issue 14).

Persian pages write the zone as "به وقت تهران" (at Tehran's time), Afghan ones "به وقت کابل", as
Arabic pages write "بتوقيت مكة المكرمة": only the Arabic form was read, so a local time the CMS
marked +00:00 beside "۲۴ فروردین ۱۴۰۳ - ۲۳:۴۰ به وقت تهران" kept the mislabelled instant (3:30 hours
off) and a naive stated time in no known zone was noon UTC. Guards: a true UTC stamp printed in
Tehran's time stands; "وقت" in a sentence beside no clock gives no zone."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from cleaner.date.clocks import city_zone
from cleaner.extract import extract

_BODY = "دولت روز جمعه برنامه تازه‌ای برای ساخت جاده، مدرسه و بیمارستان در استان‌ها اعلام کرد. "


def _found(line: str, ld: str | None = None, head: str = "") -> datetime | None:
    script = "" if ld is None else ('<script type="application/ld+json">' + json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Headline of the story",
         "datePublished": ld}) + "</script>")
    page = (f'<html lang="fa"><head><title>Headline of the story</title>{head}{script}</head><body>'
            f'<article><h1>Headline of the story</h1><div class="meta"><span>{line}</span></div>'
            f'<p>{_BODY * 6}</p></article></body></html>')
    return extract(page, "https://www.khabar-portal.com/news/1463345").published_at


_TEHRAN, _KABUL = timezone(timedelta(hours=3, minutes=30)), timezone(timedelta(hours=4, minutes=30))


@pytest.mark.parametrize(("line", "ld", "expected"), [
    ("۲۴ فروردین ۱۴۰۳ - ۲۳:۴۰ به وقت تهران", "2024-04-12T23:40:00Z",
     datetime(2024, 4, 12, 23, 40, tzinfo=_TEHRAN)),
    ("12 April 2024 - 23:40 به وقت کابل", "2024-04-12T23:40:00+00:00",
     datetime(2024, 4, 12, 23, 40, tzinfo=_KABUL)),
])
def test_local_time_marked_utc_takes_the_persian_city_zone(line, ld, expected) -> None:
    found = _found(line, ld)
    assert found == expected and found.utcoffset() == expected.utcoffset()


def test_city_zone() -> None:
    assert str(city_zone("به وقت تهران")) == "Asia/Tehran" and str(city_zone("به وقت کابل")) == "Asia/Kabul"


@pytest.mark.parametrize(("line", "ld", "expected"), [
    # A true UTC stamp printed in Tehran's time: the stated instant stands.
    ("۲۴ فروردین ۱۴۰۳ - ۲۳:۴۰ به وقت تهران", "2024-04-12T20:10:00Z",
     datetime(2024, 4, 12, 20, 10, tzinfo=UTC)),
    # No clock beside the word: the stated instant stands.
    ("۲۴ فروردین ۱۴۰۳ - وقت خوش", "2024-04-12T23:40:00Z", datetime(2024, 4, 12, 23, 40, tzinfo=UTC)),
])
def test_guards(line: str, ld: str, expected: datetime) -> None:
    found = _found(line, ld)
    assert found == expected and found.utcoffset() == expected.utcoffset()
