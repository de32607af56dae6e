"""Australian and Canadian pages' naive times (issue 14): read as UTC, "2024-06-12T21:05:00" on an
Australian page was 21:05Z, 07:05 on 13 June in Sydney (the day wrong for any time from the afternoon),
and "02:30" on a Canadian page 22:30 the day before in Toronto. Now the national press's zone (Sydney's,
Toronto's: cleaner.date.zones), and a zone of the country printed with the very time (AWST, ACDT, PT,
MT, ADT) where the page writes one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract


def _page(lang: str, head: str, line: str = "") -> str:
    return (f"<html lang='{lang}'><head><title>Council votes on budget</title>{head}</head><body><article>"
            f"<h1>Council votes on budget</h1><p class='meta'>{line}</p>{BUDGET_BODY}"
            "</article></body></html>")


def _ld(published: str) -> str:
    return ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "Council votes on budget", "datePublished": "{published}"}}</script>')


def _at(year, month, day, hour, minute, hours: float) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=timezone(timedelta(hours=hours)))


@pytest.mark.parametrize(("lang", "head", "line", "url", "expected"), [
    ("en-AU", _ld("2024-06-12T21:05:00"), "", "https://www.example.com.au/national/1",
     _at(2024, 6, 12, 21, 5, 10)),
    # Summer time in Sydney.
    ("en", "<meta property='article:published_time' content='2024-01-12T19:30:00'>", "",
     "https://www.example.com.au/n/2", _at(2024, 1, 12, 19, 30, 11)),
    # The time printed beside the day, no zone written (htmldate's day).
    ("en-AU", "", "June 12, 2024 — 9:05pm", "https://www.example.com/n/3", _at(2024, 6, 12, 21, 5, 10)),
    ("en-CA", _ld("2024-07-12T02:30:00"), "", "https://www.example.ca/news/4", _at(2024, 7, 12, 2, 30, -4)),
    ("fr-CA", _ld("2024-07-12T03:10:00"), "", "https://www.example.com/nouvelles/5",
     _at(2024, 7, 12, 3, 10, -4)),
    # A zone of the country printed with the very time: that zone.
    ("en-AU", _ld("2024-06-12T21:05:00"), "Wed, 12 June 2024 9:05PM AWST", "https://www.example.com.au/wa/6",
     _at(2024, 6, 12, 21, 5, 8)),
    ("en-AU", _ld("2024-01-12T21:05:00"), "January 12, 2024 9:05pm ACDT", "https://www.example.com.au/sa/7",
     _at(2024, 1, 12, 21, 5, 10.5)),
    ("en-CA", _ld("2024-07-12T01:30:00"), "Published Jul 12, 2024 1:30 a.m. PT", "https://www.example.ca/bc/8",
     _at(2024, 7, 12, 1, 30, -7)),
    ("en-CA", _ld("2024-07-12T01:30:00"), "July 12, 2024 1:30 a.m. ADT", "https://www.example.ca/ns/9",
     _at(2024, 7, 12, 1, 30, -3)),
])
def test_naive_times_in_australian_and_canadian_zones(lang, head, line, url, expected) -> None:
    found = extract(_page(lang, head, line), url=url).published_at
    assert found == expected and found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("lang", "head", "url", "expected"), [
    # An aware time keeps its instant and offset.
    ("en-CA", _ld("2024-07-12T01:30:00-07:00"), "https://www.example.ca/n/10", _at(2024, 7, 12, 1, 30, -7)),
    ("en-AU", _ld("2024-06-12T11:05:00Z"), "https://www.example.com.au/n/11",
     datetime(2024, 6, 12, 11, 5, tzinfo=UTC)),
    # The United States: no zone ("en-US" is many a theme's default), a naive time's day at noon UTC.
    ("en-US", _ld("2024-07-12T21:40:00"), "https://www.example.com/n/12",
     datetime(2024, 7, 12, 12, 0, tzinfo=UTC)),
    # A British page: London's.
    ("en-GB", _ld("2024-07-12T21:40:00"), "https://www.example.co.uk/n/13", _at(2024, 7, 12, 21, 40, 1)),
])
def test_guards(lang, head, url, expected) -> None:
    found = extract(_page(lang, head), url=url).published_at
    assert found == expected and found.utcoffset() == expected.utcoffset()
