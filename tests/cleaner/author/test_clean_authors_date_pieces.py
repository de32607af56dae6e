"""A byline's date read as a name (issue 14): a weekday's abbreviation before the month ("By Jane Doe
Updated 12:30 PM EDT, Mon May 6, 2024" gave "Mon"), and a month and its day that a byline's comma
cut from the year ("May 6, 2024" alone in the byline's block gave "May 6"). Neither is an author."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_BODY

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


def _page(byline: str) -> str:
    return ("<html lang=en><head><title>Council passes the budget</title></head><body><article>"
            f"<h1>Council passes the budget</h1>{byline}{COUNCIL_BODY}</article></body></html>")


@pytest.mark.parametrize(("byline", "names"), [
    ('<p class="byline">By Jane Doe Updated 12:30 PM EDT, Mon May 6, 2024</p>', ["Jane Doe"]),
    ('<p class="byline">By Jane Doe, Sat Nov. 2, 2024</p>', ["Jane Doe"]),
    ('<p class="byline">Jane Doe Thu Dec 12, 2024 3:14 pm</p>', ["Jane Doe"]),
    ('<p class="byline">May 6, 2024</p>', []),
    ('<p class="byline">6 Dec., 2024</p>', []),
])
def test_the_date_is_no_author(byline: str, names: list[str]) -> None:
    assert extract(_page(byline)).authors == names


@pytest.mark.parametrize(("text", "names"), [
    # guards: names that open with a weekday's or a month's letters
    ("By Sun Yang", ["Sun Yang"]),
    ("By May Chen and Jan Novak", ["May Chen", "Jan Novak"]),
    ("By Jane Doe, Tue 12 Apr 2024 14.46 BST", ["Jane Doe"]),
])
def test_guards(text: str, names: list[str]) -> None:
    assert byline_names(text) == names


def test_a_months_name_in_a_byline_stays() -> None:
    assert extract(_page('<p class="byline">By April Ryan</p>')).authors == ["April Ryan"]
