"""A section's name before the headline in the sharing and tab titles ("Science - Headline | Site",
issue 14) on a page that prints no heading to compare them with (its headline is set by script):
where the page's navigation or breadcrumb prints the name as a link, it is cut. Guards: a name the
page does not link, a topic before a colon, a longer first segment, and a headline too short once
cut stay whole."""

from __future__ import annotations

import pytest
from helpers import PLANET_DIVS
from lxml import html as lxml_html

from cleaner.metadata import page_metadata
from cleaner.title.sections import without_linked_prefix

HEADLINE = "Astronomers find water vapour on distant exoplanet"
URL = "https://www.quaysidechronicle.example/science/2024/04/12/exoplanet-water"
PROSE = PLANET_DIVS
SITE = "<meta property='og:site_name' content='Quayside Chronicle'>"


def _title(tab: str, og: str | None, links: str) -> str | None:
    head = f"<title>{tab}</title>{SITE}" + (f"<meta property='og:title' content='{og}'>" if og else "")
    body = (f"<header><a href='/'>Quayside Chronicle</a>{links}</header>"
            f"<div class='container'><div class='content'>{PROSE}</div></div>")
    page = lxml_html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")
    return page_metadata(page, URL).title


NAV = "<nav><a href='/news'>News</a> <a href='/science'>Science</a> <a href='/world'>World News</a></nav>"
CRUMB = "<ol class='breadcrumb'><li><a href='/'>Home</a></li><li><a href='/science'>Science</a></li></ol>"


@pytest.mark.parametrize("links", [NAV, CRUMB])
@pytest.mark.parametrize(("tab", "og"), [
    (f"Science - {HEADLINE} - Quayside Chronicle", None),
    (f"Science | {HEADLINE} | Quayside Chronicle", None),
    (f"Science » {HEADLINE}", None),
    (f"{HEADLINE} | Quayside Chronicle", f"Science - {HEADLINE}"),
])
def test_linked_section_before_the_headline_is_cut(tab: str, og: str | None, links: str) -> None:
    assert _title(tab, og, links) == HEADLINE


def test_world_news_before_the_headline_is_cut() -> None:
    assert _title(f"World News - {HEADLINE}", None, NAV) == HEADLINE


@pytest.mark.parametrize("tab", [
    f"Space - {HEADLINE}",  # not a link on the page
    f"News: {HEADLINE}",  # before a colon, linked, but no folder of the address (/science/ cuts it:
    # tests/cleaner/title/test_clean_titles_path_sections.py)
    "Science - Water found",  # too short a headline once cut
])
def test_a_first_segment_the_page_does_not_link_stays(tab: str) -> None:
    assert _title(tab, None, NAV) == tab


def test_only_a_few_words_before_the_separator() -> None:
    linked = {"science", "the science of water on planets"}.__contains__
    title = f"The science of water on planets - {HEADLINE}"
    assert without_linked_prefix(title, lambda text: linked(text.casefold())) == title
    assert without_linked_prefix(f"Science - {HEADLINE}", lambda text: linked(text.casefold())) == HEADLINE
