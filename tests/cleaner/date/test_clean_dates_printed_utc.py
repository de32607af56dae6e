"""A stated time without its offset that is UTC, told by the time the page prints beside its day
(issue 14): a CMS that stores UTC in its meta tags or JSON-LD ("2024-04-12T12:46:00") and prints
local time ("12.04.2024, 14:46 Uhr" on a German page, "10:15 a.m. ET"). Read in the page's zone the
naive time was hours off, and late in the evening on the wrong day. Where the page prints the naive
time's own wall clock, or another time, or none, it is read in the page's zone as before."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract

BODY = BUDGET_BODY


def _published(head: str, line: str, lang: str, url: str) -> datetime | None:
    page = (f"<html lang='{lang}'><head><title>Council votes on budget</title>{head}</head><body><article>"
            f"<h1>Council votes on budget</h1><p class='meta'>{line}</p>{BODY}</article></body></html>")
    return extract(page, url=url).published_at


def _ld(published: str) -> str:
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council votes on budget",
           "datePublished": published}
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


@pytest.mark.parametrize(("head", "line", "lang", "url", "expected"), [
    ("<meta name='date' content='2024-04-12T12:46:00'>", "12.04.2024, 14:46 Uhr", "de",
     "https://www.example.de/politik/rat-123",
     datetime(2024, 4, 12, 14, 46, tzinfo=ZoneInfo("Europe/Berlin"))),
    # Late in the evening in UTC: the next day on the page.
    ("<meta property='article:published_time' content='2024-04-12T23:16:00'>", "13.04.2024, 01:16 Uhr", "de",
     "https://www.example.de/politik/rat-124",
     datetime(2024, 4, 13, 1, 16, tzinfo=ZoneInfo("Europe/Berlin"))),
    (_ld("2024-04-12T21:30:00"), "12.04.2024 23:30", "pl", "https://www.example.pl/kraj/rada-125",
     datetime(2024, 4, 12, 23, 30, tzinfo=ZoneInfo("Europe/Warsaw"))),
    # The zone printed with the time (no zone known else).
    ("<meta property='article:published_time' content='2024-04-12T14:15:00'>",
     "Published April 12, 2024 10:15 a.m. ET", "en", "https://www.example.com/politics/council",
     datetime(2024, 4, 12, 10, 15, tzinfo=timezone(timedelta(hours=-4)))),
])
def test_a_naive_time_printed_as_local_is_utc(head: str, line: str, lang: str, url: str,
                                              expected: datetime) -> None:
    published = _published(head, line, lang, url)
    assert published == expected and published.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("line", ["12.04.2024, 12:46 Uhr", "12.04.2024, 09:05 Uhr", "12.04.2024",
                                  # Only an update's time: no evidence of the stated time's zone.
                                  "Aktualisiert: 12.04.2024, 14:46 Uhr"])
def test_a_naive_time_printed_as_itself_or_not_at_all_is_local(line: str) -> None:
    published = _published("<meta name='date' content='2024-04-12T12:46:00'>", line, "de",
                           "https://www.example.de/politik/rat-126")
    assert published == datetime(2024, 4, 12, 12, 46, tzinfo=ZoneInfo("Europe/Berlin"))
