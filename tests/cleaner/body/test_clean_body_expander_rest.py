"""The body's rest in the block a "Read more" button unfolds, a sibling of the block with its first
paragraphs (cleaner.body.rest_blocks.EXPANDER): the fast pass keeps the first paragraphs only, and the
container must take in the expander's block for the body to look cut short and be read again.
Blocks named for other content ("more-stories", a "read-more" box of links) stay out."""

from __future__ import annotations

import pytest
from helpers import budget_line, budget_paragraphs, kept_paragraphs, news_page

from cleaner.extract import extract

NEWSLETTER = "<div class='newsletter-box'><p>Sign up for our morning briefing</p><form><input></form></div>"


def _shallow(name: str, after: str = "") -> str:
    return news_page(f"<div class='wrap'><h1>Council passes the budget</h1><div class='content'>"
                     f"{budget_paragraphs(0, 3)}"
                     f"</div>{NEWSLETTER}<section class='{name}'>{budget_paragraphs(3, 25)}</section>"
                     f"{after}</div>")


def _deep(name: str, after: str = "") -> str:
    return news_page(f"<div class='page'><div class='col'><h1>Council passes the budget</h1>"
                     f"<div class='content'>"
                     f"<div class='text'>{budget_paragraphs(0, 3)}</div></div></div>{NEWSLETTER}"
                     f"<div class='{name}'><div>{budget_paragraphs(3, 25)}</div></div>{after}</div>")


def _article(name: str, after: str = "") -> str:
    return news_page(f"<div class='story'><article><h1>Council passes the budget</h1>"
                     f"{budget_paragraphs(0, 3)}</article>"
                     f"{NEWSLETTER}<div class='{name}'>{budget_paragraphs(3, 25)}</div>{after}</div>")


@pytest.mark.parametrize("name", ["read-more-content", "show-more", "article-more", "story-more",
                                  "text-more js-collapsed", "see-more-body"])
@pytest.mark.parametrize("layout", [_shallow, _deep, _article])
def test_the_rest_in_an_expanders_block_is_read(name: str, layout) -> None:
    text = extract(layout(name)).text
    assert kept_paragraphs(text) == set(range(25))
    assert "Sign up" not in text


# Guards: blocks named for other content after the body stay out.
_TEASERS = "".join(f"<p><a href='/story-{n}'>Teaser headline number {n} of another story on the site, "
                   f"long enough to count</a></p>" for n in range(4))
_CARDS = "".join(f"<div class='card'><h3><a href='/s{n}'>Other story {n}</a></h3><p>The summary of other "
                 f"story {n}, which is long enough to be a sentence of prose here.</p></div>"
                 for n in range(4))


@pytest.mark.parametrize("box", [f"<div class='read-more'>{_TEASERS}</div>",
                                 f"<div class='show-more-stories'>{_CARDS}</div>",
                                 f"<section class='more-stories'>{_CARDS}</section>",
                                 f"<div class='read-more-links'>{_TEASERS}</div>"])
def test_a_box_of_other_stories_after_the_whole_body_stays_out(box: str) -> None:
    page = news_page(f"<div class='wrap'><h1>Council passes the budget</h1><div class='content'>"
                     f"{budget_paragraphs(0, 12)}</div>{box}</div>")
    text = extract(page).text
    assert kept_paragraphs(text) == set(range(12))
    assert "Teaser headline" not in text and "Other story" not in text and "summary of other" not in text


@pytest.mark.parametrize("name", ["show-more-stories", "more-stories", "read-more-links"])
def test_the_rest_in_a_block_named_for_other_content_is_not_taken_as_the_body(name: str) -> None:
    # Named for other stories, the block is not widened into (unchanged: the fast pass's text).
    assert kept_paragraphs(extract(_shallow(name)).text) == set(range(3))


def test_cards_of_other_stories_beside_a_body_with_an_expander_stay_out() -> None:
    # The expander only widens the container where nothing else does: the block around the body and
    # a column of other columnists' cards stays the container, and the cards are taken out there.
    cards = "".join(f"<div class='story-block'><h4 class='heading'><a href='/c{n}'>Column {n}</a></h4><p>"
                    f"COLUMNIST {n} writes about the harbour and the ferries, and why the island needs them "
                    f"now more than ever before.</p></div>" for n in range(5))
    page = news_page(f"<div id='story'><div class='story-body'>"
                     f"<div class='story-intro'><p>{budget_line(0)}</p></div>"
                     f"{budget_paragraphs(1, 4)}<div id='read-more'>"
                     f"<div id='read-more-link'><a href=''>Read more</a>"
                     f"</div><div id='read-more-content'>{budget_paragraphs(4, 14)}</div></div></div>"
                     f"<div class='group other-columns'>{cards}</div></div>")
    text = extract(page).text
    assert kept_paragraphs(text) == set(range(14))
    assert "COLUMNIST" not in text
