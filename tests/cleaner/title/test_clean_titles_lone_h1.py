"""Two title kinds where the sharing title stood in for the headline on the page (issue 14).

- The page's one <h1>, which the markup does not show opening the text (the story written in
  ``<div>``s or lines split by ``<br>``, not ``<p>``; a hero block far from the body), beside a
  sharing title reworded for search that tells of the same story: the <h1> is the headline. Not a
  short series' or topic's name that shares words with the title, an <h1> of another story, nor one
  of two <h1>s that both tell of the title's story (one other <h1> that does not, a sidebar's "Most
  read" or a promotion, leaves the headline one).
- A word or two a CMS writes as every page's sharing title ("Home", "Article", "Latest News") beside
  a tab title of a sentence's length: the tab title's headline, not the CMS's word.
"""

from __future__ import annotations

import pytest
from helpers import STORY_LINE, STORY_PROSE
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

HEADLINE = "Council approves new budget for harbour repairs"
SEO = "Harbour repair budget 2024: what the council vote means"
SITE = "Quayside Chronicle"
URL = "https://www.quaysidechronicle.example/news/98765"
LINE = STORY_LINE
PROSE = STORY_PROSE
BODIES = {
    "divs": "<div class='body'>" + "".join(f"<div class='para'>{LINE.format(n=n)}</div>" for n in range(6))
            + "</div>",
    "br lines": "<div class='text'>" + "<br><br>".join(LINE.format(n=n) for n in range(6)) + "</div>",
    "far from a hero": "<div class='c'><div class='d'><div class='e'><article>" + PROSE
                       + "</article></div></div></div>",
}


def _title(head: str, body: str) -> str | None:
    page = (f"<html><head>{head}</head><body><header><a href='/'>{SITE}</a><nav><a href='/news'>News</a>"
            f"</nav></header>{body}<footer><p>Contact us</p></footer></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


def _hero(h1: str) -> str:
    return f"<div class='top'><div class='hero'><div class='inner'><h1>{h1}</h1></div></div></div>"


SEO_HEAD = f"<title>{SEO} | {SITE}</title><meta property='og:title' content='{SEO}'>"


@pytest.mark.parametrize("body", BODIES)
def test_the_pages_one_h1_beside_a_reworded_sharing_title(body: str) -> None:
    assert _title(SEO_HEAD, _hero(HEADLINE) + BODIES[body]) == HEADLINE
    assert _title(f"<title>{SEO} | {SITE}</title>", _hero(HEADLINE) + BODIES[body]) == HEADLINE


@pytest.mark.parametrize("h1", ["Harbour Budget 2024", "Ferry timetable changes for the winter season"])
def test_a_series_name_or_another_storys_h1_leaves_the_sharing_title(h1: str) -> None:
    assert _title(SEO_HEAD, _hero(h1) + BODIES["divs"]) == SEO


def test_one_of_two_h1s_leaves_the_sharing_title() -> None:
    other = "<div class='promo'><h1>Harbour budget council meeting recordings online</h1></div>"
    assert _title(SEO_HEAD, _hero(HEADLINE) + other + BODIES["divs"]) == SEO


@pytest.mark.parametrize("other", [
    "<div class='side'><h1>Most read</h1><ul><li><a href='/a'>A story</a></li></ul></div>",
    "<div class='promo'><h1>Subscribe now for unlimited access to our journalism</h1></div>"])
def test_the_one_of_several_h1s_the_sharing_title_tells_of(other: str) -> None:
    # The other <h1> heads a sidebar or a promotion: of no story the titles tell of.
    assert _title(SEO_HEAD, _hero(HEADLINE) + BODIES["divs"] + other) == HEADLINE
    assert _title(SEO_HEAD, other + _hero(HEADLINE) + BODIES["divs"]) == HEADLINE


@pytest.mark.parametrize("generic", ["Home", "Article", "Latest News", "news"])
def test_a_cms_word_as_the_sharing_title_gives_way_to_the_tab_title(generic: str) -> None:
    head = f"<title>{HEADLINE} | {SITE}</title><meta property='og:title' content='{generic}'>"
    assert _title(head, f"<article>{PROSE}</article>") == HEADLINE


def test_a_short_headline_the_tab_title_holds_stays() -> None:
    head = f"<title>Ceasefire holds | {SITE}</title><meta property='og:title' content='Ceasefire holds'>"
    assert _title(head, f"<article>{PROSE}</article>") == "Ceasefire holds"
    # A tab title that holds a word of the short sharing title: no evidence it is a CMS's word.
    head = ("<title>Ceasefire talks resume in Cairo after a week | Quayside Chronicle</title>"
            "<meta property='og:title' content='Ceasefire holds'>")
    assert _title(head, f"<article>{PROSE}</article>") == "Ceasefire holds"
