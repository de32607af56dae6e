"""The fast author path (the page's rel/itemprop author elements) against the byline under the
headline (issue 14: "the fast author path misses names the full search finds"): where the marked
author element is an author box at the article's foot or a teaser's author in a list further
down, a block under the headline that the template names the byline, with no "by" ("<div
class=byline>Jane Doe and John Smith</div>"), is the article's byline; before, the marked element's
one name (or another story's author) was taken."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_PARAGRAPH

from cleaner.extract import extract

_BODY = "".join(f"<p>{COUNCIL_PARAGRAPH * 2}</p>" for _ in range(40))
_BOX = ('<div class="author-box"><a rel="author" href="/author/jane-doe">Jane Doe</a>'
        "<p>Jane Doe covers the city council.</p></div>")
_TEASERS = ('<aside><ul><li><a href="/news/other-story">Other story headline here</a> '
            '<a rel="author" href="/author/ann-lee">Ann Lee</a></li></ul></aside>')


def _page(byline: str, foot: str) -> str:
    return ("<html><head><title>Council passes the budget</title></head><body><article>"
            f"<h1>Council passes the budget</h1>{byline}{_BODY}{foot}</article></body></html>")


@pytest.mark.parametrize("foot", [_BOX, _TEASERS])
@pytest.mark.parametrize(("byline", "names"), [
    ('<div class="byline">Jane Doe and John Smith</div>', ["Jane Doe", "John Smith"]),
    ('<div class="article-byline"><span>Jane Doe</span>, <span>John Smith</span></div>',
     ["Jane Doe", "John Smith"]),
    ('<div class="author">Jane Doe, John Smith</div>', ["Jane Doe", "John Smith"]),
    ('<div class="byline">John Smith</div>', ["John Smith"]),
])
def test_the_byline_under_the_headline_comes_first(byline: str, foot: str, names: list[str]) -> None:
    assert extract(_page(byline, foot)).authors == names


@pytest.mark.parametrize(("byline", "names"), [
    # guards: a byline block that names no one (a date), an author's box under the headline, a
    # byline block holding the marked author element
    ('<div class="byline">Updated April 12, 2024</div>', ["Jane Doe"]),
    ('<div class="author-bio">Anna Smith writes on food.</div>', ["Jane Doe"]),
    ('<div class="byline">By <a rel="author" href="/author/jane-doe">Jane Doe</a></div>', ["Jane Doe"]),
])
def test_the_marked_author_where_no_byline_block_names_another(byline: str, names: list[str]) -> None:
    assert extract(_page(byline, _BOX)).authors == names
