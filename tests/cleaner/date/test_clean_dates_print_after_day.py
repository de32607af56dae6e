"""The print edition's day where the page labels it after the day, as Japanese and Korean pages do
("毎日新聞 2024/5/4 東京朝刊", "2024年5月4日付 朝刊", "2024-05-04 지면 A12"), or on a long line ("A
version of this article appears in print on May 4, 2024, Section A, Page 12 of the New York
edition", over the 80 characters of a date line): it is not the online publication, which the page
prints on the day before with its time (issue 14; ``day_forms.labelled``, ``page_lines.short_line``).
Before, the print day was taken (noon, or the stated midnight)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract


def _page(meta: str, lang: str, head: str = "", after: str = "") -> str:
    return (f"<html lang='{lang}'><head><title>Council votes on budget</title>{head}</head><body><article>"
            f"<h1>Council votes on budget</h1>{meta}{BUDGET_BODY}{after}</article></body></html>")


def _meta(value: str) -> str:
    return f'<meta property="article:published_time" content="{value}">'


def _at(day: int, hour: int, minute: int, offset: float) -> datetime:
    return datetime(2024, 5, day, hour, minute, tzinfo=timezone(timedelta(hours=offset)))


NYT_PRINT = ("<p>A version of this article appears in print on May 4, 2024, Section A, Page 12 of the "
             "New York edition with the headline: Council Votes on Budget.</p>")


@pytest.mark.parametrize(("meta", "lang", "head", "after", "expected"), [
    ("<p class='meta'>毎日新聞 2024/5/4 東京朝刊</p><p>2024/5/3 14:30</p>", "ja", "", "", _at(3, 14, 30, 9)),
    ("<p class='meta'>毎日新聞 2024/5/4 東京朝刊</p><p>2024/5/3 14:30</p>", "ja", _meta("2024-05-04"), "",
     _at(3, 14, 30, 9)),
    ("<p class='meta'>2024年5月4日付 朝刊</p><p>2024年5月3日 14時30分</p>", "ja",
     _meta("2024-05-04T00:00:00+09:00"), "", _at(3, 14, 30, 9)),
    ("<p class='meta'>2024年5月3日 14時30分</p>", "ja", _meta("2024-05-04"),
     "<p>2024年5月4日 朝刊 紙面掲載</p>", _at(3, 14, 30, 9)),
    ("<p class='meta'>입력 2024.05.03 14:30</p><p>2024-05-04 지면 A12</p>", "ko", _meta("2024-05-04"), "",
     _at(3, 14, 30, 9)),
    ("<p class='meta'>May 3, 2024, 2:30 p.m. ET</p>", "en", _meta("2024-05-04T00:00:00-04:00"), NYT_PRINT,
     _at(3, 14, 30, -4)),
])
def test_the_online_time_not_the_print_day(meta: str, lang: str, head: str, after: str,
                                           expected: datetime) -> None:
    published = extract(_page(meta, lang, head, after), url="https://www.example.com/a/1").published_at
    assert published == expected and published.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("meta", "lang", "head", "after", "expected"), [
    # Guards: a place after the day is no label; an online time alone; a print line on the same day.
    ("<p class='meta'>2024年5月4日 東京</p>", "ja", "", "", _at(4, 12, 0, 9)),
    ("<p class='meta'>2024年5月4日 5:00</p>", "ja", "", "", _at(4, 5, 0, 9)),
    ("<p class='meta'>입력 2024.05.04 14:30 수정 2024.05.05 09:00</p>", "ko", "", "", _at(4, 14, 30, 9)),
    ("<p class='meta'>May 4, 2024, 2:30 p.m. ET</p>", "en", _meta("2024-05-04T14:30:00-04:00"), NYT_PRINT,
     _at(4, 14, 30, -4)),
    # A long sentence of the story naming a day, with no print label: not a date line.
    ("<p class='meta'>May 3, 2024, 2:30 p.m. ET</p>", "en", _meta("2024-05-03T14:30:00-04:00"),
     "<p>The council said on May 4, 2024 that the vote on the budget for schools and roads would be "
     "held again in the autumn after the summer recess.</p>", _at(3, 14, 30, -4)),
])
def test_guards(meta: str, lang: str, head: str, after: str, expected: datetime) -> None:
    published = extract(_page(meta, lang, head, after), url="https://www.example.com/a/1").published_at
    assert published == expected and published.utcoffset() == expected.utcoffset()
