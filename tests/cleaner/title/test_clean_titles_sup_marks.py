"""A mark the page sets in a ``<sup>`` inside its <h1> (issue 14): a premium story's "+" ("<h1>Headline
<sup>+</sup></h1>"), a "*" or a "★". It was read into the headline ("Headline+"), so the title chosen by
the <h1> carried it. Guards: a number or letters in a ``<sup>`` (an exponent, an ordinal) stay words
of the headline; an <h1> in capitals over a stated title in mixed case gives the stated title's case."""

from __future__ import annotations

import pytest
from helpers import STORY_PROSE
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

HEADLINE = "Council approves new budget for harbour repairs"
URL = "https://www.quaysidechronicle.example/news/2024/04/12/council-approves-new-budget-98765.html"
PROSE = STORY_PROSE
OG = f"<meta property='og:title' content='{HEADLINE}'>"
TAB = f"<title>{HEADLINE} | Quayside Chronicle</title>"


def _title(h1: str, head: str) -> str | None:
    page = (f"<html><head>{head}</head><body><header><a href='/'>Home</a></header><main><article>{h1}"
            f"{PROSE}</article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize("head", [OG, TAB, ""])
@pytest.mark.parametrize("h1", [
    f"<h1>{HEADLINE}<sup>+</sup></h1>",
    f"<h1>{HEADLINE} <sup class='premium'>+</sup></h1>",
    f"<h1><sup>★</sup> {HEADLINE}</h1>",
    f"<h1>{HEADLINE}<sup> * </sup></h1>",
])
def test_a_mark_in_a_sup_is_no_word_of_the_headline(h1: str, head: str) -> None:
    assert _title(h1, head) == HEADLINE


@pytest.mark.parametrize(("h1", "expected"), [
    ("<h1>Why E = mc<sup>2</sup> still puzzles harbour engineers</h1>",
     "Why E = mc2 still puzzles harbour engineers"),
    ("<h1>Harbour fair opens on the 4<sup>th</sup> of July</h1>", "Harbour fair opens on the 4th of July"),
])
def test_a_number_or_letters_in_a_sup_stay(h1: str, expected: str) -> None:
    assert _title(h1, "") == expected


@pytest.mark.parametrize("head", [OG, TAB])
def test_an_h1_in_capitals_gives_the_stated_titles_case(head: str) -> None:
    assert _title(f"<h1>{HEADLINE.upper()}</h1>", head) == HEADLINE
