"""A page's note of the zone all its times are in ("All times AEDT (GMT +11:00)" in an Australian
paper's footer, "All times are ET" on an American live page; issue 14), with no zone written beside
any time: a naive stated time on a page of no known zone was read as UTC. Now in the noted zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract


def _page(lang: str, published: str, note: str) -> str:
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          f'"headline": "Council votes on budget", "datePublished": "{published}"}}</script>')
    return (f"<html lang='{lang}'><head><title>Council votes on budget</title>{ld}</head><body><article>"
            f"<h1>Council votes on budget</h1><p class='meta'>March 12, 2024</p>{BUDGET_BODY}</article>"
            f"<footer><p class='copyright'>{note}</p></footer></body></html>")


@pytest.mark.parametrize(("note", "expected"), [
    ("© Herald and Weekly Times. All times AEDT (GMT +11:00)", timezone(timedelta(hours=11))),
    ("All times are ET.", None),  # New York's, summer time kept (-04:00 on 12 March 2024)
    ("All times shown in GMT", UTC),
    ("All times are in EST", timezone(timedelta(hours=-5))),
])
def test_a_naive_time_in_the_noted_zone(note: str, expected) -> None:
    found = extract(_page("en", "2024-03-12T21:00:00", note), url="https://www.example.com/n/1").published_at
    offset = expected.utcoffset(None) if expected is not None else timedelta(hours=-4)
    assert found.replace(tzinfo=None) == datetime(2024, 3, 12, 21) and found.utcoffset() == offset


# In no known zone, the stated time's day at noon UTC (cleaner.date.publication).
@pytest.mark.parametrize(("note", "lang", "url", "hours", "clock"), [
    ("Markets: all times approximate", "en", "https://www.example.com/n/2", 0, 12),  # no zone named
    ("All times IST", "en", "https://www.example.com/n/3", 0, 12),  # several zones: not read
    # A page whose country's zone is known: that zone, not the note's (a ticker's, a schedule's).
    ("All times are ET", "en-GB", "https://www.example.co.uk/n/4", 0, 21),
])
def test_guards(note: str, lang: str, url: str, hours: int, clock: int) -> None:
    found = extract(_page(lang, "2024-03-12T21:00:00", note), url=url).published_at
    assert found.replace(tzinfo=None) == datetime(2024, 3, 12, clock)
    assert found.utcoffset() == timedelta(hours=hours)
