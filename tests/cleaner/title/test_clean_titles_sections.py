"""A section's name set as the page's <h1> over the story ("Science and Technology", "Наука и
технологии") is no headline where the titles the page states tell of something else (issue 14): the
search for the <h1> that opens the text reaches 12 levels up, where a section's heading over the
column that holds the story stands. A short real headline that agrees with the sharing title, or the
<h1> of a page that states only a tab title (a blog's "Site: Page"), still wins."""

from __future__ import annotations

import json

import pytest
from helpers import RU_PROSE, prose
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

HEADLINE = "Ocean sensors reveal a warming current under the ice shelf"
REWORDED = "Ocean sensors reveal warming current under Antarctic ice shelf"
SITE = "Quayside Chronicle"
URL = "https://www.quaysidechronicle.example/science/2024/04/ocean-sensors"
PROSE = prose(8)
RU_URL = "https://kv.example/science/1.html"
SECTIONS = ["Science and Technology", "Science, Health and Environment", "Climate and Environment News"]


def _title(head: str, body: str, url: str = URL) -> str | None:
    page = (f"<html><head>{head}</head><body><header><a href='/'><img alt='{SITE}' src='logo.png'></a>"
            "<nav><a href='/world'>World</a> <a href='/science'>Science</a></nav></header>"
            f"{body}<footer><p>© 2024 {SITE}</p></footer></body></html>")
    return page_metadata(lxml_html.fromstring(page), url).title


def _head(og: str | None, tab: str = f"{HEADLINE} | {SITE}") -> str:
    sharing = f"<meta property='og:title' content='{og}'>" if og else ""
    return f"<title>{tab}</title>{sharing}<meta property='og:site_name' content='{SITE}'>"


def _under_section(h1: str, story: str, levels: int = 6) -> str:
    """The section's <h1> in a block beside the story's, both some wrappers below <main>."""
    body = f"<div class='section-head'><h1>{h1}</h1></div><div class='story'><article>{story}</article></div>"
    for level in range(levels):
        body = f"<div class='wrap-{level}'>{body}</div>"
    return f"<main>{body}</main>"


@pytest.mark.parametrize("section", SECTIONS)
def test_section_h1_over_a_story_titled_only_in_its_sharing_and_tab_titles(section: str) -> None:
    assert _title(_head(REWORDED), _under_section(section, PROSE)) in (HEADLINE, REWORDED)  # a stated title
    assert _title(_head(HEADLINE), _under_section(section, PROSE)) == HEADLINE
    # The headline in a block no class names, which nothing reads as a heading.
    assert _title(_head(HEADLINE), _under_section(section, f"<div>{HEADLINE}</div>{PROSE}")) == HEADLINE


@pytest.mark.parametrize("section", SECTIONS)
def test_section_h1_named_in_the_tab_title(section: str) -> None:
    # "Headline | Section | Site": the <h1> is the tab title's section segment, og:title or none.
    tab = f"{HEADLINE} | {section} | {SITE}"
    assert _title(_head(None, tab), _under_section(section, PROSE)) == HEADLINE
    assert _title(_head(HEADLINE, tab), _under_section(section, PROSE)) == HEADLINE


@pytest.mark.parametrize("section", ["World", *SECTIONS])
def test_section_h1_over_the_story_headline_as_h2(section: str) -> None:
    story = f"<h2>{HEADLINE}</h2>{PROSE}"
    assert _title(_head(HEADLINE), _under_section(section, story)) == HEADLINE
    assert _title(_head(REWORDED), _under_section(section, story)) == HEADLINE  # og:title reworded


def test_section_h1_in_other_languages() -> None:
    prose = RU_PROSE
    headline = "Учёные нашли тёплое течение подо льдом Антарктиды"
    head = f"<title>{headline} - Квэйсайд</title><meta property='og:title' content='{headline}'>"
    assert _title(head, _under_section("Наука и технологии", prose), RU_URL) == headline
    # Stated as JSON-LD's headline only, the tab title the site's name.
    data = json.dumps({"@type": "NewsArticle", "headline": headline}, ensure_ascii=False)
    head = f"<title>Квэйсайд</title><script type='application/ld+json'>{data}</script>"
    assert _title(head, _under_section("Наука и технологии", prose), RU_URL) == headline


@pytest.mark.parametrize("headline", ["Ceasefire holds", "Ceasefire holds overnight",
                                      "Ceasefire holds in Gaza"])
def test_a_short_headline_agreeing_with_the_sharing_title_wins(headline: str) -> None:
    opening = f"<main><article><h1>{headline}</h1>{PROSE}</article></main>"
    for body in (opening, _under_section(headline, PROSE)):
        assert _title(_head(headline, f"{headline} | {SITE}"), body) == headline
    if len(headline.split()) > 2:  # reworded, a word shared: the page's <h1>
        shared = "Gaza ceasefire holds as talks resume in Cairo"
        assert _title(_head(shared, f"{shared} | {SITE}"), _under_section(headline, PROSE)) == headline


def test_a_tab_title_alone_does_not_outweigh_the_h1() -> None:
    # A blog's "Site: Page" tab title and its page's short <h1>: the page's own heading.
    head = "<title>Quayside Notes: Colophon</title>"
    body = f"<main><article><h1>About This Site</h1>{PROSE}</article></main>"
    assert _title(head, body) == "About This Site"


def test_a_long_h1_is_no_section_name() -> None:
    # Five words or more over the text: the headline, though the sharing title tells it otherwise.
    headline = "Harbour council approves repair budget after dispute"
    assert _title(_head("What the vote means for you", f"What the vote means for you | {SITE}"),
                  _under_section(headline, PROSE)) == headline
