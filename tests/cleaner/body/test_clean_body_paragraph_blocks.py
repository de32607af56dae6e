"""A body set one paragraph a block after its first block: the first one or two paragraphs in the
body's block (``<div class="article-text">``), every later one in a ``<section class="paragraph">`` or
``<div class="text-block">`` of its own, the page with no ``<article>`` or ``<main>`` around the story.
The fast pass kept the first block only, and the container (the first block: no sibling held two
paragraphs) had nothing more to say. A run of two or more sibling blocks of one tag and class, each
holding a paragraph of prose, widens the container as a block of paragraphs does
(cleaner.body.containers), so the whole body is read."""

from __future__ import annotations

import pytest
from helpers import article_lines

from cleaner.extract import extract

_LANGS = ("en", "de", "es", "fr", "pt")
_TITLES = {"en": "Council approves the budget", "de": "Gemeinderat billigt die Sanierung",
           "es": "El plan de riego llega antes del verano", "fr": "Le conseil adopte le budget",
           "pt": "Câmara aprova o orçamento"}
_AD = ("<div class='ad-slot'><script>googletag.cmd.push(function(){});</script><span>Advertisement</span>"
       "</div>")


def _page(lang: str, body: str, after: str = "") -> str:
    title = _TITLES[lang]
    return (f"<html lang='{lang}'><head><title>{title} | Example Times</title>"
            "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": "
            f"\"NewsArticle\", \"headline\": \"{title}\", \"datePublished\": \"2024-03-12T09:30:00+01:00\"}}"
            "</script></head><body><header><nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a>"
            "</li></ul></nav></header><div class='page-wrap'><div class='col-main'>"
            f"<h1>{title}</h1><div class='byline'>By <a href='/author/anna'>Anna Berg</a> "
            "<time datetime='2024-03-12T09:30:00+01:00'>12.03.2024</time></div>"
            f"{body}</div>{after}<aside class='related'><h3>Most read</h3><ul>"
            "<li><a href='/a'>Another story about the harbour and its new pier</a></li>"
            "<li><a href='/b'>Another story about the school year and its new rules</a></li></ul></aside>"
            "</div><footer><p>© 2024 Example Times</p></footer></body></html>")


def _lines(count: int, lang: str) -> list[str]:
    """``count`` paragraphs of two sentences each: the first block alone is long enough for the fast
    pass's text to be taken without a second reading."""
    lines = article_lines(count * 2, lang)
    return [f"{lines[n]} {lines[n + count]}" for n in range(count)]


def _sections(lines: list[str], first: int = 2, tag: str = "section", name: str = "paragraph",
              between: str = "") -> str:
    opening = "".join(f"<p>{line}</p>" for line in lines[:first])
    rest = "".join(f"<{tag} class='{name}'><p>{line}</p></{tag}>{between}" for line in lines[first:])
    return f"<div class='article-text'>{opening}</div>{rest}"


@pytest.mark.parametrize("lang", _LANGS)
def test_paragraph_sections_after_the_first_block_are_read(lang: str) -> None:
    lines = _lines(12, lang)
    text = extract(_page(lang, _sections(lines))).text
    assert "\n".join(lines) in text


@pytest.mark.parametrize("lang", ("en", "de"))
def test_paragraph_divs_with_ad_slots_after_the_first_block_are_read(lang: str) -> None:
    lines = _lines(10, lang)
    text = extract(_page(lang, _sections(lines, tag="div", name="text-block", between=_AD))).text
    assert "\n".join(lines) in text


# Guards: blocks after the body that are no paragraphs of it stay out.

def test_teaser_cards_after_the_body_stay_out() -> None:
    lines = _lines(8, "en")
    cards = "".join(f"<div class='card'><a href='/s{n}'><p>Teaser {n}: another story on the harbour, its "
                    "new pier and the ferries that will call there from the spring.</p></a></div>"
                    for n in range(4))
    text = extract(_page("en", "<div class='article-text'>" + "".join(f"<p>{line}</p>" for line in lines)
                         + "</div>" + cards)).text
    assert "\n".join(lines) in text
    assert "Teaser" not in text


def test_one_note_block_after_the_body_stays_out() -> None:
    lines = _lines(8, "fr")
    note = ("<div class='note'><p>Cet article a été mis à jour le 13 mars avec la réaction de la préfecture "
            "et les chiffres définitifs du vote.</p></div>")
    text = extract(_page("fr", "<div class='article-text'>" + "".join(f"<p>{line}</p>" for line in lines)
                         + "</div>" + note)).text
    assert "\n".join(lines) in text
