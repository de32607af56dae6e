"""A zone abbreviation of two countries ("BST", "MST") on a page that names no canonical address
(issue 14): the address it was fetched from, which the pipeline passes to the cleaner
(cleaner.page.extract_page: the final URL), tells the country as a canonical link would
("14:46 BST" at example.com.bd is Bangladesh's +06:00, "14:46 MST" at example.my Malaysia's
+08:00; cleaner.date.written_zones._host_zone). A canonical address, where the page names one, still
comes first."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract

NAIVE_META = '<meta property="article:published_time" content="2024-04-12T14:46:00">'


def _published(line: str, url: str, head: str = "") -> datetime | None:
    return extract(_page(line, head), url=url).published_at


def _page(line: str, head: str = "") -> str:
    return (f"<html lang='en'><head>{head}<title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1><p class='meta'>{line}</p>{BUDGET_BODY}"
            "</article></body></html>")


CASES = [
    ("BST", "https://www.example.com.bd/news/council-budget", "", 6),
    ("BST", "https://example.bd/news/council-budget", "", 6),
    ("MST", "https://www.example.my/news/council-budget", "", 8),
    ("MST", "https://www.example.com.my/news/council-budget", "", 8),
    # guards: elsewhere the British and the American readings stay
    ("BST", "https://www.example.co.uk/news/council-budget", "", 1),
    ("BST", "https://www.example.com/news/council-budget", "", 1),
    ("MST", "https://www.example.com/news/council-budget", "", -7),
    ("MST", "https://www.example.org/news/council-budget", "", -7),
    # guards: the page's canonical address comes before the address it was fetched from
    ("BST", "https://www.example.com.bd/news/council-budget",
     '<link rel="canonical" href="https://www.example.co.uk/news/council-budget">', 1),
    ("MST", "https://www.example.my/news/council-budget",
     '<link rel="canonical" href="https://www.example.com/news/council-budget">', -7),
]


@pytest.mark.parametrize(("name", "url", "head", "hours"), CASES)
def test_the_time_written_beside_the_day(name: str, url: str, head: str, hours: int) -> None:
    published = _published(f"12 April 2024, 14:46 {name}", url, head)
    assert published == datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=hours)))
    assert published is not None and published.utcoffset() == timedelta(hours=hours)


@pytest.mark.parametrize(("name", "url", "head", "hours"), CASES)
def test_the_zone_written_for_a_naive_stated_time(name: str, url: str, head: str, hours: int) -> None:
    published = _published(f"Updated 12 April 2024, 14:46 {name}", url, head + NAIVE_META)
    assert published is not None and published.utcoffset() == timedelta(hours=hours)
    assert published.replace(tzinfo=None) == datetime(2024, 4, 12, 14, 46)


def test_no_address_at_all_keeps_the_british_reading() -> None:
    published = extract(_page("12 April 2024, 14:46 BST")).published_at
    assert published is not None and published.utcoffset() == timedelta(hours=1)
