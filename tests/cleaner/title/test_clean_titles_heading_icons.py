"""What a page sets inside its <h1> beside the headline that is no word of it (issue 14): an inline
icon's text (an ``<svg>``'s ``<title>``: "Premium", "Video") and a count of the story's comments
("Headline <a href='#comments'>12</a>", a "comment-count" span). Both were read into the headline, so
the title chosen by the <h1> (or by a stated title that is a form of it) carried them. Guards: a
number that is the headline's, and a linked word after it that names no comments."""

from __future__ import annotations

import pytest
from helpers import STORY_PROSE
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

HEADLINE = "Council approves new budget for harbour repairs"
URL = "https://www.quaysidechronicle.example/news/2024/04/12/council-approves-new-budget-98765.html"
PROSE = STORY_PROSE


def _title(h1: str, head: str = f"<meta property='og:title' content='{HEADLINE}'>") -> str | None:
    page = (f"<html><head>{head}</head><body><header><a href='/'>Home</a></header><main><article>{h1}"
            f"{PROSE}</article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


TAB = f"<title>{HEADLINE} | Quayside Chronicle</title>"


@pytest.mark.parametrize("head", [f"<meta property='og:title' content='{HEADLINE}'>", TAB, ""])
@pytest.mark.parametrize("h1", [
    f"<h1><svg class='icon'><title>Premium</title><path d='M0 0h10v10z'/></svg>{HEADLINE}</h1>",
    f"<h1>{HEADLINE} <svg><title>Video</title></svg></h1>",
    f"<h1>{HEADLINE} <a class='comment-count' href='#comments'>12</a></h1>",
    f"<h1>{HEADLINE} <a href='#disqus_thread'>(3)</a></h1>",
    f"<h1>{HEADLINE} <span class='comments'>148 comments</span></h1>",
])
def test_an_icon_or_a_comment_count_in_the_h1_is_no_word_of_the_headline(h1: str, head: str) -> None:
    assert _title(h1, head) == HEADLINE


@pytest.mark.parametrize("headline", ["Harbour repairs: council approves budget of 12",
                                      "Top 10 harbour repairs"])
def test_a_number_of_the_headline_stays(headline: str) -> None:
    assert _title(f"<h1>{headline}</h1>", f"<title>{headline} | Quayside Chronicle</title>") == headline


def test_a_linked_word_that_names_no_comments_stays() -> None:
    headline = f"{HEADLINE} in 2024"
    assert _title(f"<h1>{HEADLINE} in <a href='/topics/2024'>2024</a></h1>", "") == headline
