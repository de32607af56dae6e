"""A theme's "Site – slogan" tab title on a page whose address has no slug to compare it with
("/?p=1234", "/2024/04/12/98765.html", "/archives/4321") and whose <h1> does not open the text
(issue 14): the slogan is printed in the masthead beside the logo's link to the home page (an old
theme's ``#header``, WordPress's ``site-branding``/``site-description``, Blogger's ``Header`` and
``description``), so the tab title is no headline and the <h1> is. A tab title whose text is printed
elsewhere (in the article, in a header with no link home) keeps its headline."""

from __future__ import annotations

import pytest
from helpers import POST_PROSE, RECENT_POSTS
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

SITE = "Quayside Notes"
SLOGAN = "Thoughts on harbours, boats and the sea"
HEADLINE = "The last ferry to Skye leaves the pier"
URLS = ["https://quaysidenotes.example/?p=1234", "https://quaysidenotes.example/2024/04/12/98765.html",
        "https://quaysidenotes.example/archives/4321"]
PROSE = POST_PROSE
RECENT = RECENT_POSTS
MASTHEADS = {
    "old theme": f"<div id='header'><div class='logo'><a href='/'>{SITE}</a></div><p>{SLOGAN}</p></div>",
    "wordpress": ("<header id='masthead' class='site-header'><div class='site-branding'>"
                  f"<p class='site-title'><a href='/' rel='home'>{SITE}</a></p>"
                  f"<p class='site-description'>{SLOGAN}</p></div></header>"),
    "blogger": ("<div class='header-outer'><div class='Header'><h1 class='title'>"
                f"<a href='https://quaysidenotes.example/'>{SITE}</a></h1>"
                f"<p class='description'><span>{SLOGAN}</span></p></div></div>"),
}
TABS = [f"{SITE} – {SLOGAN}", f"{SITE} | {SLOGAN}", f"{SLOGAN} – {SITE}"]


def _title(tab: str, masthead: str, url: str, h1: str = HEADLINE) -> str | None:
    # The post's <h1> straight under <body>, then a column of recent posts beside the post's text:
    # nothing tells the <h1> opens the text.
    body = (f"{masthead}<h1>{h1}</h1><div id='wrap'><div id='sidebar'>{RECENT}</div>"
            f"<div id='content'><div class='entry'>{PROSE}</div></div></div>")
    page = f"<html><head><title>{tab}</title></head><body>{body}</body></html>"
    return page_metadata(lxml_html.fromstring(page), url).title


@pytest.mark.parametrize("masthead", MASTHEADS)
@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("tab", TABS)
def test_slogan_printed_in_the_masthead_gives_way_to_the_h1(masthead: str, url: str, tab: str) -> None:
    assert _title(tab, MASTHEADS[masthead], url) == HEADLINE


@pytest.mark.parametrize("masthead", MASTHEADS)
def test_a_headline_tab_title_stays_beside_a_masthead(masthead: str) -> None:
    # The tab title's text is no slogan: nothing in the masthead prints it.
    tab = "Harbour board approves a new timetable for the winter season"
    assert _title(f"{SITE} – {tab}", MASTHEADS[masthead], URLS[0], h1="Ferry news from the harbour") == tab


def test_text_printed_outside_the_masthead_is_no_slogan() -> None:
    tab = "Harbour board approves a new timetable for the winter season"
    in_article = f"<div id='header'><a href='/'>{SITE}</a></div><article><p>{tab}</p></article>"
    no_link_home = f"<header><a href='/about'>About</a><p>{tab}</p></header>"
    for masthead in (in_article, no_link_home):
        assert _title(f"{SITE} – {tab}", masthead, URLS[0], h1="Ferry news from the harbour") == tab
