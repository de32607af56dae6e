"""A wire agency the author meta tag writes after the name past a dash or in brackets (issue 14):
"<meta name="author" content="Jane Doe - Reuters">" names Jane Doe and Reuters, as the same
byline on the page does (an agency is an author as written); trafilatura's reading cut it."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_PARAGRAPH, byline_page

from cleaner.extract import extract


def _page(content: str) -> str:
    body = "".join(f"<p>{COUNCIL_PARAGRAPH * 2}</p>" for _ in range(5))
    return (f'<html><head><title>Council passes the budget</title><meta name="author" content="{content}">'
            f"</head><body><article><h1>Council passes the budget</h1>{body}</article></body></html>")


@pytest.mark.parametrize(("content", "names"), [
    ("Jane Doe - Reuters", ["Jane Doe", "Reuters"]),
    ("Jane Doe – AFP", ["Jane Doe", "AFP"]),
    ("Jane Doe (dpa)", ["Jane Doe", "dpa"]),
])
def test_the_agency_after_the_name(content: str, names: list[str]) -> None:
    assert extract(_page(content)).authors == names


@pytest.mark.parametrize(("content", "names"), [
    # guards: the same bylines on the page; no agency after the dash; the agency already read
    ("Jane Doe - The Chronicle", ["Jane Doe"]),
    ("Jane Doe - Staff Writer", ["Jane Doe"]),
    ("Jane Doe | AFP", ["Jane Doe", "AFP"]),
    ("Jane Doe, Reuters", ["Jane Doe", "Reuters"]),
    ("Jane Doe", ["Jane Doe"]),
])
def test_no_agency_more(content: str, names: list[str]) -> None:
    assert extract(_page(content)).authors == names


@pytest.mark.parametrize(("byline", "names"), [
    ('<p class="byline">Jane Doe - Reuters</p>', ["Jane Doe", "Reuters"]),
    ('<p>Jane Doe | AFP</p>', ["Jane Doe", "AFP"]),
])
def test_as_the_byline_on_the_page(byline: str, names: list[str]) -> None:
    assert extract(byline_page(byline)).authors == names
