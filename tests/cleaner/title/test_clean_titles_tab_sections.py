"""A section's name of a few words set as the <h1> over the story ("Science and Technology", "Politics
and Policy") on a page whose only title is its tab title, "Headline | Site" (issue 14): no sharing
title to compare with, but the tab title, its site's name cut, is a headline of a sentence's length
that shares no word of meaning with the <h1>, so the <h1> is the section's name and the headline comes
from the tab title. Not where the tab title is a blog's "Site: Page", where the page's address spells
the <h1>, where the tab title's text is the slogan the page prints under its logo, nor for a short
headline that shares its words with the tab title."""

from __future__ import annotations

import pytest
from helpers import RU_PROSE, prose
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

HEADLINE = "Ocean sensors reveal a warming current under the ice shelf"
SITE = "Quayside Chronicle"
URL = "https://www.quaysidechronicle.example/science/2024/04/12/98765.html"
PROSE = prose(8)
SECTIONS = ["Science and Technology", "Politics and Policy", "Climate and Environment News"]
TABS = [f"{HEADLINE} | {SITE}", f"{HEADLINE} - {SITE}", f"{HEADLINE} | quaysidechronicle.example",
        f"{SITE} | {HEADLINE}", f"{HEADLINE} | Harbourside Media Group"]


def _title(tab: str, h1: str, url: str = URL, extra_head: str = "", masthead: str = "",
           under: bool = False) -> str | None:
    if under:  # the section's <h1> in a block beside the story's, as a section front's template sets it
        story = (f"<div class='section-head'><h1>{h1}</h1></div>"
                 f"<div class='story'><article>{PROSE}</article></div>")
    else:  # the section's <h1> at the top of the article's block
        story = f"<article><h1>{h1}</h1>{PROSE}</article>"
    masthead = masthead or f"<a href='/'>{SITE}</a>"
    page = (f"<html><head><title>{tab}</title>{extra_head}</head><body>"
            f"<header>{masthead}</header><main>{story}</main>"
            f"<footer><p>Contact the newsroom</p></footer></body></html>")
    return page_metadata(lxml_html.fromstring(page), url).title


@pytest.mark.parametrize("section", SECTIONS)
@pytest.mark.parametrize("tab", TABS)
def test_section_h1_gives_way_to_the_tab_titles_headline(section: str, tab: str) -> None:
    assert _title(tab, section) == HEADLINE
    assert _title(tab, section, under=True) == HEADLINE


def test_section_h1_with_the_site_declared() -> None:
    site = f"<meta property='og:site_name' content='{SITE}'>"
    assert _title(f"{HEADLINE} | {SITE}", "Science and Technology", extra_head=site) == HEADLINE


def test_section_h1_in_another_language() -> None:
    prose = RU_PROSE
    headline = "Учёные нашли тёплое течение подо льдом Антарктиды"
    page = (f"<html><head><title>{headline} - Квэйсайд</title></head><body><header><a href='/'>Квэйсайд</a>"
            f"</header><main><article><h1>Наука и технологии</h1>{prose}</article></main></body></html>")
    assert page_metadata(lxml_html.fromstring(page), "https://kv.example/science/1.html").title == headline


def test_a_blogs_site_and_page_tab_title_keeps_the_h1() -> None:
    # "Site: Page" leaves a word or two: no headline of its own.
    assert _title("Quayside Notes: Colophon", "About This Site") == "About This Site"


def test_an_h1_the_address_spells_is_the_headline() -> None:
    # A short title-case headline over the text, the tab title written apart from it.
    h1 = "Last Ferry Leaves Skye"
    url = "https://www.quaysidechronicle.example/2024/04/last-ferry-leaves-skye/"
    assert _title(f"{HEADLINE} | {SITE}", h1, url=url) == h1


def test_a_short_headline_sharing_its_words_with_the_tab_title_wins() -> None:
    h1 = "Ocean Current Warms"
    assert _title(f"{HEADLINE} | {SITE}", h1) == h1


def test_a_slogan_tab_title_printed_under_the_logo_keeps_the_h1() -> None:
    slogan = "Thoughts on harbours, boats and the sea from the quayside"
    masthead = f"<div class='site-branding'><a href='/' rel='home'>{SITE}</a><p>{slogan}</p></div>"
    h1 = "Last Ferry Leaves Skye"
    assert _title(f"{SITE} | {slogan}", h1, masthead=masthead) == h1
