"""Nepali Bikram Sambat days and Taiwan's Republic of China years (issue 14). Nepali sites write the
day with its month's name in Devanagari ("बैशाख ३०, २०८१", "२०८१ वैशाख ३० गते"); the months' lengths
change from year to year, so the Gregorian day comes from a table. Taiwanese pages write "民國113年4
月12日", "113年4月12日" or "113/04/12" (the year counted from 1911). Such pages had no day, or a wrong
one."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from helpers import BUDGET_BODY

from cleaner.date.calendars import bikram_sambat_to_gregorian, normalised
from cleaner.extract import extract

BODY = BUDGET_BODY


@pytest.mark.parametrize(("bs", "ad"), [
    ((2081, 1, 1), date(2024, 4, 13)),  # the Nepali new year
    ((2080, 12, 30), date(2024, 4, 12)),
    ((2081, 10, 1), date(2025, 1, 14)),  # Maghe Sankranti
    ((2052, 1, 1), date(1995, 4, 14)),
])
def test_bikram_sambat_days(bs: tuple[int, int, int], ad: date) -> None:
    assert bikram_sambat_to_gregorian(*bs) == ad


def test_no_such_bikram_sambat_day() -> None:
    assert bikram_sambat_to_gregorian(2081, 1, 32) is None  # Baisakh 2081 has 31 days
    assert bikram_sambat_to_gregorian(2030, 1, 1) is None  # outside the table


@pytest.mark.parametrize(("text", "expected"), [
    ("बैशाख ३०, २०८१", "2024-05-12"),
    ("२०८१ वैशाख ३० गते", "2024-05-12 गते"),
    ("३० बैशाख २०८१ शुक्रबार", "2024-05-12 शुक्रबार"),
    ("चैत्र १५, २०८०", "2024-03-28"),
    ("माघ 5, 2081", "2025-01-18"),
    ("民國113年4月12日", "2024年4月12日"),
    # A month's name with no day and year around it: as written ("भदौ मा" is "in Bhadau").
    ("भदौ मा", "भदौ मा"),
])
def test_normalised(text: str, expected: str) -> None:
    assert normalised(text) == expected


@pytest.mark.parametrize("line", ["बैशाख ३०, २०८१ १४:४६", "२०८१ वैशाख ३० गते आइतबार", "बैशाख ३०, २०८१"])
def test_a_nepali_day_on_the_page(line: str) -> None:
    page = ("<html lang='ne'><head><title>बजेट पारित</title></head><body><article>"
            f"<h1>बजेट पारित</h1><p class='meta'>{line}</p>{BODY}</article></body></html>")
    published = extract(page, url="https://www.example.com/news/budget").published_at
    assert published is not None
    assert published.astimezone(ZoneInfo("Asia/Kathmandu")).date() == date(2024, 5, 12)


@pytest.mark.parametrize(("lang", "url", "line"), [
    ("zh-Hant-TW", "https://news.example.com/a/1", "民國113年4月12日 14:46"),
    ("zh-TW", "https://news.example.com/a/1", "發布日期：113/04/12 14:46"),
    ("zh-TW", "https://news.example.com/a/1", "113年4月12日 下午2:46"),
    (None, "https://www.example.gov.tw/News_Content.aspx?n=1", "113-04-12 14:46"),
])
def test_a_republic_of_china_year_on_the_page(lang: str | None, url: str, line: str) -> None:
    html_lang = f" lang='{lang}'" if lang else ""
    page = (f"<html{html_lang}><head><title>議會通過預算</title></head><body><article>"
            f"<h1>議會通過預算</h1><p class='meta'>{line}</p>{BODY}</article></body></html>")
    published = extract(page, url=url).published_at
    assert published is not None
    assert published.astimezone(ZoneInfo("Asia/Taipei")).date() == date(2024, 4, 12)


def test_three_digits_on_a_page_in_another_language_are_no_year() -> None:
    page = ("<html lang='en'><head><title>Scores</title></head><body><article><h1>Scores</h1>"
            f"<p class='meta'>April 12, 2024</p><p>The score was 113/04/12 in the final.</p>{BODY}"
            "</article></body></html>")
    published = extract(page, url="https://news.example.com/a/1").published_at
    assert published is not None and published.date() == datetime(2024, 4, 12).date()
