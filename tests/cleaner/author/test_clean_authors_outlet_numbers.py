"""An outlet's name with a number keeps it (issue 14): trafilatura's name cleaning cuts a name at its
first digit with all after it, so a byline or an author meta tag "France 24" gave "France", "Por g1 —
Rio de Janeiro" "G", "Canal 13" "Canal". Pages built from the shapes of news templates, not copied
from any; a day, a time, a year or "3 hours ago" after a name still goes."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_BODY, byline_page

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


def _meta_page(author: str) -> str:
    return (f'<html><head><title>Council passes the budget</title><meta name="author" content="{author}">'
            f'</head><body><article><h1>Council passes the budget</h1>{COUNCIL_BODY}</article></body></html>')


@pytest.mark.parametrize(("page", "authors"), [
    (byline_page('<p class="byline">Ana Pérez | France 24</p>'), ["Ana Pérez", "France 24"]),
    (_meta_page("France 24"), ["France 24"]),
    (byline_page('<p class="byline">Por g1 — Rio de Janeiro</p>'), ["g1"]),
    (byline_page('<p class="byline">Por Juan Pérez, Canal 13</p>'), ["Juan Pérez", "Canal 13"]),
    (byline_page('<p class="byline">Par Claire Martin, TV5 — Paris</p>'), ["Claire Martin", "TV5"]),
])
def test_the_outlet_keeps_its_number(page: str, authors: list[str]) -> None:
    assert extract(page).authors == authors


@pytest.mark.parametrize(("text", "names"), [
    ("Jane Doe 12:30", ["Jane Doe"]),
    ("Jane Doe 12.04.2024", ["Jane Doe"]),
    ("Jane Doe 3 hours ago", ["Jane Doe"]),
    ("Jane Doe 2024", ["Jane Doe"]),
    ("Jane Doe, May 12", ["Jane Doe"]),
    ("Иван Петров 12 апреля 2024", ["Иван Петров"]),
    ("Ana Pérez, G1", ["Ana Pérez", "G1"]),
])
def test_a_date_or_time_after_a_name_still_goes(text: str, names: list[str]) -> None:
    assert byline_names(text) == names
