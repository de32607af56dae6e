"""Thai Buddhist-era years as Thai pages write them (issue 14): with the era's mark ("วันศุกร์ที่ 12
เมษายน พ.ศ. 2567 เวลา 14:46 น.") and in two digits after a Thai month's name ("12 เม.ย. 67 14:46
น."), in ASCII or Thai digits: 12 April 2024 (cleaner.date.calendars.normalised)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract

BANGKOK = timezone(timedelta(hours=7))


def _published(line: str, url: str = "https://www.example.co.th/news/1") -> datetime | None:
    page = (f"<html lang='th'><head><title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1><p class='meta'>{line}</p>{BUDGET_BODY}"
            "</article></body></html>")
    return extract(page, url=url).published_at


@pytest.mark.parametrize("line", [
    "วันศุกร์ที่ 12 เมษายน พ.ศ. 2567 เวลา 14:46 น.",
    "วันที่ 12 เมษายน พ.ศ.2567 - 14:46 น.",
    "12 เม.ย. 67 14:46",
    "12 เม.ย. 67 14:46 น.",
    "๑๒ เม.ย. ๖๗ ๑๔:๔๖ น.",
    # guards: a four-digit Buddhist year, a Gregorian year
    "12 เม.ย. 2567 14:46 น.",
    "12 เม.ย. 2024 14:46",
])
def test_the_buddhist_year(line: str) -> None:
    assert _published(line) == datetime(2024, 4, 12, 14, 46, tzinfo=BANGKOK)


def test_a_day_without_its_year_is_no_short_year() -> None:
    # "14" is the hour, not the year 2514
    published = _published("12 เม.ย. 14:46 น.")
    assert published is None or published.year != 1971
