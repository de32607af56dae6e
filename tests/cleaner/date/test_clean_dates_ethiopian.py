"""Ethiopian-calendar days (issue 14). Amharic and Tigrinya pages print the publication's day in the
Ethiopian calendar with its month's name ("ሚያዝያ 4 ቀን 2016 ዓ.ም", "ዓርብ ሚያዝያ 4/2016"): twelve months of
30 days and a Pagume of 5 or 6, the year seven or eight behind the Gregorian one. Such pages had no
day, or a wrong one (htmldate read "ሚያዝያ 4/2016" as 1 April 2016)."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest
from helpers import BUDGET_BODY

from cleaner.date.calendars import normalised
from cleaner.date.ethiopian import ethiopian_to_gregorian
from cleaner.extract import extract

BODY = BUDGET_BODY


@pytest.mark.parametrize(("ec", "ad"), [
    ((2016, 1, 1), date(2023, 9, 12)),  # the new year before a Gregorian leap year
    ((2017, 1, 1), date(2024, 9, 11)),
    ((2016, 8, 4), date(2024, 4, 12)),
    ((2016, 4, 28), date(2024, 1, 7)),  # Genna (Christmas) after a leap year
    ((2015, 13, 6), date(2023, 9, 11)),  # Pagume 6 of a leap year
    ((2012, 5, 11), date(2020, 1, 20)),  # Timkat
])
def test_ethiopian_days(ec: tuple[int, int, int], ad: date) -> None:
    assert ethiopian_to_gregorian(*ec) == ad


def test_no_such_ethiopian_day() -> None:
    assert ethiopian_to_gregorian(2016, 13, 6) is None  # Pagume 2016 has 5 days
    assert ethiopian_to_gregorian(2016, 8, 31) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("ሚያዝያ 4 ቀን 2016 ዓ.ም", " 2024-04-12 "),
    ("ዓርብ ሚያዝያ 4/2016", "ዓርብ  2024-04-12 "),
    ("4 ሚያዝያ 2016", " 2024-04-12 "),
    ("ታኅሣሥ 28, 2016", " 2024-01-07 "),
    # A month's name with no day and year around it, and a day that is none: as written.
    ("በሚያዝያ ወር", "በሚያዝያ ወር"),
    ("ጳጉሜን 6 2016", "ጳጉሜን 6 2016"),
])
def test_normalised(text: str, expected: str) -> None:
    assert normalised(text) == expected


@pytest.mark.parametrize(("lang", "line"), [
    ("am", "ሚያዝያ 4 ቀን 2016 ዓ.ም"),
    ("am", "ዓርብ ሚያዝያ 4/2016"),
    ("am-ET", "ሚያዝያ 4, 2016 | 14:46"),
    ("ti", "4 ሚያዝያ 2016"),
])
def test_an_ethiopian_day_on_the_page(lang: str, line: str) -> None:
    page = (f"<html lang='{lang}'><head><title>በጀት ጸደቀ</title></head><body><article>"
            f"<h1>በጀት ጸደቀ</h1><p class='meta'>{line}</p>{BODY}</article></body></html>")
    published = extract(page, url="https://www.example.com/news/budget").published_at
    assert published is not None
    assert published.astimezone(ZoneInfo("Africa/Addis_Ababa")).date() == date(2024, 4, 12)


def test_a_stated_time_stays() -> None:
    """Guard: the JSON-LD's aware time is the page's word; the Ethiopian day beside it changes nothing."""
    page = ("<html lang='am'><head><title>በጀት ጸደቀ</title><script type='application/ld+json'>"
            '{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": '
            '"2024-04-12T10:00:00+03:00"}</script></head><body><article><h1>በጀት ጸደቀ</h1>'
            f"<p class='meta'>ሚያዝያ 4/2016</p>{BODY}</article></body></html>")
    published = extract(page, url="https://www.example.com.et/news/budget").published_at
    assert published is not None and published.isoformat() == "2024-04-12T10:00:00+03:00"
