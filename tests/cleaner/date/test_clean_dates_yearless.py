"""Days written without their year beside their time (issue 14): "Julkaistu 12.4. klo 14.46",
"12.04. um 14:46 Uhr", "12 апреля, 14:46", "4月12日 14:46". Sites write the year only for older
stories. htmldate found no day, or 1 January from the footer's "© 2024", which gave None: now that
day in the page's year, else in the fetch's (the year before where the day would come after the
fetch)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract

BODY = BUDGET_BODY


def _page(lang: str, line: str, footer: str = "<footer><p>© 2024 Example Media</p></footer>",
          before: str = "") -> str:
    return (f"<html lang='{lang}'><head><title>Council votes on budget</title></head><body>{before}<article>"
            f"<h1>Council votes on budget</h1><p class='meta'>{line}</p>{BODY}</article>{footer}"
            "</body></html>")


@pytest.mark.parametrize(("lang", "url", "line", "expected"), [
    ("fi", "https://www.example.fi/uutiset/a-123", "Julkaistu 12.4. klo 14.46",
     datetime(2024, 4, 12, 14, 46, tzinfo=ZoneInfo("Europe/Helsinki"))),
    ("fi", "https://www.example.fi/uutiset/a-123", "Julkaistu 12.4. klo 14.46 | Päivitetty 13.4. klo 9.00",
     datetime(2024, 4, 12, 14, 46, tzinfo=ZoneInfo("Europe/Helsinki"))),
    ("de", "https://www.example.de/politik/rat-123", "12.04. um 14:46 Uhr",
     datetime(2024, 4, 12, 14, 46, tzinfo=ZoneInfo("Europe/Berlin"))),
    ("ru", "https://www.example.ru/news/123", "12 апреля, 14:46",
     datetime(2024, 4, 12, 14, 46, tzinfo=ZoneInfo("Europe/Moscow"))),
    ("zh-CN", "https://www.example.cn/news/123", "4月12日 14:46",
     datetime(2024, 4, 12, 14, 46, tzinfo=ZoneInfo("Asia/Shanghai"))),
])
def test_a_day_without_its_year_in_the_pages_year(lang: str, url: str, line: str, expected: datetime) -> None:
    published = extract(_page(lang, line), url=url).published_at
    assert published == expected and published.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("line", "fetched", "expected"), [
    ("Julkaistu 12.4. klo 14.46", datetime(2024, 4, 13, 8, 0, tzinfo=UTC),
     datetime(2024, 4, 12, 14, 46, tzinfo=ZoneInfo("Europe/Helsinki"))),
    # Fetched on 2 January: 28 December is last year's.
    ("28.12. klo 14.46", datetime(2025, 1, 2, 8, 0, tzinfo=UTC),
     datetime(2024, 12, 28, 14, 46, tzinfo=ZoneInfo("Europe/Helsinki"))),
])
def test_a_day_without_its_year_in_the_fetchs_year(line: str, fetched: datetime, expected: datetime) -> None:
    published = extract(_page("fi", line, footer=""), url="https://www.example.fi/uutiset/a-123",
                        fetched_at=fetched).published_at
    assert published == expected and published.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("line", "before"), [
    # Only the update's day; a day in a sentence; other stories' stamps in a strip before the article.
    ("Päivitetty 13.4. klo 9.00", ""),
    ("<span>Valtuusto kokoontuu 12.4. klo 14.46 kaupungintalolla, jossa äänestetään budjetista.</span>", ""),
    ("", "<div class='latest-news'><ul><li><a href='/a-1'>Toinen uutinen</a> <span>12.4. klo 14.46</span>"
         "</li><li><a href='/a-2'>Kolmas uutinen</a> <span>12.4. klo 13.10</span></li></ul></div>"),
])
def test_no_day_without_a_stamp_of_its_own(line: str, before: str) -> None:
    page = _page("fi", line, before=before)
    assert extract(page, url="https://www.example.fi/uutiset/a-123").published_at is None


def test_a_day_with_its_year_is_read_as_before() -> None:
    published = extract(_page("fi", "Julkaistu 12.4.2023 klo 14.46"),
                        url="https://www.example.fi/uutiset/a-123").published_at
    assert published == datetime(2023, 4, 12, 14, 46, tzinfo=ZoneInfo("Europe/Helsinki"))


def test_a_relative_time_is_read_where_no_day_is_written() -> None:
    published = extract(_page("en", "2 hours ago", footer=""), url="https://www.example.com/news/a-123",
                        fetched_at=datetime(2024, 4, 12, 14, 46, tzinfo=UTC)).published_at
    assert published == datetime(2024, 4, 12, 12, 46, tzinfo=UTC)
