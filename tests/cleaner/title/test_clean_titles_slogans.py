"""A theme that writes the site's name and slogan into every page's tab title ("Quayside Notes –
Thoughts on harbours, boats and the sea"), on a page whose <h1> does not open the text (issue 14):
the headline is the <h1> that the page's address spells ("/2024/04/last-ferry-to-skye/"), not the
slogan. A tab title that shares a word with the address keeps its headline, whatever the <h1>."""

from __future__ import annotations

import pytest
from helpers import POST_PROSE, RECENT_POSTS
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

SITE = "Quayside Notes"
SLOGAN = "Thoughts on harbours, boats and the sea"
HEADLINE = "The last ferry to Skye leaves the pier"
URL = "https://quaysidenotes.example/2024/04/last-ferry-to-skye/"
PROSE = POST_PROSE
RECENT = RECENT_POSTS


def _title(head: str, h1: str = HEADLINE, url: str = URL) -> str | None:
    # An old theme: the logo and slogan, the post's <h1> straight under <body>, then a column of
    # recent posts beside the post's text: nothing tells the <h1> opens the text.
    body = (f"<div id='header'><div class='logo'><a href='/'>{SITE}</a></div><p>{SLOGAN}</p></div>"
            f"<h1>{h1}</h1><div id='wrap'><div id='sidebar'>{RECENT}</div>"
            f"<div id='content'><div class='entry'>{PROSE}</div></div></div>")
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    return page_metadata(lxml_html.fromstring(page), url).title


@pytest.mark.parametrize("head", [
    f"<title>{SITE} – {SLOGAN}</title>",
    f"<title>{SITE} – {SLOGAN}</title><meta name='description' content='{SLOGAN}'>",
    f"<title>{SITE} – {SLOGAN}</title><meta property='og:site_name' content='{SITE}'>",
    f"<title>{SITE} – {SLOGAN}</title><meta property='og:title' content='{SITE} – {SLOGAN}'>",
    f"<title>{SITE} | {SLOGAN}</title><meta property='og:description' content='{SLOGAN}'>",
])
def test_site_and_slogan_tab_title_gives_way_to_the_h1_the_address_spells(head: str) -> None:
    assert _title(head) == HEADLINE
    assert _title(head, url="https://quaysidenotes.example/last_ferry_to_skye.html") == HEADLINE


def test_a_tab_title_that_tells_of_the_address_keeps_its_headline() -> None:
    # "Site – Headline" over a label <h1> that the address does not spell.
    for head in (f"<title>{SITE} – {HEADLINE}</title>",
                 f"<title>{SITE} – {HEADLINE}</title><meta name='description' content='{HEADLINE}'>"):
        assert _title(head, h1="Latest posts from the harbour") == HEADLINE


def test_an_h1_the_address_barely_spells_leaves_the_tab_title() -> None:
    # One word of the slug in common is chance ("ferry" in a label), and an address with no slug
    # tells nothing: the tab title's headline stays.
    tab = "Harbour board approves a new timetable for the winter season"
    head = f"<title>{SITE} – {tab}</title>"
    assert _title(head, h1="Ferry news from the harbour") == tab
    assert _title(head, url="https://quaysidenotes.example/?p=1234") == tab
    assert _title(head, url="https://quaysidenotes.example/2024/04/12/98765.html") == tab


@pytest.mark.parametrize("url", ["https://quaysidenotes.example/?p=1234",
                                 "https://quaysidenotes.example/2024/04/12/98765.html"])
@pytest.mark.parametrize("mark", ["class='entry-title'", "class='post-title h2'", "class='article__headline'",
                                  "id='story-heading'", "itemprop='headline'"])
def test_an_h1_marked_as_the_posts_title_wins_over_the_slogan_on_an_address_with_no_slug(url: str,
                                                                                        mark: str) -> None:
    # No slug to spell the <h1>, no slogan printed under the logo: the theme names the <h1> as the post's.
    body = (f"<div id='header'><div class='logo'><a href='/'>{SITE}</a></div></div>"
            f"<h1 {mark}>{HEADLINE}</h1><div id='wrap'><div id='sidebar'>{RECENT}</div>"
            f"<div id='content'><div class='entry'>{PROSE}</div></div></div>")
    page = f"<html><head><title>{SITE} – {SLOGAN}</title></head><body>{body}</body></html>"
    assert page_metadata(lxml_html.fromstring(page), url).title == HEADLINE


def test_a_marked_h1_that_shares_the_tab_titles_words_leaves_it() -> None:
    # "Site – Headline" over the post's <h1> that holds a word of it: no slogan, the headline stays one.
    tab = "Harbour board approves a new timetable for the winter season"
    body = (f"<div id='header'><a href='/'>{SITE}</a></div><h1 class='entry-title'>Winter timetable news</h1>"
            f"<div id='wrap'><div id='sidebar'>{RECENT}</div><div id='content'>{PROSE}</div></div>")
    page = f"<html><head><title>{SITE} – {tab}</title></head><body>{body}</body></html>"
    assert page_metadata(lxml_html.fromstring(page), "https://quaysidenotes.example/?p=1").title == tab
