"""The body's rest in the block after the story's block, a sign-up box or a few related links set
between them (cleaner.body.next_blocks.next_block_continues passes over such a short box,
cleaner.body.intro_blocks.inline_box): the fast pass keeps the first paragraphs of the story's <article>
(or its itemprop="articleBody" block) alone, and the box, read as the next block, hid the rest.
Comments, a bio or other stories after such a box stay out."""

from __future__ import annotations

import pytest
from helpers import budget_paragraphs, kept_paragraphs, news_page

from cleaner.extract import extract

SIGN_UP = ("<div class='newsletter-signup'><h3>Get the morning briefing</h3><p>Sign up for our newsletter to "
           "receive the best stories of the day every morning in your inbox, free of charge.</p><form>"
           "<input type='email'><button>Sign up</button></form></div>")
RELATED = ("<aside class='inline-related'><h3>Read more</h3><ul>" + "".join(
    f"<li><a href='/r{n}'>Related story number {n} about the council and the roads</a></li>"
    for n in range(3)) + "</ul></aside>")
H1 = "<h1>Council passes the budget</h1>"


LAYOUTS = {
    "an <article>, then the rest": f"<div class='wrap'><article>{H1}{{a}}</article>"
                                   "{box}<div class='article-rest'>{b}</div></div>",
    "itemprop=articleBody, then the rest": f"<div class='wrap'>{H1}<div itemprop='articleBody'>{{a}}</div>"
                                           "{box}<div class='rest'>{b}</div></div>",
    "a column nested deep, then the rest": f"<div class='wrap'><div class='top'>{H1}<div class='text'>"
                                           "<div class='inner'>{a}</div></div></div>{box}"
                                           "<div class='bottom'><div class='text2'>{b}</div></div></div>",
}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("box", [SIGN_UP, RELATED, SIGN_UP + RELATED])
def test_the_rest_after_a_box_is_read(layout: str, box: str) -> None:
    page = news_page(LAYOUTS[layout].format(a=budget_paragraphs(0, 4), b=budget_paragraphs(4, 25), box=box))
    text = extract(page).text
    assert kept_paragraphs(text) == set(range(25)), layout
    assert "Sign up" not in text and "Related story" not in text


_CARDS = "".join(f"<div class='teaser'><h3><a href='/s{n}'>Other story {n}</a></h3><p>The summary of "
                 f"other story {n}, which is long enough to be a sentence of prose here.</p></div>"
                 for n in range(4))
_COMMENTS = "".join(f"<p>Reader {n} thinks the council should have spent the money on the schools first, and "
                    f"says so at length here.</p>" for n in range(4))
_BIO = ("<p>Ann Lee covers the city council and its budget for the paper, and has reported on local "
        "politics for ten years.</p><p>She lives in the north of the city with her family and two dogs, "
        "and writes about the harbour too.</p>")


@pytest.mark.parametrize(("why", "after"), [
    ("other stories' cards", f"<div class='stories'>{_CARDS}</div>"),
    ("the comments", f"<section class='comments'>{_COMMENTS}</section>"),
    ("an author's bio", f"<div class='author-bio'>{_BIO}</div>"),
])
def test_other_content_after_a_box_stays_out(why: str, after: str) -> None:
    page = news_page(f"<div class='wrap'><article>{H1}{budget_paragraphs(0, 12)}</article>"
                     f"{SIGN_UP}{after}</div>")
    text = extract(page).text
    assert kept_paragraphs(text) == set(range(12)), why
    assert "Other story" not in text and "Reader" not in text and "Ann Lee covers" not in text, why
