"""A site's name followed by its own initials as the tab title's last segment (issue 14): "Headline -
Hong Kong Free Press HKFP", "Headline - Radio Free Europe RFE/RL". With no site name tag and a domain
that spells the name only in part ("hongkongfp"), the segment stayed in the title. Guards: initials
that are not the name's, a name without initials, a headline that ends with an abbreviation."""

from __future__ import annotations

import pytest
from helpers import STORY_PROSE
from lxml import html as lxml_html

from cleaner.metadata import page_metadata
from cleaner.title.name_shapes import with_initials

HEADLINE = "Council approves new budget for harbour repairs"
PROSE = STORY_PROSE


def _title(tab: str, url: str, h1: str = "") -> str | None:
    page = (f"<html><head><title>{tab}</title></head><body><header><a href='/'>Home</a></header><main>"
            f"<article>{h1}{PROSE}</article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), url).title


@pytest.mark.parametrize(("name", "url"), [
    ("Hong Kong Free Press HKFP", "https://hongkongfp.com/2024/04/12/council-approves-budget/"),
    ("Radio Free Europe RFE/RL", "https://www.rferl.org/a/council-approves-budget/32900000.html"),
    ("Harbour Light Gazette HLG", "https://www.harbourlight.example/news/council-approves-budget-98765"),
])
@pytest.mark.parametrize("separator", [" - ", " | "])
def test_a_site_name_with_its_initials_after_the_headline_goes(name: str, url: str, separator: str) -> None:
    assert _title(f"{HEADLINE}{separator}{name}", url) == HEADLINE


@pytest.mark.parametrize("segment", ["Hong Kong Free Press HKFP", "Radio Free Europe RFE/RL",
                                     "The Harbour Light Gazette HLG"])
def test_a_name_with_its_initials(segment: str) -> None:
    assert with_initials(segment)


@pytest.mark.parametrize("segment", [
    "Hong Kong Free Press", "Quayside Board QC", "Free Press HKFP", "talks with the NHS", "HKFP",
    "Budget for NHS", "World Health Organization",
])
def test_what_is_no_name_with_its_initials(segment: str) -> None:
    assert not with_initials(segment)


def test_a_headline_ending_in_an_abbreviation_stays() -> None:
    url = "https://www.harbourlight.example/news/council-approves-budget-98765"
    title = "Harbour workers strike over pay - talks with the NHS"
    assert _title(title, url) == title
