"""A headline a design sets over two lines in its <h1>, each in an element of its own with nothing
naming either ("<h1><span>Council Approves New Budget</span><span>For Harbour Repairs</span></h1>"), is one
headline where a title the page states holds the two lines joined by a space (issue 14). The first line
was read as an unnamed kicker by its shape (a few words, then a line of three or more starting with a
capital) and the headline lost it. Guards: a title that sets the first line apart with a colon, a line
ending with its own colon, or a kicker named by its class, keeps the kicker out."""

from __future__ import annotations

import pytest
from helpers import STORY_PROSE
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

HEADLINE = "Council Approves New Budget For Harbour Repairs"
URL = "https://www.quaysidechronicle.example/news/2024/04/12/council-98765.html"
PROSE = STORY_PROSE


def _title(head: str, h1: str) -> str | None:
    page = (f"<html><head>{head}</head><body><header><a href='/'>Home</a></header><main><article>{h1}"
            f"{PROSE}</article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize("h1", [
    "<h1><span>Council Approves New Budget</span><span>For Harbour Repairs</span></h1>",
    "<h1><span>Council Approves</span> <span>New Budget For Harbour Repairs</span></h1>",
    "<h1><div>Council Approves</div><div>New Budget For Harbour Repairs</div></h1>",
])
@pytest.mark.parametrize("head", [f"<meta property='og:title' content='{HEADLINE}'>",
                                  f"<title>{HEADLINE} | Quayside Chronicle</title>"])
def test_a_headline_over_two_lines_that_a_title_joins_is_one(h1: str, head: str) -> None:
    assert _title(head, h1) == HEADLINE


@pytest.mark.parametrize(("head", "h1"), [
    ("<meta property='og:title' content='Digitale Souveränität: Warum der Cyberraum Regeln braucht'>",
     "<h1><span>Digitale Souveränität</span><span>Warum der Cyberraum Regeln braucht</span></h1>"),
    ("<meta property='og:title' content='Digitale Souveränität: Warum der Cyberraum Regeln braucht'>",
     "<h1><span>Digitale Souveränität:</span> <span>Warum der Cyberraum Regeln braucht</span></h1>"),
    ("<meta property='og:title' content='Digitale Souveränität Warum der Cyberraum Regeln braucht'>",
     "<h1><span class='kicker'>Digitale Souveränität</span>"
     "<span>Warum der Cyberraum Regeln braucht</span></h1>"),
])
def test_a_kicker_set_apart_stays_out(head: str, h1: str) -> None:
    assert _title(head, h1) == "Warum der Cyberraum Regeln braucht"
