"""Date forms of CMSs and regions the day forms did not know (issue 14): Drupal's default "Fri,
04/12/2024 - 14:46" (month first, which the weekday tells: 12 April 2024 was a Friday, 4 December
a Wednesday), in its meta tag and its "Submitted by" line; zone abbreviations that name one offset
where the press writes them (Indonesia's WITA and WIT, the Philippines' PHT, East and West
Africa's EAT and WAT); Hindi, Marathi and Bengali month names, where htmldate found no day."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.date.day_orders import DAY_FIRST, MONTH_FIRST, weekday_order
from cleaner.extract import extract

BODY = BUDGET_BODY


def _published(line: str, lang: str, url: str, head: str = "") -> datetime | None:
    page = (f"<html lang='{lang}'><head>{head}<title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1><p class='meta'>{line}</p>{BODY}</article></body></html>")
    return extract(page, url=url).published_at


@pytest.mark.parametrize(("weekday", "day", "order"), [
    ("Fri", datetime(2024, 12, 4), MONTH_FIRST),      # read day first: 4 December, a Wednesday
    ("Wednesday", datetime(2024, 12, 4), DAY_FIRST),
    ("Mon", datetime(2024, 12, 4), None),             # neither reading's weekday
    ("Thu", datetime(2024, 4, 4), None),              # both readings are the same day
    (None, datetime(2024, 12, 4), None),
])
def test_weekday_order(weekday: str | None, day: datetime, order: str | None) -> None:
    assert weekday_order(weekday, day) == order


@pytest.mark.parametrize(("line", "head"), [
    ("", '<meta property="article:published_time" content="Fri, 04/12/2024 - 14:46">'),
    ("Submitted by editor on Fri, 04/12/2024 - 14:46", ""),
])
def test_drupals_weekday_tells_the_order(line: str, head: str) -> None:
    published = _published(line, "en", "https://example.com/node/1234", head)
    assert published is not None and published.date() == datetime(2024, 4, 12).date()


@pytest.mark.parametrize(("line", "lang", "url", "hour", "hours"), [
    ("Jumat, 12 Apr 2024 21:46 WITA", "id", "https://example.co.id/daerah/dewan", 21, 8),
    ("Jumat, 12 Apr 2024 22:46 WIT", "id", "https://example.co.id/daerah/dewan", 22, 9),
    ("April 12, 2024 11:46 PM PHT", "en", "https://example.com/nation/council", 23, 8),
    ("Friday, April 12, 2024 11:46 PM EAT", "en", "https://example.com/counties/council", 23, 3),
    ("April 12, 2024 11:46 pm WAT", "en", "https://example.com/politics/council", 23, 1),
])
def test_a_written_zone_abbreviation_states_the_offset(line: str, lang: str, url: str, hour: int,
                                                       hours: int) -> None:
    published = _published(line, lang, url)
    assert published == datetime(2024, 4, 12, hour, 46, tzinfo=timezone(timedelta(hours=hours)))
    assert published is not None and published.utcoffset() == timedelta(hours=hours)


@pytest.mark.parametrize(("line", "lang", "url", "expected"), [
    ("प्रकाशित: 12 अप्रैल 2024", "hi", "https://example.com/hi/desh/parishad", datetime(2024, 4, 12).date()),
    ("अपडेटेड: 12 अप्रैल 2024 23:46 IST", "hi", "https://example.in/desh/parishad",
     datetime(2024, 4, 12).date()),
    ("प्रकाशित: 3 सितंबर 2024", "hi", "https://example.com/hi/desh/parishad", datetime(2024, 9, 3).date()),
    ("प्रसिद्ध: 12 नोव्हेंबर 2024", "mr", "https://example.com/mr/parishad", datetime(2024, 11, 12).date()),
])
def test_indic_month_names(line: str, lang: str, url: str, expected) -> None:
    published = _published(line, lang, url)
    assert published is not None
    assert published.astimezone(timezone(timedelta(hours=5, minutes=30))).date() == expected


@pytest.mark.parametrize(("line", "lang"), [
    # A Lunar Hijri day in digits beside the Gregorian one (htmldate read 1 April 2024).
    ("الجمعة 03/10/1445 - 12/04/2024", "ar"),
    ("الجمعة ٠٣/١٠/١٤٤٥ - ١٢/٠٤/٢٠٢٤", "ar"),
    ("1445/10/03 هـ الموافق 2024/04/12 م", "ar"),
    # The British way of writing the time, a dot before the zone's name: the time kept.
    ("Fri 12 Apr 2024 23.46 BST", "en-GB"),
])
def test_the_gregorian_day_beside_a_hijri_one_and_a_dotted_time(line: str, lang: str) -> None:
    published = _published(line, lang, "https://example.com/news/council")
    assert published is not None and published.date() == datetime(2024, 4, 12).date()
    if "BST" in line:
        assert published == datetime(2024, 4, 12, 23, 46, tzinfo=timezone(timedelta(hours=1)))
