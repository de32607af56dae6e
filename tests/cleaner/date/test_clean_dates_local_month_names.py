"""Days with Khmer, Burmese, Lao, Sinhala, Hausa and Central Asian month names and the words around them
(issue 14): "ថ្ងៃសុក្រ ទី១២ ខែមេសា ឆ្នាំ២០២៤" (day, month and year words before them), "၂၀၂၄ ခုနှစ် ဧပြီလ ၁၂
ရက်" (after them), "12 ga Afrilu, 2024", "2024 жылғы 12 сәуір" (the year first), "2024 අප්‍රේල් 12" (a
joiner inside the month's name). Such pages had no day."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest
from helpers import BUDGET_BODY

from cleaner.date.calendars import normalised
from cleaner.extract import extract

BODY = BUDGET_BODY


@pytest.mark.parametrize(("text", "expected"), [
    ("ថ្ងៃសុក្រ ទី១២ ខែមេសា ឆ្នាំ២០២៤", "ថ្ងៃសុក្រ ទី 2024-04-12 "),
    ("၂၀၂၄ ခုနှစ် ဧပြီလ ၁၂ ရက်", " 2024-04-12 "),
    ("ວັນທີ 12 ເດືອນ ເມສາ ປີ 2024", "ວັນທີ  2024-04-12 "),
    ("2024 අප්\U0001e801රේල් 12 14:46", " 2024-04-12  14:46"),
    ("12 ga Afrilu, 2024", " 2024-04-12 "),
    ("2024 жылғы 12 сәуір", " 2024-04-12 "),
    ("2024-жылдын 12-апрели", " 2024-04-12 "),
    ("2024-yil 12-aprel", " 2024-04-12 "),
    ("2024 წლის 12 აპრილი", " 2024-04-12 "),
    ("2024 թ. ապրիլի 12, 23:40", " 2024-04-12 , 23:40"),
    ("12 ապրիլի, 2024", " 2024-04-12 "),
    # Guards: no such day, a month's name alone, Russian genitives htmldate reads: as written.
    ("31 сәуір 2024", "31 сәуір 2024"),
    ("ខែមេសា", "ខែមេសា"),
    ("12 мая 2024", "12 мая 2024"),
    ("12 March 2024", "12 March 2024"),
])
def test_normalised(text: str, expected: str) -> None:
    assert normalised(text) == expected


@pytest.mark.parametrize(("lang", "url", "line", "zone"), [
    ("km", "https://www.example.com.kh/news/1", "ថ្ងៃសុក្រ ទី១២ ខែមេសា ឆ្នាំ២០២៤", "Asia/Phnom_Penh"),
    ("my", "https://www.example.com.mm/news/1", "၂၀၂၄ ခုနှစ် ဧပြီလ ၁၂ ရက်", "Asia/Yangon"),
    ("si", "https://www.example.lk/news/1", "2024 අප්\u200dරේල් 12 14:46", "Asia/Colombo"),
    ("ha", "https://www.example.com.ng/news/1", "12 ga Afrilu, 2024", "Africa/Lagos"),
    ("kk", "https://www.example.kz/news/1", "2024 жылғы 12 сәуір", "Asia/Almaty"),
    ("hy", "https://www.example.am/news/1", "2024 թ. ապրիլի 12, 23:40", "Asia/Yerevan"),
])
def test_a_local_day_on_the_page(lang: str, url: str, line: str, zone: str) -> None:
    page = (f"<html lang='{lang}'><head><title>Budget</title></head><body><article>"
            f"<h1>Budget</h1><p class='meta'>{line}</p>{BODY}</article></body></html>")
    published = extract(page, url=url).published_at
    assert published is not None
    assert published.astimezone(ZoneInfo(zone)).date() == date(2024, 4, 12)


@pytest.mark.parametrize(("lang", "url", "line", "expected"), [
    ("kk", "https://www.example.kz/news/2", "12 сәуір 2024, 14:46", "2024-04-12T14:46:00+05:00"),
    ("ka", "https://www.example.ge/news/2", "12 აპრილი 2024 14:46", "2024-04-12T14:46:00+04:00"),
    ("uz", "https://www.example.uz/news/2", "12-aprel 2024, 14:46", "2024-04-12T14:46:00+05:00"),
    ("km", "https://www.example.com.kh/news/2", "១២ មេសា ២០២៤ ម៉ោង ១៤:៤៦", "2024-04-12T14:46:00+07:00"),
    ("hy", "https://www.example.am/news/2", "12 ապրիլի, 2024 14:46", "2024-04-12T14:46:00+04:00"),
])
def test_days_read_before_stay(lang: str, url: str, line: str, expected: str) -> None:
    """Guard: days read before keep their day and time of day in the country's zone."""
    page = (f"<html lang='{lang}'><head><title>Budget</title></head><body><article>"
            f"<h1>Budget</h1><p class='meta'>{line}</p>{BODY}</article></body></html>")
    published = extract(page, url=url).published_at
    assert published is not None and published.isoformat() == expected
