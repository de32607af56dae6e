"""The story's opening block and its body's block with a pull quote or a long box of related links
set between them (cleaner.body.intro_blocks.set_between: a <blockquote> under 300 characters; inline_box:
a box named for related stories whose text is its links' up to 1,500 characters): the fast pass
read the body's block alone, and the opening was lost when the box stood between. The quote and the
links stay out of the text; a long related box of prose summaries still ends the look."""

from __future__ import annotations

import pytest
from helpers import budget_paragraphs, kept_paragraphs, news_page

from cleaner.extract import extract

H1 = "<h1>Council passes the budget</h1>"
PULL_QUOTE = ("<blockquote class='pullquote'><p>We have waited too long for these repairs, and now the "
              "money is finally there for every district of the city.</p></blockquote>")
LINKS = ("<div class='related-links'><h3>Related</h3>" + "".join(
    f"<p><a href='/r{n}'>Related story number {n} about the council and the roads in the city this year"
    "</a></p>" for n in range(8)) + "</div>")
SUMMARIES = ("<div class='related-links'><h3>Related</h3>" + "".join(
    f"<p>Related story number {n}: the council and the roads in the city this year, told at some length in a "
    f"summary that is prose.</p>" for n in range(6)) + "</div>")


LAYOUTS = {
    "in an <article>": f"<article>{H1}<div class='intro-text'>{{a}}</div>{{box}}"
                       "<div class='article-body'>{b}</div></article>",
    "before itemprop=articleBody": f"<div class='wrap'>{H1}<div class='story-top'>{{a}}</div>{{box}}"
                                   "<div itemprop='articleBody'>{b}</div></div>",
}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("box", [PULL_QUOTE, LINKS])
@pytest.mark.parametrize("opening", [3, 6])
def test_the_opening_before_a_pull_quote_or_links_is_read(layout: str, box: str, opening: int) -> None:
    page = news_page(LAYOUTS[layout].format(a=budget_paragraphs(0, opening),
                                            b=budget_paragraphs(opening, 20), box=box))
    text = extract(page).text
    assert kept_paragraphs(text) == set(range(20)), layout
    assert "Related story" not in text and "waited too long" not in text


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_long_box_of_prose_summaries_still_ends_the_look(layout: str) -> None:
    page = news_page(LAYOUTS[layout].format(a=budget_paragraphs(0, 3), b=budget_paragraphs(3, 20),
                                            box=SUMMARIES))
    text = extract(page).text
    assert kept_paragraphs(text) == set(range(3, 20)), layout
    assert "Related story" not in text
