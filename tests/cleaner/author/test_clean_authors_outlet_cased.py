"""A credit line whose outlet's name opens in lower case (issue 14): "Budi Santoso | detikNews",
"Budi Santoso, detikNews" under the headline named only the outlet (the page's fallback) and stayed
in the text: the lower-case word was taken for what a byline says of its names, so the line was no
credit line."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract

_BODY = COUNCIL_BODY
_URL = "https://news.detik.com/berita/d-7301234/council-passes-the-budget"


def _page(line: str) -> str:
    return ("<html><head><title>Council passes the budget - detikNews</title>"
            '<meta property="og:site_name" content="detikNews"></head><body><article>'
            f"<h1>Council passes the budget</h1>{line}{_BODY}</article></body></html>")


@pytest.mark.parametrize(("line", "names"), [
    ("<p>Budi Santoso | detikNews</p>", ["Budi Santoso", "detikNews"]),
    ("<p>Budi Santoso, detikNews</p>", ["Budi Santoso", "detikNews"]),
    # guards: a word in lower case that is no outlet; a section's name before a word
    ("<p>Budi Santoso | foto</p>", ["detikNews"]),
    ("<p>Kabar Terkini | Berita</p>", ["detikNews"]),
])
def test_a_credit_line_with_the_outlet_in_lower_case(line: str, names: list[str]) -> None:
    result = extract(_page(line), _URL)
    assert result.authors == names
    if len(names) > 1:
        assert "Budi Santoso" not in result.text
