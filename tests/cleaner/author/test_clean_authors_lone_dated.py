"""A lone name and the date in one element under the headline (issue 14): "<div
class=article-meta>Jan Kowalski | 12.04.2024, 14:46</div>", "<p>Jane Doe<br>April 12, 2024</p>"
named no one (the lone-name rule wanted the date in an element of its own). Apart by a bar or a
dot only: a place and its date apart by a comma is a dateline."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.extract import extract


@pytest.mark.parametrize(("markup", "names"), [
    ('<div class="article-meta">Jan Kowalski | 12.04.2024, 14:46</div>', ["Jan Kowalski"]),
    ("<p>Ahmet Yılmaz | 12.04.2024 14:46</p>", ["Ahmet Yılmaz"]),
    ("<p>Jane Doe · April 12, 2024</p>", ["Jane Doe"]),
    ("<p>Jane Doe<br>April 12, 2024</p>", ["Jane Doe"]),
    # guards: a big city, a place before a comma, a label, a tag's link, the headline's subject
    ("<p>Berlin | 12.04.2024, 14:46</p>", []),
    ("<p>New York | April 12, 2024</p>", []),
    ("<p>Castel Gandolfo, 12 aprile 2024</p>", []),
    ("<p>Breaking News | 12.04.2024</p>", []),
    ('<div class="post-meta"><a href="/tag/politics">Politics</a> | 12.04.2024</div>', []),
])
def test_a_name_beside_its_date_in_one_element(markup: str, names: list[str]) -> None:
    assert extract(byline_page(markup)).authors == names
