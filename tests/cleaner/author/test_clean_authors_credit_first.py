"""A picture's credit before the byline on one line under the headline (issue 14): "Photo: Alex Green |
By Sam Carter", "Foto: Jens Bauer / Von Anna Schmidt", in a block whose class names neither. Before, the
line did not open with a "by" and was not read: the story went to the outlet. The photographer stays out."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract


def _page(meta: str, language: str = "en") -> str:
    return (f"<html lang='{language}'><head><meta charset='utf-8'><title>Council passes the budget - City"
            " Post</title><meta property='og:site_name' content='City Post'></head><body><header><a href='/'>"
            "City Post</a></header><article><h1>Council passes the budget</h1>"
            f"<div class='credits'>{meta}</div><div class='share-bar'><a href='#'>Facebook</a>"
            f" <a href='#'>X</a></div><div class='article-body'>{COUNCIL_BODY}</div></article>"
            "<footer><p>© 2024 City Post</p></footer></body></html>")


@pytest.mark.parametrize(("meta", "language", "names"), [
    ("Photo: Alex Green | By Sam Carter", "en", ["Sam Carter"]),
    ("Foto: Jens Bauer / Von Anna Schmidt", "de", ["Anna Schmidt"]),
    # guards: as before: each in its own element, the byline first, a credit alone, a credit before words
    # that are no byline
    ("<span>Photo: Alex Green</span> | <span>By Sam Carter and Jane Doe</span>", "en",
     ["Sam Carter", "Jane Doe"]),
    ("By Sam Carter | Photo: Alex Green", "en", ["Sam Carter"]),
    ("Photo: Alex Green", "en", ["City Post"]),
    ("Photo: Reuters | By the river, a new bridge", "en", ["City Post"]),
])
def test_byline_after_a_pictures_credit(meta: str, language: str, names: list[str]) -> None:
    assert extract(_page(meta, language)).authors == names
