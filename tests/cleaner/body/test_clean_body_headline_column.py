"""The story's opening set in the headline's own block (a top column: the headline, the byline, a deck,
then the first paragraphs), the rest of the body in the next block after a sign-up box or a picture
(cleaner.body.intro_blocks._after_headline): the fast pass reads the body's block alone and loses the
opening, and the block holding the headline was never read for it. Decks, bylines, captions, bios
and teasers in that block stay out."""

from __future__ import annotations

import pytest
from helpers import article_lines, news_page

from cleaner.extract import extract

ENGLISH = article_lines(20)
GERMAN = article_lines(20, "de")
NEWSLETTER = "<div class='newsletter-box'><p>Sign up for our morning briefing</p><form><input></form></div>"
FIGURE = "<figure><img src='/a.jpg'><figcaption>The council chamber on Tuesday night.</figcaption></figure>"
BYLINE = "<div class='byline'>By Ann Lee</div><time datetime='2024-04-02'>2 April 2024</time>"
DECK = "The vote ends a year of quarrels over the cost of new schools in the district."


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def _page(top: str, between: str, rest: list[str], tag: str = "div") -> str:
    return news_page(f"<div class='page'><{tag} class='article-top'><h1>Council passes the budget</h1>"
                     f"{BYLINE}{top}</{tag}>{between}"
                     f"<div class='article-body'>{_paragraphs(rest)}</div></div>")


@pytest.mark.parametrize(("why", "lines", "page"), [
    ("three in a block in the column, a sign-up box between", ENGLISH,
     _page(f"<div class='content'>{_paragraphs(ENGLISH[:3])}</div>", NEWSLETTER, ENGLISH[3:])),
    ("six straight in a <header>, a picture between", ENGLISH,
     _page(_paragraphs(ENGLISH[:6]), FIGURE, ENGLISH[6:], tag="header")),
    ("a named standfirst, then six; German", GERMAN,
     _page(f"<p class='standfirst'>{DECK}</p>{_paragraphs(GERMAN[:6])}", NEWSLETTER, GERMAN[6:])),
    ("a picture with its caption in the column", ENGLISH,
     _page(f"{FIGURE}{_paragraphs(ENGLISH[:4])}", NEWSLETTER, ENGLISH[4:])),
])
def test_the_opening_in_the_headlines_block_is_read(why: str, lines: list[str], page: str) -> None:
    assert extract(page).text.split("\n") == lines, why


@pytest.mark.parametrize(("why", "top"), [
    ("an unnamed deck of two paragraphs", _paragraphs([DECK, "The mayor hopes the work on the first school "
                                                             "can start in the spring."])),
    ("a deck named so, three paragraphs", f"<div class='article-dek'>{_paragraphs(ENGLISH[10:13])}</div>"),
    ("an author's bio", f"<div class='author-bio'>{_paragraphs(ENGLISH[10:13])}</div>"),
    ("a key points list after the headline", "<h2>Key points</h2><ul>" + "".join(
        f"<li><p>{line}</p></li>" for line in ENGLISH[10:13]) + "</ul>"),
    ("linked teasers of other stories", "".join(f"<p><a href='/s{n}'>{line}</a></p>"
                                                for n, line in enumerate(ENGLISH[10:13]))),
    ("a sign-up form after the paragraphs", f"{_paragraphs(ENGLISH[10:13])}<form><input></form>"),
])
def test_other_text_in_the_headlines_block_stays_out(why: str, top: str) -> None:
    assert extract(_page(top, NEWSLETTER, ENGLISH[:10])).text.split("\n") == ENGLISH[:10], why


def test_a_headline_block_before_an_article_is_not_read() -> None:
    # The story's own <article> holds the body: what stands before it is not the story (unchanged).
    page = news_page(f"<div class='top'><h1>Council passes the budget</h1>{_paragraphs(ENGLISH[10:13])}</div>"
                     f"<article>{_paragraphs(ENGLISH[:10])}</article>")
    assert extract(page).text.split("\n") == ENGLISH[:10]
