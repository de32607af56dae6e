"""A byline written surname first ("By Doe, Jane") where the page prints the name given first with a
middle initial the byline leaves out ("Jane A. Doe" in the author box, a bio, the slug of the author's
page): one person, as the page prints it (issue 14). Before, only the name printed without its
initial was evidence, and the byline stayed two names ("Doe", "Jane")."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract


def _page(byline: str, foot: str) -> str:
    return ("<html><head><title>Council passes the budget</title></head><body><article>"
            f"<h1>Council passes the budget</h1>{byline}{COUNCIL_BODY}{foot}</article></body></html>")


@pytest.mark.parametrize(("byline", "foot", "names"), [
    ('<div class="byline">By Doe, Jane</div>', '<div class="bio">Jane A. Doe covers the council.</div>',
     ["Jane A. Doe"]),
    ('<div class="byline">By Doe, Jane</div>', '<div class="bio">Jane A Doe covers the council.</div>',
     ["Jane A. Doe"]),
    ('<div class="byline">By Smith, John</div>', '<a href="/author/john-r-smith">About the author</a>',
     ["John R. Smith"]),
    ('<div class="byline">By O’Brien, Sean</div>',
     '<div class="bio">Sean P. O’Brien covers the council.</div>', ["Sean P. O’Brien"]),
    ('<div class="byline">By DOE, JANE</div>', '<div class="bio">Jane A. Doe covers the council.</div>',
     ["Jane A. Doe"]),
    ('<div class="byline">By Doe, Mary Jane</div>',
     '<div class="bio">Mary Jane K. Doe covers the council.</div>', ["Mary Jane K. Doe"]),
])
def test_the_printed_name_with_its_initial(byline: str, foot: str, names: list[str]) -> None:
    assert extract(_page(byline, foot)).authors == names


@pytest.mark.parametrize(("byline", "foot", "names"), [
    # guards: printed without an initial; no evidence at all; another person's initial
    ('<div class="byline">By Doe, Jane</div>', '<div class="bio">Jane Doe covers the council.</div>',
     ["Jane Doe"]),
    ('<div class="byline">By Doe, Jane</div>', "", ["Doe", "Jane"]),
    ('<div class="byline">By Doe, Jane</div>', '<div class="bio">Janet A. Doe covers the council.</div>',
     ["Doe", "Jane"]),
])
def test_guards(byline: str, foot: str, names: list[str]) -> None:
    assert extract(_page(byline, foot)).authors == names
