"""cleaner.author.byline_places.in_chrome: a block hidden by its style is chrome, as written in CSS
("display:none", "display: none", a line break between); a style that shows it, or names no
display, is not (the cheap "display:" test before the regular expression changes no answer)."""

from __future__ import annotations

import pytest
from lxml import html

from cleaner.author.byline_places import in_chrome


@pytest.mark.parametrize(("style", "hidden"), [
    ("display:none", True),
    ("color: red; display: none", True),
    ("display:\n  none", True),
    ("display:block", False),
    ("DISPLAY:none", False),  # the expression reads the style as written: lower case
    ("color: red", False),
    ("display :none", False),
    ("", False),
])
def test_a_style_hides_the_byline_only_with_display_none(style: str, hidden: bool) -> None:
    page = html.fromstring(f'<html><body><div style="{style}"><p><span class="byline">By Jane Doe</span>'
                           "</p></div></body></html>")
    assert in_chrome(page.find(".//span")) is hidden


def test_navigation_and_hidden_attributes_stay_chrome() -> None:
    page = html.fromstring('<html><body><nav><a class="author">A</a></nav><div hidden><b>B</b></div>'
                           '<div class="x is-hidden"><i>C</i></div><p><em>D</em></p></body></html>')
    assert [in_chrome(page.find(f".//{tag}")) for tag in ("a", "b", "i", "em")] == [True, True, True, False]
