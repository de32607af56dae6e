"""Urdu month names and Thai days without their year (issue 14).

Urdu pages write "۱۲ اپریل ۲۰۲۴" beside other words (a Hijri day, an update's day, "شام" for the
evening): htmldate read the Urdu month only on a line of its own (cleaner.date.calendars, day_forms,
clocks). Thai pages write recent days without their year ("4 ธ.ค. 14:30 น."): the year is the page's
or the fetch's, never one that puts the day after the fetch (cleaner.date.yearless). A Bangladeshi
page's Bengali-calendar day beside the Gregorian one is never read for it (guards).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract

KARACHI = timezone(timedelta(hours=5))
BANGKOK = timezone(timedelta(hours=7))
DHAKA = timezone(timedelta(hours=6))
FOOTER = "<footer><p>© 2024 Example Media</p></footer>"


def _published(lang: str, line: str, url: str, footer: str = FOOTER,
               fetched: datetime | None = None) -> datetime | None:
    page = (f"<html lang='{lang}'><head><title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1><p class='meta'>{line}</p>{BUDGET_BODY}"
            f"</article>{footer}</body></html>")
    return extract(page, url=url, fetched_at=fetched).published_at


@pytest.mark.parametrize(("line", "expected"), [
    ("شائع 12 اپریل 2024 10:00 | اپ ڈیٹ 13 اپریل 2024 14:46", datetime(2024, 4, 12, 10, 0, tzinfo=KARACHI)),
    ("اپ ڈیٹ 13 اپریل 2024 14:46 | شائع 12 اپریل 2024 10:00", datetime(2024, 4, 12, 10, 0, tzinfo=KARACHI)),
    ("جمعہ 4 ربیع الثانی 1446ھ، 4 اکتوبر 2024", datetime(2024, 10, 4, 12, 0, tzinfo=KARACHI)),
    ("4 اکتوبر 2024 | 1 ربیع الثانی 1446", datetime(2024, 10, 4, 12, 0, tzinfo=KARACHI)),
    ("12 اپریل، 14:46", datetime(2024, 4, 12, 14, 46, tzinfo=KARACHI)),
    ("۱۲ اپریل ۲۰۲۴ ۰۲:۴۶ شام", datetime(2024, 4, 12, 14, 46, tzinfo=KARACHI)),
    ("12 اپریل 2024 02:46 سہ پہر", datetime(2024, 4, 12, 14, 46, tzinfo=KARACHI)),
    # guards: read before, a month alone on its line, a morning
    ("17 جنوری 2023", datetime(2023, 1, 17, 12, 0, tzinfo=KARACHI)),
    ("۴ دسمبر ۲۰۲۴", datetime(2024, 12, 4, 12, 0, tzinfo=KARACHI)),
    ("۱۲ اپریل ۲۰۲۴ ۰۹:۱۵ صبح", datetime(2024, 4, 12, 9, 15, tzinfo=KARACHI)),
])
def test_urdu_month_names(line: str, expected: datetime) -> None:
    assert _published("ur", line, "https://www.example.com.pk/news/1") == expected


@pytest.mark.parametrize(("line", "footer", "fetched", "expected"), [
    # the footer's year
    ("4 ธ.ค. 14:30 น.", FOOTER, None, datetime(2024, 12, 4, 14, 30, tzinfo=BANGKOK)),
    ("4 ธันวาคม 14:30 น.", FOOTER, None, datetime(2024, 12, 4, 14, 30, tzinfo=BANGKOK)),
    # the fetch's year, or the year before where the day would come after the fetch
    ("4 ธ.ค. 14:30 น.", "", datetime(2024, 12, 5, tzinfo=UTC), datetime(2024, 12, 4, 14, 30, tzinfo=BANGKOK)),
    ("4 ธ.ค. 14:30 น.", "", datetime(2024, 12, 3, tzinfo=UTC), datetime(2023, 12, 4, 14, 30, tzinfo=BANGKOK)),
    ("4 ธ.ค. 14:30 น.", FOOTER, datetime(2024, 12, 3, tzinfo=UTC),
     datetime(2023, 12, 4, 14, 30, tzinfo=BANGKOK)),
    # Thai digits; guard: a Buddhist year written (read before)
    ("๔ ธ.ค. ๑๔:๓๐ น.", "", datetime(2024, 12, 5, tzinfo=UTC), datetime(2024, 12, 4, 14, 30, tzinfo=BANGKOK)),
    ("4 ธ.ค. 2567 14:30 น.", "", None, datetime(2024, 12, 4, 14, 30, tzinfo=BANGKOK)),
])
def test_thai_day_without_its_year(line: str, footer: str, fetched: datetime | None,
                                   expected: datetime) -> None:
    assert _published("th", line, "https://www.example.co.th/news/1", footer, fetched) == expected


def test_thai_day_without_year_nor_evidence_is_none() -> None:
    assert _published("th", "4 ธ.ค. 14:30 น.", "https://www.example.co.th/news/1", "") is None


@pytest.mark.parametrize(("line", "expected"), [
    ("১৯ অগ্রহায়ণ ১৪৩১ | ৪ ডিসেম্বর ২০২৪", datetime(2024, 12, 4, 12, 0, tzinfo=DHAKA)),
    ("৪ ডিসেম্বর ২০২৪, ১৯ অগ্রহায়ণ ১৪৩১", datetime(2024, 12, 4, 12, 0, tzinfo=DHAKA)),
    ("১২ অগ্রহায়ণ ১৪৩১, ০৪ ডিসেম্বর ২০২৪ ১৪:৩০", datetime(2024, 12, 4, 14, 30, tzinfo=DHAKA)),
    ("০৪ ডিসেম্বর ২০২৪ ১৪:৩০ | ১৯ অগ্রহায়ণ ১৪৩১", datetime(2024, 12, 4, 14, 30, tzinfo=DHAKA)),
    ("বুধবার, ১৯ অগ্রহায়ণ ১৪৩১", None),
])
def test_bengali_calendar_beside_gregorian(line: str, expected: datetime | None) -> None:
    assert _published("bn", line, "https://www.example.com.bd/news/1") == expected
