"""A story page that loads the site's next stories below its own, each whole under its <h1> ("infinite
scroll", issue 14): the page's headline is the first story's. Before, a page of several posts had no
headline of its own: a sharing title written apart from the headline (for search) was kept where it
told of the first <h1> only, and where the titles name only the site (or the page states none) the
wordiest <h1> was taken, a later story's as often as not. Guards: titles that tell of a later story
only, or of two, keep the stated title."""

from __future__ import annotations

from helpers import STORY_PROSE
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

HEADLINE = "Fishermen cheer as town finally fixes its crumbling quay"
SEO = "Council passes budget so town can fix its crumbling quay"
NEXT = "Mayor resigns after a long row over school closures in the eastern districts"
URL = "https://www.quaysidechronicle.example/news/2024/04/12/fishermen-cheer-quay-98765.html"
PROSE = STORY_PROSE


def _title(head: str, first: str = HEADLINE, second: str = NEXT) -> str | None:
    page = (f"<html><head>{head}</head><body><header><a href='/' class='logo'>Quayside Chronicle</a></header>"
            f"<main><article><h1>{first}</h1>{PROSE}</article>"
            f"<article class='next-story'><h1>{second}</h1>{PROSE}</article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


def test_a_title_written_for_search_tells_of_the_first_story() -> None:
    assert _title(f"<title>{SEO} | Quayside Chronicle</title><meta property='og:title' content='{SEO}'>") \
        == HEADLINE


def test_titles_that_name_only_the_site_or_none_take_the_first_story() -> None:
    site = "<title>Quayside Chronicle</title><meta property='og:title' content='Quayside Chronicle'>"
    assert _title(site) == HEADLINE
    assert _title("") == HEADLINE


def test_a_title_that_tells_of_a_later_story_or_of_both_stays() -> None:
    head = f"<meta property='og:title' content='{SEO}'>"
    assert _title(head, first=NEXT, second=HEADLINE) == SEO
    assert _title(head, second="Town quay fixes cheered by fishermen at a crumbling harbour") == SEO
