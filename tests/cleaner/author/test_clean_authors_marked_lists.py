"""Author markup the byline readers missed (issue 14): an author's name stated in a microdata
``<meta itemprop="author" content="Jane Doe">`` in the page's body (only an account's was meant to
be left out), and a byline's links to two authors' pages with only a space between them ("<a
href=/author/jane-doe>Jane Doe</a> <a href=/author/john-smith>John Smith</a>": the meta tags name
the first, the text read "Jane Doe John Smith" as one name and found no co-author)."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract

_BODY = COUNCIL_BODY


def _page(head: str, byline: str) -> str:
    return (f"<html><head><title>Council passes the budget</title>{head}</head><body><article>"
            f"<h1>Council passes the budget</h1>{byline}{_BODY}</article></body></html>")


@pytest.mark.parametrize(("head", "byline", "names"), [
    ("", '<meta itemprop="author" content="Jane Doe">', ["Jane Doe"]),
    ('<meta name="author" content="Jane Doe">',
     '<div class="byline"><a href="/author/jane-doe">Jane Doe</a> '
     '<a href="/author/john-smith">John Smith</a></div>',
     ["Jane Doe", "John Smith"]),
    # guards: an account in the author <meta>; links beside the author's that lead to a script or
    # an anchor; one name in two links of one person's page
    ("", '<meta itemprop="author" content="jdoe">', []),
    ('<meta name="author" content="Jane Doe">',
     '<div class="byline"><a href="/author/jane-doe">Jane Doe</a> '
     '<a href="javascript:print();">Print This Article</a> <a href="#share">Share it With Friends</a></div>',
     ["Jane Doe"]),
    ("", '<div class="byline">By <a href="/author/jane-doe">Jane</a> '
     '<a href="/author/jane-doe">Doe</a></div>', ["Jane Doe"]),
])
def test_marked_authors(head: str, byline: str, names: list[str]) -> None:
    assert extract(_page(head, byline)).authors == names
