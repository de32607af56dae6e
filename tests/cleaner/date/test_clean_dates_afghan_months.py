"""Afghanistan's names of the Solar Hijri months (issue 14): Dari, after the zodiac ("۲۴ حمل ۱۴۰۳"
is 12 April 2024), and Pashto ("۲۴ وری ۱۴۰۳"), in Persian or Arabic letters. Afghan sites write
their days so; such pages had no day at all."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from helpers import BUDGET_BODY

from cleaner.date.calendars import normalised
from cleaner.extract import extract

BODY = BUDGET_BODY


@pytest.mark.parametrize(("text", "expected"), [
    ("۲۴ حمل ۱۴۰۳", "2024-04-12"),
    ("۱ جدی ۱۴۰۲", "2023-12-22"),
    ("5 سنبلة 1403", "2024-08-26"),
    ("۲۴ وری ۱۴۰۳", "2024-04-12"),
    # A name that is also a word, with no day and year around it: as written.
    ("بشار الاسد 1403", "بشار الاسد 1403"),
])
def test_afghan_month_names(text: str, expected: str) -> None:
    assert normalised(text) == expected


@pytest.mark.parametrize("line", ["۲۴ حمل ۱۴۰۳ - ۱۴:۴۶", "جمعه ۲۴ حمل ۱۴۰۳ ساعت ۱۴:۴۶"])
def test_an_afghan_day_on_the_page(line: str) -> None:
    page = ("<html lang='fa-AF'><head><title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1><p class='meta'>{line}</p>{BODY}</article></body></html>")
    published = extract(page, url="https://www.example.af/news/council-votes").published_at
    assert published is not None and published.date() == datetime(2024, 4, 12).date()
    assert published.utcoffset() == datetime(2024, 4, 12, tzinfo=ZoneInfo("Asia/Kabul")).utcoffset()
