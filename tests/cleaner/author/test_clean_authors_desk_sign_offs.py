"""A wire story a desk posts (issue 14): the byline names the desk or the outlet only ("Web Desk",
"Redaktion", the meta tag's outlet) and the text signs off with its agencies ("— AFP", "(dpa)",
"Source: Xinhua"). Before, the sign-off was read only where no one at all was named, and the desk
(and the outlet) stood alone; now the agencies come first, the desk after them. A person's byline
keeps the sign-off out, as before."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract


def _page(byline: str, sign_off: str, head: str = "") -> str:
    return ("<html lang='en'><head><meta charset='utf-8'><title>Council passes the budget - Daily Star"
            "</title>"
            f"<meta property='og:site_name' content='Daily Star'>{head}</head><body><header><a href='/'>Daily"
            f" Star</a></header><article><h1>Council passes the budget</h1>{byline}{COUNCIL_BODY}{sign_off}"
            "</article><footer><p>© 2024 Daily Star</p></footer></body></html>")


@pytest.mark.parametrize(("byline", "sign_off", "head", "names"), [
    ("<div class='author'>Web Desk</div>", "<p>— AFP</p>", "", ["AFP", "Web Desk"]),
    ("<div class='author'>News Desk</div>", "<p>Source: Xinhua</p>", "", ["Xinhua", "News Desk"]),
    ("", "<p>— Reuters</p>", "<meta name='author' content='Daily Star'>", ["Reuters", "Daily Star"]),
    # guards: a person's byline keeps the sign-off out; a desk with no sign-off, and a sign-off with no
    # byline, as before
    ("<div class='author'>By Jane Doe</div>", "<p>— AFP</p>", "", ["Jane Doe"]),
    ("<div class='author'>Web Desk</div>", "", "", ["Web Desk", "Daily Star"]),
    ("", "<p>— AFP</p>", "", ["AFP"]),
])
def test_desk_with_a_sign_off(byline: str, sign_off: str, head: str, names: list[str]) -> None:
    assert extract(_page(byline, sign_off, head)).authors == names
