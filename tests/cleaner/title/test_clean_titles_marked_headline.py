"""The headline the page marks as such and prints, where no <h1> prints it and the sharing and tab titles
were reworded (issue 14): "<h2 itemprop='headline'>All aboard: the little ferry that refused to stop</h2>"
under the titles "Ferry to run through winter after council vote | Coast Post". The marked element was
taken only where it agreed with a title, and the reworded sharing title was returned. Now the one text
the page marks with itemprop="headline" (not a <meta>, outside asides, navigation and footer), of five
words or more and not the site's name, is the headline when no <h1> or agreeing heading was found.
Guards: two texts marked (teasers), a <meta itemprop='headline'>, a marked text in an aside, a short
marked text, an <h1> headline over the text.
"""

from __future__ import annotations

import pytest
from helpers import LINE_BODY
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

BODY = "".join(f"<p>{LINE_BODY} ({n})</p>" for n in range(6))
URL = "https://www.coastpost.example/news/ferry-winter-2024-123456.html"
SHARED = "Ferry to run through winter after council vote"
CASES = {
    "en": "All aboard: the little ferry that refused to stop",
    "de": "Leinen los: Die kleine Fähre, die nicht aufgeben wollte",
    "fr": "Tous à bord : le petit ferry qui refusait de s'arrêter",
    "es": "Todos a bordo: el pequeño ferry que se negó a parar",
}


def _title(main: str, lang: str = "en", aside: str = "") -> str | None:
    page = (f"<html lang='{lang}'><head><title>{SHARED} | Coast Post</title>"
            f"<meta property='og:title' content=\"{SHARED}\">"
            "<meta property='og:site_name' content='Coast Post'></head><body>"
            "<header><a href='/' class='logo'><img src='/logo.png' alt='Coast Post'></a></header>"
            f"<main><article>{main}<div class='article-body'>{BODY}</div></article>{aside}</main>"
            "<footer><p>© 2024 Coast Post</p></footer></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
@pytest.mark.parametrize("tag", ["h2", "div"])
def test_the_printed_headline_marked_as_such_is_the_headline(lang: str, tag: str) -> None:
    headline = CASES[lang]
    assert _title(f"<{tag} itemprop='headline' class='title'>{headline}</{tag}>", lang) == headline


def test_two_marked_texts_are_no_evidence() -> None:
    main = (f"<div itemprop='headline'>{CASES['en']}</div>"
            "<div itemprop='headline'>Harbour wall repairs begin next month after delay</div>")
    assert _title(main) == SHARED


def test_a_meta_marked_as_the_headline_is_no_printed_one() -> None:
    assert _title(f"<meta itemprop='headline' content=\"{CASES['en']}\">") == SHARED


def test_a_marked_text_in_an_aside_is_not_the_headline() -> None:
    aside = f"<aside><div itemprop='headline'>{CASES['en']}</div></aside>"
    assert _title("", aside=aside) == SHARED


def test_a_short_marked_text_is_not_the_headline() -> None:
    assert _title("<span itemprop='headline'>Ferry news</span>") == SHARED


def test_an_h1_over_the_text_is_as_before() -> None:
    headline = CASES["en"]
    main = f"<h1>{headline}</h1><span itemprop='headline'>Ferry reprieve for the winter season</span>"
    assert _title(main) == headline
