"""The body's rest in the block after the story's block, a picture with a long caption, a pull quote
or a subscription box set between them (cleaner.body.next_blocks.next_block_continues passes over
intro_blocks.set_between and a short <blockquote>): the fast pass keeps the first paragraphs of the
story's block alone, and the picture, read as the next block, hid the rest. The subscription box
stays out of the second reading (cleaner.body.body_documents._without_boxes)."""

from __future__ import annotations

import pytest
from helpers import budget_paragraphs, kept_paragraphs, news_page

from cleaner.extract import extract

H1 = "<h1>Council passes the budget</h1>"
FIGURE = ("<figure class='image'><img src='/a.jpg'><figcaption>The mayor of the city speaks to reporters "
          "at the town hall on Tuesday evening after the vote on the budget. Photo: Ann Lee</figcaption>"
          "</figure>")
IMAGE_BLOCK = ("<div class='image-block'><img src='/a.jpg'><p class='caption'>The mayor of the city speaks "
               "to reporters at the town hall on Tuesday evening after the vote on the budget.</p>"
               "<span class='credit'>Photo: Ann Lee</span></div>")
PULL_QUOTE = ("<blockquote class='pullquote'><p>We have waited too long for these repairs, and now the "
              "money is finally there for every district of the city.</p></blockquote>")
PROMO = ("<div class='promo-box'><h4>Subscribe today</h4><p>Get unlimited access to all our stories for one "
         "euro in the first month, and cancel any time you like.</p><a href='/sub'>Subscribe</a></div>")


LAYOUTS = {
    "an <article>, then the rest": f"<div class='wrap'><article>{H1}{{a}}</article>"
                                   "{box}<div class='article-rest'>{b}</div></div>",
    "a column nested deep, then the rest": f"<div class='wrap'><div class='top'>{H1}<div class='text'>"
                                           "<div class='inner'>{a}</div></div></div>{box}"
                                           "<div class='bottom'><div class='text2'>{b}</div></div></div>",
}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("box", [FIGURE, IMAGE_BLOCK, PULL_QUOTE, FIGURE + PROMO])
def test_the_rest_after_a_picture_is_read(layout: str, box: str) -> None:
    page = news_page(LAYOUTS[layout].format(a=budget_paragraphs(0, 4), b=budget_paragraphs(4, 25), box=box))
    text = extract(page).text
    assert kept_paragraphs(text) == set(range(25)), layout
    assert "Subscribe today" not in text and "unlimited access" not in text, layout


@pytest.mark.parametrize("box", [PROMO, FIGURE + PROMO])
def test_a_subscription_box_between_the_parts_stays_out(box: str) -> None:
    page = news_page(LAYOUTS["an <article>, then the rest"].format(a=budget_paragraphs(0, 4),
                                                                   b=budget_paragraphs(4, 25),
                                                                   box=box))
    text = extract(page).text
    assert "Subscribe today" not in text and "unlimited access" not in text


_CARDS = "".join(f"<div class='teaser'><h3><a href='/s{n}'>Other story {n}</a></h3><p>The summary of "
                 f"other story {n}, which is long enough to be a sentence of prose here.</p></div>"
                 for n in range(4))
_COMMENTS = "".join(f"<p>Reader {n} thinks the council should have spent the money on the schools first, and "
                    f"says so at length here.</p>" for n in range(4))


@pytest.mark.parametrize(("why", "after"), [
    ("other stories' cards", f"<div class='stories'>{_CARDS}</div>"),
    ("the comments", f"<section class='comments'>{_COMMENTS}</section>"),
    ("a gallery of long captions", "<div class='gallery'>" + FIGURE * 3 + "</div>"),
])
def test_other_content_after_a_picture_stays_out(why: str, after: str) -> None:
    page = news_page(f"<div class='wrap'><article>{H1}{budget_paragraphs(0, 12)}</article>"
                     f"{FIGURE}{after}</div>")
    text = extract(page).text
    assert kept_paragraphs(text) == set(range(12)), why
    assert "Other story" not in text and "Reader" not in text and "speaks to reporters" not in text, why
