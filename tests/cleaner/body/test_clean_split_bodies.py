"""A body split into sibling blocks of one name around a box (cleaner.body.split_bodies): the fast pass kept
the first block, and the last few paragraphs in the next one, after a newsletter box or an ad slot,
were lost (too few to make the body look cut short)."""

from __future__ import annotations

from helpers import article_lines

from cleaner.extract import extract

ENGLISH = article_lines(25)
PORTUGUESE = article_lines(25, "pt")
NEWSLETTER = ("<div class='newsletter-box'><h3>Get our newsletter</h3>"
              "<p>Sign up for the morning briefing.</p>"
              "<form><input type='email'><button>Sign up</button></form></div>")
AD = "<div class='ad-slot'><span>Publicidade</span></div>"


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def _page(inner: str) -> str:
    return ("<html><head><title>Council passes the budget</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<main><article><h1>Council passes the budget</h1>{inner}</article></main>"
            "<footer><p>About us</p></footer></body></html>")


def test_the_blocks_after_the_box_are_read() -> None:
    cases = {
        "after a newsletter box": (ENGLISH, _page(
            f"<div class='article-body'>{_paragraphs(ENGLISH[:22])}</div>{NEWSLETTER}"
            f"<div class='article-body'>{_paragraphs(ENGLISH[22:])}</div>")),
        "after an ad slot and a picture, in sections": (PORTUGUESE, _page(
            f"<section class='texto'>{_paragraphs(PORTUGUESE[:21])}</section>{AD}"
            "<figure><img src='/a.jpg'></figure>"
            f"<section class='texto'>{_paragraphs(PORTUGUESE[21:])}</section>")),
        "a name that extends the block's": (ENGLISH, _page(
            f"<div class='article-body'>{_paragraphs(ENGLISH[:22])}</div>{NEWSLETTER}"
            f"<div class='article-body-end'>{_paragraphs(ENGLISH[22:])}</div>")),
    }
    for why, (lines, page) in cases.items():
        assert extract(page).text.split("\n") == lines, why


def test_another_block_a_heading_or_another_name_ends_the_body() -> None:
    others = [f"Another story {n}: the football club signed a new coach on Friday, who promised the fans a "
              f"better season after {n} years without a title in the league." for n in range(3)]
    cases = {
        "another name": f"{NEWSLETTER}<div class='comments'>{_paragraphs(others)}</div>",
        "a name for related stories": f"{NEWSLETTER}<div class='article-body-related'>"
                                      f"{_paragraphs(others + [line.upper() for line in others])}</div>",
        "a name going on without a hyphen": f"<div class='article-bodyguard'>{_paragraphs(others)}</div>",
        "the next story's block, headline in it": f"{NEWSLETTER}<div class='article-body'>"
                                                  f"<h1>Club signs coach</h1>{_paragraphs(others)}</div>",
        "a headline between": f"<h2>Club signs coach</h2><div class='article-body'>"
                              f"{_paragraphs(others)}</div>",
        "a long box between": f"<aside>{_paragraphs(others * 2)}</aside><div class='article-body'>"
                              f"{_paragraphs(others)}</div>",
    }
    for why, after in cases.items():
        page = _page(f"<div class='article-body'>{_paragraphs(ENGLISH[:22])}</div>{after}")
        assert extract(page).text.split("\n") == ENGLISH[:22], why
