"""The body's rest in a block named with "more" first ("more-text", "more_content", "moretext": the
text a "More" button unfolds), after an ad slot or a newsletter box that follows the block with the
first paragraphs, no <article> around them (cleaner.body.rest_blocks.EXPANDER): the container must
take it in for the body to look cut short and be read again. Guards: "more-stories", "more-news",
"more-articles" and a "more-content" box of linked cards stay out."""

from __future__ import annotations

import pytest
from helpers import article_lines

from cleaner.extract import extract

AD = "<div class='ad-slot'><span class='ad-label'>Advertisement</span><div id='gpt-ad-1'></div></div>"
BOX = ("<div class='newsletter-signup'><h4>Our morning briefing</h4><p>The day's news in your inbox.</p>"
       "<form><input type='email'><button>Sign up</button></form></div>")


def _page(lang: str, name: str, between: str, rest: str | None = None) -> tuple[str, list[str]]:
    lines = article_lines(12, lang)
    first = "".join(f"<p>{line}</p>" for line in lines[:3])
    rest = rest if rest is not None else "".join(f"<p>{line}</p>" for line in lines[3:])
    page = (f"<html lang='{lang}'><head><title>Council budget</title></head><body><header><nav><ul>"
            "<li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav></header>"
            "<div class='main-col'><h1>Council passes the budget after a long night</h1>"
            f"<div class='article-body'>{first}</div>{between}<div class='{name}'>{rest}</div></div>"
            "<aside class='sidebar'><h3>Most read</h3><ul>"
            "<li><a href='/a'>Storm closes the coast road</a></li></ul></aside>"
            "<footer><p>© 2025 Example Times</p></footer></body></html>")
    return page, lines


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "pt"])
@pytest.mark.parametrize("name", ["more-text", "more_content", "moretext", "article__more-body"])
@pytest.mark.parametrize("between", [AD, BOX])
def test_the_rest_in_a_more_text_block_is_read(lang: str, name: str, between: str) -> None:
    page, lines = _page(lang, name, between)
    text = extract(page).text
    assert all(line in text for line in lines)
    assert "Sign up" not in text and "Advertisement" not in text


_CARDS = "".join(f"<div class='card'><h3><a href='/s{n}'>Other story {n}</a></h3><p>The summary of other "
                 f"story {n}, which is long enough to be a sentence of prose here.</p></div>"
                 for n in range(4))


@pytest.mark.parametrize("name", ["more-stories", "more-news", "more-articles", "more-textures"])
def test_a_block_named_for_other_content_is_not_read_as_the_rest(name: str) -> None:
    page, lines = _page("en", name, AD)
    assert lines[5] not in extract(page).text


def test_a_more_content_box_of_cards_stays_out() -> None:
    page, lines = _page("en", "more-content", AD, rest=_CARDS)
    text = extract(page).text
    assert all(line in text for line in lines[:3])
    assert "Other story" not in text and "summary of other" not in text
