"""A JSON-LD datePublished in UTC ("Z") on a page that prints the same instant in its local time,
often on the next day (issue 14): the instant stays, never shifted by the printed offset, whatever
the script the page prints it in (guards: all pass; cleaner.date.dates, an aware JSON-LD time)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract

INSTANT = datetime(2024, 4, 12, 23, 46, tzinfo=UTC)


def _page(line: str, lang: str) -> str:
    """A story whose JSON-LD states 23:46Z and whose byline line prints ``line``."""
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council votes on budget",'
          ' "datePublished": "2024-04-12T23:46:00Z"}</script>')
    return (f"<html lang='{lang}'><head><title>Council votes on budget</title>{ld}</head><body><article>"
            f"<h1>Council votes on budget</h1><p class='meta'>{line}</p>{BUDGET_BODY}"
            "</article></body></html>")


@pytest.mark.parametrize(("line", "lang", "url"), [
    ("April 13, 2024 9:46am AEST", "en", "https://www.example.com.au/a/1"),
    ("April 12, 2024 7:46 PM EDT", "en", "https://www.example.com/a/1"),
    ("১৩ এপ্রিল ২০২৪, ০৫:৪৬", "bn", "https://www.example.com.bd/a/1"),
    ("13 अप्रैल 2024, 05:16 AM IST", "hi", "https://www.example.com/a/1"),
    ("입력 2024.04.13 08:46", "ko", "https://www.example.co.kr/a/1"),
    ("13 เม.ย. 2567 06:46 น.", "th", "https://www.example.co.th/a/1"),
    ("۲۵ فروردین ۱۴۰۳ - ۰۳:۱۶", "fa", "https://www.example.ir/a/1"),
    ("١٣ أبريل ٢٠٢٤ ٠٢:٤٦ ص", "ar", "https://www.example.sa/a/1"),
    ("13 апреля 2024, 02:46 МСК", "ru", "https://www.example.ru/a/1"),
    ("2024-04-13 07:46", "zh", "https://www.example.cn/a/1"),
])
def test_the_utc_instant_stays(line: str, lang: str, url: str) -> None:
    published = extract(_page(line, lang), url=url).published_at
    assert published == INSTANT and published.utcoffset() is not None


@pytest.mark.parametrize(("line", "lang", "url"), [
    ("12.04.2024, 23:46 Uhr", "de", "https://www.example.de/a/1"),
    ("2024年4月12日 23:46", "ja", "https://www.example.co.jp/a/1"),
    ("12 abr 2024 às 23h46", "pt", "https://www.example.com.br/a/1"),
])
def test_the_utc_instant_stays_where_the_page_prints_its_wall_clock(line: str, lang: str, url: str) -> None:
    """The page prints the stated UTC time's wall clock with no zone: a CMS may have marked local time
    "Z", but the stated instant is the page's own word and is kept (never re-read in the page's zone)."""
    published = extract(_page(line, lang), url=url).published_at
    assert published == INSTANT and published.utcoffset() is not None
