"""A stated publication time without an offset on a page of no known zone (issue 14): its day only.

Where neither the registry, nor the page's domain, language, locale or geo.region, nor any offset
or zone the page writes says where a naive stated time ("datePublished": "2024-04-12T23:40:00") was
written, its wall-clock time read at +00:00 was a shifted offset wherever the page was not in UTC
(and the next day at +03:00 for a 23:40, the day before in the Americas for a 01:10). It is noon
UTC on its day, as a day found in the text is: that day from UTC-11 to UTC+11. Guards: the same
time where the page's country or its other stated times give the zone keeps its wall clock."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from cleaner.date.dates import zone
from cleaner.extract import extract

_BODY = {
    "ar": "أعلنت الحكومة اليوم عن خطة جديدة لتطوير الطرق والمدارس والمستشفيات في المحافظات. ",
    "en": "The council voted on Friday to fund new roads, schools and hospitals in the region. ",
    "es": "El concejo aprobó el viernes un plan para financiar caminos, escuelas y hospitales. ",
    "fr": "Le conseil a voté vendredi un plan pour financer des routes, des écoles et des hôpitaux. ",
    "tr": "Meclis cuma günü yollar, okullar ve hastaneler için yeni bir bütçe planını onayladı. ",
}


def _page(lang: str, published: str, head: str = "", modified: str | None = None) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council backs the plan",
          "datePublished": published}
    if modified:
        ld["dateModified"] = modified
    return (f'<html lang="{lang}"><head><title>Council backs the plan</title>{head}'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body><article>'
            f'<h1>Council backs the plan</h1><p>{_BODY[lang] * 6}</p></article></body></html>')


@pytest.mark.parametrize(("lang", "head", "published", "day"), [
    ("ar", '<meta property="og:locale" content="ar_AR">', "2024-04-12T23:40:00", 12),  # 02:40 at +03:00
    ("ar", "", "2024-04-13T01:10:00", 13),
    # 21:10 the day before at -04:00
    ("en", '<meta property="og:locale" content="en_US">', "2024-04-12T01:10:00", 12),
    ("es", "", "2024-04-12T23:40:00", 12),
    ("fr", "", "2024-04-12T06:30:00", 12),
])
def test_stated_naive_time_in_no_known_zone_is_its_day_at_noon_utc(lang, head, published, day) -> None:
    found = extract(_page(lang, published, head), "https://www.news-portal.com/story/123").published_at
    assert found == datetime(2024, 4, day, 12, 0, tzinfo=UTC)


def test_a_naive_meta_time_in_no_known_zone_too() -> None:
    page = _page("ar", "", '<meta property="article:published_time" content="2024-04-12 23:40:00">')
    page = page.replace('"datePublished": "", ', "")
    assert extract(page, "https://www.news-portal.com/story/123").published_at == \
        datetime(2024, 4, 12, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("lang", "url", "head", "tz"), [
    # The country's zone by its domain, its language, its og:locale: the wall clock kept.
    ("tr", "https://www.news-portal.com/story/1", "", zone("Europe/Istanbul")),
    ("ar", "https://www.news-portal.com/story/1", '<meta property="og:locale" content="ar_EG">',
     zone("Africa/Cairo")),
    ("es", "https://www.diario.com.ar/nota/1", "", zone("America/Argentina/Buenos_Aires")),
    ("en", "https://www.news-portal.com/story/1", '<meta name="geo.region" content="IN-DL">',
     zone("Asia/Kolkata")),
])
def test_naive_time_in_a_known_zone_keeps_its_wall_clock(lang, url, head, tz) -> None:
    found = extract(_page(lang, "2024-04-12T23:40:00", head), url).published_at
    assert found == datetime(2024, 4, 12, 23, 40, tzinfo=tz)


def test_naive_time_beside_stated_utc_stamps_stays_utc() -> None:
    # The page's other stated time is in UTC: its naive one is too (its instant kept).
    found = extract(_page("en", "2024-04-12T23:40:00", modified="2024-04-13T01:00:00Z"),
                    "https://www.news-portal.com/story/1").published_at
    assert found == datetime(2024, 4, 12, 23, 40, tzinfo=UTC)


def test_naive_time_that_another_stated_time_gives_in_utc_keeps_its_instant() -> None:
    head = '<meta property="article:published_time" content="2024-04-13T01:40:00+02:00">'
    found = extract(_page("en", "2024-04-12T23:40:00", head), "https://www.news-portal.com/story/1").published_at
    assert found == datetime(2024, 4, 13, 1, 40, tzinfo=timezone(timedelta(hours=2)))
