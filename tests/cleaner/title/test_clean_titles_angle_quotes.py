"""A single angle quote between the headline and the site's or a section's name ("Headline › Site",
"Headline › World › Site", as SEO templates write the tab title) is a separator as " » " is (issue 14):
the names go. Guards: a headline that holds the mark with no name after it, and a title the <h1> prints
whole, stay."""

from __future__ import annotations

import pytest
from helpers import STORY_PROSE
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

URL = "https://www.quaynews.example/world/2024/04/12/harbour-sea-wall"
HEADLINE = "Harbour town votes to build new sea wall after storms"


def _title(tab: str, h1: str = "") -> str | None:
    page = (f"<html><head><title>{tab}</title></head><body><main><article>{h1}"
            f"<div class='article-body'>{STORY_PROSE}</div></article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize("tab", [f"{HEADLINE} › Quay News", f"{HEADLINE} › World › Quay News",
                                 f"{HEADLINE} ‹ Quay News"])
def test_the_names_after_an_angle_quote_go(tab: str) -> None:
    assert _title(tab) == HEADLINE


@pytest.mark.parametrize(("tab", "h1"), [
    ("Sea wall › the vote that split a harbour town", ""),
    (f"{HEADLINE} › part two", f"<h1>{HEADLINE} › part two</h1>"),
])
def test_a_headline_that_holds_the_mark_stays(tab: str, h1: str) -> None:
    assert _title(tab, h1) == tab
