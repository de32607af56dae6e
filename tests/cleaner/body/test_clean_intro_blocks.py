"""The story's first paragraphs set in a block of their own before the block named as the body
(cleaner.body.intro_blocks.with_intro_block): trafilatura reads the body's block alone and loses them."""

from __future__ import annotations

from helpers import article_lines

from cleaner.extract import extract

ENGLISH = article_lines(14)
GERMAN = article_lines(14, "de")
SPANISH = article_lines(14, "es")


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def _page(inner: str) -> str:
    return ("<html><head><title>Council passes the budget</title></head><body><nav><a href='/'>Home</a></nav>"
            "<main><article><h1>Council passes the budget</h1><div class='byline'>By Ann Lee</div>"
            f"{inner}</article></main><footer><p>About us</p></footer></body></html>")


def test_the_opening_block_before_the_bodys_block_is_read() -> None:
    cases = {
        "six paragraphs in an intro block": (ENGLISH, _page(
            f"<div class='article-intro'>{_paragraphs(ENGLISH[:6])}</div>"
            f"<div class='article-body'>{_paragraphs(ENGLISH[6:])}</div>")),
        "three in a block named lead": (GERMAN, _page(
            f"<div class='lead'>{_paragraphs(GERMAN[:3])}</div>"
            f"<div class='article-content'>{_paragraphs(GERMAN[3:])}</div>")),
        "before itemprop=articleBody, a picture between": (SPANISH, _page(
            f"<div class='story-top'>{_paragraphs(SPANISH[:4])}</div><figure><img src='/a.jpg'></figure>"
            f"<div itemprop='articleBody'>{_paragraphs(SPANISH[4:])}</div>")),
    }
    for why, (lines, page) in cases.items():
        assert extract(page).text.split("\n") == lines, why


def test_a_deck_teasers_or_another_block_before_the_body_stay_out() -> None:
    decks = ["The vote ends a year of quarrels over the cost of new schools in the district.",
             "The mayor hopes that the work on the first school can start in the spring."]
    body = f"<div class='article-body'>{_paragraphs(ENGLISH[:8])}</div>"
    cases = {
        "a standfirst of two paragraphs": f"<div class='standfirst'>{_paragraphs(decks)}</div>{body}",
        "related stories": f"<div class='related-stories'>{_paragraphs(decks)}</div>{body}",
        "linked teasers": "<div class='top'>" + "".join(f"<p><a href='/s{n}'>{deck}</a></p>"
                                                          for n, deck in enumerate(decks)) + f"</div>{body}",
        "a block with the headline": f"<div class='head'><h2>Budget</h2><h1>Budget passes</h1>"
                                     f"{_paragraphs(decks)}</div>{body}",
    }
    for why, inner in cases.items():
        assert extract(_page(inner)).text.split("\n") == ENGLISH[:8], why


def test_the_opening_block_is_read_across_a_box_set_before_the_body() -> None:
    """A related-links box, an ad slot or a sign-up box between the opening's block and the body's:
    the fast pass kept the body's block alone (its 11 of 14 paragraphs did not look cut short)."""
    related = ("<aside class='inline-related'><h3>More on this</h3><p><a href='/a'>Mayor warns of deep cuts"
               "</a></p><p><a href='/b'>Residents protest over parking fees</a></p></aside>")
    cases = {
        "an aside of related links": (ENGLISH, related),
        "an ad slot": (GERMAN, "<div class='ad-slot'><span>Anzeige</span></div>"),
        "a sign-up box": (SPANISH, "<div class='newsletter-box'><p>Recibe las noticias cada mañana.</p>"
                                   "<form><input type='email'><button>Suscribirme</button></form></div>"),
    }
    for why, (lines, box) in cases.items():
        page = _page(f"<div class='article-opening'>{_paragraphs(lines[:3])}</div>{box}"
                     f"<div class='article-content'>{_paragraphs(lines[3:])}</div>")
        assert extract(page).text.split("\n") == lines, why


def test_across_a_box_a_deck_or_teasers_still_stay_out() -> None:
    decks = ["The vote ends a year of quarrels over the cost of new schools in the district.",
             "The mayor hopes that the work on the first school can start in the spring."]
    box = "<div class='ad-slot'><span>Advertisement</span></div>"
    body = f"<div class='article-body'>{_paragraphs(ENGLISH[:8])}</div>"
    for why, inner in {
        "a standfirst": f"<div class='standfirst'>{_paragraphs(decks)}</div>{box}{body}",
        "related stories before the box": f"<div class='related-stories'>{_paragraphs(decks)}</div>"
                                          f"{box}{body}",
        "a long box is no box": f"<div class='top'>{_paragraphs(decks)}</div>"
                                f"<aside>{_paragraphs(ENGLISH[8:14])}</aside>{body}",
    }.items():
        assert extract(_page(inner)).text.split("\n") == ENGLISH[:8], why
