"""A related-articles list whose items are the cards (issue 14): "<li class=author-name>A</li><li><a>a
headline</a></li>" under an unsigned story named A as its author: other_story looked for the cards
among the author element's ancestors only, and the item itself is the card. Guards: the article's own
meta row as a list (the author's item beside the day, or a one-word tag link)."""

from __future__ import annotations

import pytest
from helpers import unsigned_story

from cleaner.extract import extract

_TEXT = ("The government announced a new package of economic measures on Tuesday to support growth. The "
         "finance minister said the step would strengthen the purchasing power of citizens in every region.")


@pytest.mark.parametrize("kind", ["author-name", "contributor-name", "author"])
def test_related_items_name_no_author(kind: str) -> None:
    items = "".join(f"<li class='{kind}'>{name}</li><li><a href='/news/{day}'>Markets close higher on {day} "
                    "after the talks</a></li>" for day, name in (("Monday", "Someone Else"),
                                                                 ("Friday", "Another Writer")))
    related = f"<aside class='related-posts'><h3>Related articles</h3><ul>{items}</ul></aside>"
    page = unsigned_story("en", _TEXT).replace("</article>", f"</article>{related}")
    assert extract(page).authors == ["Daily Site"]


@pytest.mark.parametrize("row", [
    "<ul class='meta'><li class='author-name'>Jane Doe</li><li>12 April 2024</li></ul>",
    "<ul><li class='author-name'>Jane Doe</li><li><a href='/tag/politics'>Politics</a></li></ul>",
])
def test_the_articles_meta_row(row: str) -> None:
    assert extract(unsigned_story("en", _TEXT, before=row)).authors == ["Jane Doe"]
