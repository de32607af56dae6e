"""A naive stated time whose page prints it as the text of a ``<time datetime>`` stated in UTC
(issue 14): "<time datetime='2024-03-12T16:30:00Z'>12/03/2024 23:30</time>" beside a JSON-LD
"2024-03-12T23:30:00" is local time at +07:00, the UTC one its instant. On a .com page of no known
zone the naive time was read as UTC: 23:30Z, the next day where the page is."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract


def _page(lang: str, published: str, line: str) -> str:
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          f'"headline": "Council votes on budget", "datePublished": "{published}"}}</script>')
    return (f"<html lang='{lang}'><head><title>Council votes on budget</title>{ld}</head><body><article>"
            f"<h1>Council votes on budget</h1><div class='meta'>{line}</div>{BUDGET_BODY}"
            "</article></body></html>")


def _at(year, month, day, hour, minute, hours: float) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=timezone(timedelta(hours=hours)))


@pytest.mark.parametrize(("lang", "published", "line", "expected"), [
    ("en", "2024-03-12T23:30:00", "<time datetime='2024-03-12T16:30:00Z'>12/03/2024 23:30</time>",
     _at(2024, 3, 12, 23, 30, 7)),
    ("en", "2024-03-12T23:30:00", "<time datetime='2024-03-12T16:30:00.000Z'>March 12, 2024 11:30 PM</time>",
     _at(2024, 3, 12, 23, 30, 7)),
    ("es", "2024-03-12T21:30:00", "<time datetime='2024-03-13T00:30:00Z'>12/03/2024 - 21:30</time>",
     _at(2024, 3, 12, 21, 30, -3)),
    ("ar", "2024-03-12T23:30:00", "<time datetime='2024-03-12T20:30:00+00:00'>12/03/2024 23:30</time>",
     _at(2024, 3, 12, 23, 30, 3)),
])
def test_the_offset_from_a_printed_utc_element(lang, published, line, expected) -> None:
    found = extract(_page(lang, published, line), url="https://www.example.com/n/1").published_at
    assert found == expected and found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("published", "line"), [
    # The element prints a day, not the stated time: no evidence the two are one instant.
    ("2024-03-12T10:00:00", "<time datetime='2024-03-12T14:00:00Z'>Mar 12, 2024</time>"),
    # An update's element.
    ("2024-03-12T10:00:00", "<time class='updated' datetime='2024-03-12T14:00:00Z'>Mar 12, 10:00</time>"),
    # Another time whose minutes differ only by a digit's place ("1:30" inside "11:30").
    ("2024-03-12T13:30:00", "<time datetime='2024-03-12T01:30:00Z'>12/03/2024 11:30</time>"),
])
def test_guards_naive_read_as_before(published: str, line: str) -> None:
    found = extract(_page("en", published, line), url="https://www.example.com/n/2").published_at
    naive = datetime.fromisoformat(published)  # in no known zone: its day at noon UTC
    assert found == naive.replace(hour=12, minute=0, tzinfo=UTC) and found.utcoffset() == timedelta(0)
