"""A stated publication time marked UTC that is the page's local time (issue 14): a CMS that writes its
local wall clock with a "Z" ("2024-04-12T23:46:00Z") on a page that prints the same time beside the
same day with no zone ("2024年4月12日 23:46" on a Japanese page, "12.04.2024, 23:46 Uhr" on a German
one). Readers are shown the local time, so the instant is that wall clock in the page's zone (the
source's, else its country's, else the offset another stated time gives that wall clock); read as
UTC it was the next day in Tokyo. Where the page prints the instant's local time, a time with its
zone, an update's time or nothing, the stated instant stays (guards)
(cleaner.date.publication.local_marked_utc)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract

Z_TIME = "2024-04-12T23:46:00Z"
INSTANT = datetime(2024, 4, 12, 23, 46, tzinfo=UTC)


def _ld(published: str) -> str:
    return ('<script type="application/ld+json">' + json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council votes on budget",
        "datePublished": published}) + "</script>")


def _meta(prop: str, value: str) -> str:
    return f'<meta property="{prop}" content="{value}">'


def _published(lang: str, line: str, head: str, url: str, tz: str | None = None) -> datetime | None:
    page = (f"<html lang='{lang}'><head><title>Council votes on budget</title>{head}</head><body><article>"
            f"<h1>Council votes on budget</h1><p class='meta'>{line}</p>{BUDGET_BODY}"
            "</article></body></html>")
    return extract(page, url=url, timezone=tz).published_at


@pytest.mark.parametrize(("lang", "line", "head", "url", "tz", "zone"), [
    ("ja", "2024年4月12日 23:46", _ld(Z_TIME), "https://www.example.co.jp/news/1", None, "Asia/Tokyo"),
    ("ja", "2024年4月12日 23:46", _meta("article:published_time", Z_TIME), "https://www.example.co.jp/news/1",
     None, "Asia/Tokyo"),
    ("de", "12.04.2024, 23:46 Uhr", _meta("article:published_time", Z_TIME), "https://www.example.de/a/1",
     None, "Europe/Berlin"),
    ("en", "April 12, 2024 11:46 PM", _ld("2024-04-12T23:46:00+00:00"), "https://www.example.com/a/1",
     "Asia/Kolkata", "Asia/Kolkata"),
    # the day printed in a Buddhist year, in the Solar Hijri calendar
    ("th", "12 เม.ย. 2567 23:46 น.", _ld(Z_TIME), "https://www.example.co.th/news/1", None, "Asia/Bangkok"),
    ("fa", "۲۴ فروردین ۱۴۰۳ - ۲۳:۴۶", _ld(Z_TIME), "https://www.example.ir/news/1", None, "Asia/Tehran"),
])
def test_local_time_marked_utc_is_local(lang: str, line: str, head: str, url: str, tz: str | None,
                                        zone: str) -> None:
    assert _published(lang, line, head, url, tz) == datetime(2024, 4, 12, 23, 46, tzinfo=ZoneInfo(zone))


def test_the_zone_another_stated_time_gives_that_wall_clock() -> None:
    head = _ld(Z_TIME) + _meta("article:published_time", "2024-04-12T23:46:00+09:00")
    published = _published("en", "April 12, 2024 11:46 PM", head, "https://www.example.com/a/1")
    assert published == datetime(2024, 4, 12, 23, 46, tzinfo=timezone(timedelta(hours=9)))


@pytest.mark.parametrize(("lang", "line", "url"), [
    ("de", "13.04.2024, 01:46 Uhr", "https://www.example.de/a/1"),  # the instant's local time
    ("de", "", "https://www.example.de/a/1"),  # nothing printed
    ("de", "12.04.2024, 23:46 UTC", "https://www.example.de/a/1"),  # printed with its zone
    ("de", "12.04.2024, 22:10 Uhr", "https://www.example.de/a/1"),  # another time
    ("de", "Aktualisiert: 12.04.2024, 23:46 Uhr", "https://www.example.de/a/1"),  # an update's
    ("is", "12. apríl 2024 23:46", "https://www.example.is/a/1"),  # the zone is UTC
    ("ja", "2024年4月13日 8:46", "https://www.example.co.jp/news/1"),
    ("th", "13 เม.ย. 2567 06:46 น.", "https://www.example.co.th/news/1"),
])
def test_the_stated_instant_stays(lang: str, line: str, url: str) -> None:
    assert _published(lang, line, _meta("article:published_time", Z_TIME), url) == INSTANT
