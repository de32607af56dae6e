"""Zone abbreviations that name another zone in one country (issue 14): "BST" on a Bangladeshi
page (Bengali, or a page whose language tag, og:locale, geo.region or own address's domain names
Bangladesh) is
Bangladesh Standard Time (+06:00), not British Summer Time; "MST" on a Malaysian page (Malay, or
Malaysia's country) is Malaysia's +08:00, not Mountain Standard Time. Elsewhere both keep their
reading (cleaner.date.written_zones._AMBIGUOUS, clock_in)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract

BODY = BUDGET_BODY
NAIVE_META = '<meta property="article:published_time" content="2024-04-12T14:46:00">'


def _published(line: str, lang: str, head: str = "") -> datetime | None:
    page = (f"<html lang='{lang}'><head>{head}<title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1><p class='meta'>{line}</p>{BODY}</article></body></html>")
    return extract(page, url="https://example.com/news/council-budget").published_at


CASES = [
    ("BST", "bn", "", 6),
    ("BST", "en-BD", "", 6),
    ("BST", "en", '<meta property="og:locale" content="en_BD">', 6),
    ("BST", "en", '<meta name="geo.region" content="BD-13">', 6),
    ("MST", "ms", "", 8),
    ("MST", "en", '<meta property="og:locale" content="en_MY">', 8),
    # the country of the page's own address's domain
    ("BST", "en", '<link rel="canonical" href="https://example.com.bd/news/council-budget">', 6),
    ("MST", "en", '<meta property="og:url" content="https://example.my/news/council-budget">', 8),
    # guards: the British and the American readings stay
    ("BST", "en", '<link rel="canonical" href="https://example.co.uk/news/council-budget">', 1),
    ("MST", "en", '<link rel="canonical" href="https://example.com/news/council-budget">', -7),
    ("BST", "en-GB", "", 1),
    ("BST", "en", "", 1),
    ("BST", "bn-IN", "", 1),
    ("MST", "en-US", "", -7),
    ("MST", "en", "", -7),
]


@pytest.mark.parametrize(("name", "lang", "head", "hours"), CASES)
def test_the_time_written_beside_the_day(name: str, lang: str, head: str, hours: int) -> None:
    published = _published(f"12 April 2024, 14:46 {name}", lang, head)
    assert published == datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=hours)))
    assert published is not None and published.utcoffset() == timedelta(hours=hours)


# A Bengali page of India's reads its naive time in India's zone (cleaner.date.zones): not here.
@pytest.mark.parametrize(("name", "lang", "head", "hours"), [case for case in CASES if case[1] != "bn-IN"])
def test_the_zone_written_for_a_naive_stated_time(name: str, lang: str, head: str, hours: int) -> None:
    published = _published(f"Updated 12 April 2024, 14:46 {name}", lang, head + NAIVE_META)
    assert published is not None and published.utcoffset() == timedelta(hours=hours)
    assert published.replace(tzinfo=None) == datetime(2024, 4, 12, 14, 46)
