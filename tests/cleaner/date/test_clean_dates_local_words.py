"""Days and times written in local words htmldate and the date readers did not know (issue 14):
Swahili clock hours, counted from six in the morning and the evening with the part of the day after
them ("saa 3 asubuhi" is 09:00, "saa 2 usiku" 20:00, "saa 8 usiku" 02:00; a bare "saa 2" stayed
unread and "saa 9:30 usiku" was read as 09:30); the Maghreb's month names, from the French ("12
أفريل 2024", "13 جوان", "15 أوت", Morocco's "غشت"); Turkish "Güncellenme" as an update's label; a
URL's day in eight digits ("/news/20240412/")."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.date.clocks import clock_time
from cleaner.extract import extract

URL = "https://www.example.com/news/council-votes-on-budget"
EAT = timezone(timedelta(hours=3))


def _page(byline: str, lang: str, head: str = "") -> str:
    return (f"<html lang='{lang}'><head><title>Council votes on budget</title>{head}</head><body><article>"
            f"<h1>Council votes on budget</h1>{byline}{BUDGET_BODY}</article></body></html>")


@pytest.mark.parametrize(("text", "expected"), [
    ("saa 3 asubuhi", (9, 0)), ("saa 12 asubuhi", (6, 0)), ("saa 11 alfajiri", (5, 0)),
    ("saa 6 mchana", (12, 0)), ("saa 7 mchana", (13, 0)), ("saa 4 mchana", (10, 0)),
    ("saa 10 jioni", (16, 0)), ("saa 1 jioni", (19, 0)),
    ("saa 2 usiku", (20, 0)), ("saa 9:30 usiku", (3, 30)), ("Saa 5 usiku", (23, 0)), ("saa 6 usiku", (0, 0)),
])
def test_swahili_hours(text: str, expected: tuple[int, int]) -> None:
    assert clock_time(f"Aprili 12, 2024 {text}", datetime(2024, 4, 12))[:2] == expected


@pytest.mark.parametrize("text", ["saa 14:30", "14:30", "Dar es Salaam 14:30"])
def test_other_clocks_stay(text: str) -> None:
    # Guards: a 24-hour clock after "saa" and without it.
    assert clock_time(text, datetime(2024, 4, 12))[:2] == (14, 30)


@pytest.mark.parametrize(("written", "expected"), [
    ("saa 2 usiku", datetime(2024, 4, 12, 20, 0, tzinfo=EAT)),
    ("saa 9:30 usiku", datetime(2024, 4, 12, 3, 30, tzinfo=EAT)),
    ("saa 3 asubuhi", datetime(2024, 4, 12, 9, 0, tzinfo=EAT)),
])
def test_a_swahili_time_beside_the_stated_day(written: str, expected: datetime) -> None:
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"headline": "Council votes on budget", "datePublished": "2024-04-12"}</script>')
    published = extract(_page(f"<p>Ijumaa, Aprili 12, 2024 {written}</p>", "sw", head), url=URL).published_at
    assert published == expected and published.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("byline", "expected"), [
    ("<p>الخميس 12 أفريل 2024</p>", date(2024, 4, 12)),
    ("<p>الخميس 13 جوان 2024 - 14:30</p>", date(2024, 6, 13)),
    ("<p>نشر في 11 جويلية 2024</p>", date(2024, 7, 11)),
    ("<p>الخميس 15 أوت 2024</p>", date(2024, 8, 15)),
    ("<p>الجمعة 16 غشت 2024</p>", date(2024, 8, 16)),
    ("<p>الأحد 12 ماي 2024</p>", date(2024, 5, 12)),
    # Guards: the Egyptian and the Levantine names.
    ("<p>12 أبريل 2024</p>", date(2024, 4, 12)),
    ("<p>12 نيسان 2024</p>", date(2024, 4, 12)),
])
def test_maghreb_months(byline: str, expected: date) -> None:
    published = extract(_page(byline, "ar"), url=URL).published_at
    assert published is not None and published.date() == expected


def test_turkish_guncellenme_is_an_update() -> None:
    byline = "<p>Güncellenme: 13 Nisan 2024 09:00 Giriş: 12 Nisan 2024 14:30</p>"
    published = extract(_page(byline, "tr"), url=URL).published_at
    assert published is not None and published.date() == date(2024, 4, 12)


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.example.com/news/20240412/council-votes", date(2024, 4, 12)),
    ("https://www.example.com/politics/20240305-council-votes.html", date(2024, 3, 5)),
    # Guards: no day of the calendar; a number longer than a day; a day with separators.
    ("https://www.example.com/news/20241312/council-votes", None),
    ("https://www.example.com/news/202404121/council-votes", None),
    ("https://www.example.com/2024/04/12/council-votes", date(2024, 4, 12)),
])
def test_a_url_s_day_in_eight_digits(url: str, expected: date | None) -> None:
    published = extract(_page("<p>By Jane Doe</p>", "en"), url=url).published_at
    assert (published.date() if published is not None else None) == expected
