"""A headline's own words after a dash are no section's name (issue 14): "The 10 best beaches - ranked |
Site", "Storm hits the coast - latest updates | Site". Segments of one or two words before the site's
name were all cut as sections, so the headline lost its last words, also where the page prints them
in its <h1> (the tab title's cut form was then read as the <h1>'s headline with a subtitle). A section
is a name: capitalised in a cased script ("World", "UK news"), or in a script without case ("科技")."""

from __future__ import annotations

import pytest
from helpers import STORY_PROSE
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

URL = "https://www.quaysidechronicle.example/news/2024/04/12/story-98765.html"
PROSE = STORY_PROSE


def _title(head: str, h1: str = "") -> str | None:
    page = (f"<html><head>{head}</head><body><header><a href='/'>Home</a></header><main><article>{h1}"
            f"{PROSE}</article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize("headline", ["The 10 best beaches - ranked", "Storm hits the coast - latest updates",
                                      "Harbour reopens – at last"])
@pytest.mark.parametrize("form", ["<title>{} | Quayside Chronicle</title>",
                                  "<meta property='og:title' content='{} - Quayside Chronicle'>"])
def test_words_in_lower_case_after_a_dash_stay_with_the_headline(headline: str, form: str) -> None:
    assert _title(form.format(headline)) == headline
    assert _title(form.format(headline), f"<h1>{headline}</h1>") == headline


@pytest.mark.parametrize(("title", "headline"), [
    ("Council approves new budget for harbour repairs - World | Quayside Chronicle",
     "Council approves new budget for harbour repairs"),
    ("Council approves new budget for harbour repairs | UK news | Quayside Chronicle",
     "Council approves new budget for harbour repairs"),
    ("港口新规出台渔民担心生计问题_财经_Quayside Chronicle", "港口新规出台渔民担心生计问题"),
])
def test_a_sections_name_before_the_sites_still_goes(title: str, headline: str) -> None:
    assert _title(f"<title>{title}</title>") == headline
