"""Solar Hijri months written with the Arabic yeh ("ي") instead of the Persian one ("ی"), as some
Iranian sites' older CMSs still write them ("۲۴ فروردين ۱۴۰۳", "۲۴ دي ۱۴۰۲") (issue 14): the same
months (cleaner.date.calendars), not a page without a date."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract

TEHRAN = timezone(timedelta(hours=3, minutes=30))


def _published(line: str, url: str = "https://www.example.ir/news/1") -> datetime | None:
    page = (f"<html lang='fa'><head><title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1><p class='meta'>{line}</p>{BUDGET_BODY}"
            "</article></body></html>")
    return extract(page, url=url).published_at


@pytest.mark.parametrize(("line", "expected"), [
    ("۲۴ فروردين ۱۴۰۳ - ۱۴:۴۶", datetime(2024, 4, 12, 14, 46, tzinfo=TEHRAN)),
    ("۲۴ ارديبهشت ۱۴۰۳ - ۱۴:۴۶", datetime(2024, 5, 13, 14, 46, tzinfo=TEHRAN)),
    ("۲۴ شهريور ۱۴۰۳ ساعت ۱۴:۴۶", datetime(2024, 9, 14, 14, 46, tzinfo=TEHRAN)),
    ("۲۴ دي ۱۴۰۲ - ۱۴:۴۶", datetime(2024, 1, 14, 14, 46, tzinfo=TEHRAN)),
    ("۲۴ تير ۱۴۰۳ - ۱۴:۴۶", datetime(2024, 7, 14, 14, 46, tzinfo=TEHRAN)),
    # guards: the Persian yeh, a month without one
    ("۲۴ فروردین ۱۴۰۳ - ۱۴:۴۶", datetime(2024, 4, 12, 14, 46, tzinfo=TEHRAN)),
    ("۲۴ خرداد ۱۴۰۳ - ۱۴:۴۶", datetime(2024, 6, 13, 14, 46, tzinfo=TEHRAN)),
])
def test_the_arabic_yeh_in_a_month_name(line: str, expected: datetime) -> None:
    assert _published(line) == expected
