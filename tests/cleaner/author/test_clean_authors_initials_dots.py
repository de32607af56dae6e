"""A name keeps its initials' dots as printed (issue 14): trafilatura's name cleaning makes a dot a
space, so "Manuel V. Gómez" in a JSON-LD Person, an author meta tag or a byline came out "Manuel V
Gómez", "J. R. R. Tolkien" "J R R Tolkien". Pages built from the shapes of news templates in several
languages, not copied from any."""

from __future__ import annotations

import json

import pytest
from helpers import COUNCIL_BODY, byline_page

from cleaner.extract import extract


def _ld_page(name: str) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council passes the budget",
          "author": {"@type": "Person", "name": name}}
    return (f'<html><head><title>Council passes the budget</title>'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body><article>'
            f'<h1>Council passes the budget</h1>{COUNCIL_BODY}</article></body></html>')


def _meta_page(author: str) -> str:
    return (f'<html><head><title>Council passes the budget</title><meta name="author" content="{author}">'
            f'</head><body><article><h1>Council passes the budget</h1>{COUNCIL_BODY}</article></body></html>')


@pytest.mark.parametrize(("page", "authors"), [
    (_ld_page("Manuel V. Gómez"), ["Manuel V. Gómez"]),
    (_meta_page("Manuel V. Gómez"), ["Manuel V. Gómez"]),
    (byline_page('<p class="byline">Por Manuel V. Gómez</p>'), ["Manuel V. Gómez"]),
    (_ld_page("J. R. R. Tolkien"), ["J. R. R. Tolkien"]),
    (_ld_page("Иван И. Петров"), ["Иван И. Петров"]),
    (byline_page('<p class="byline">Nguyễn V. An</p>'), ["Nguyễn V. An"]),
    (_meta_page("John C. Welch"), ["John C. Welch"]),
])
def test_the_initials_keep_their_dots(page: str, authors: list[str]) -> None:
    assert extract(page).authors == authors


@pytest.mark.parametrize(("page", "authors"), [
    # printed without a dot, or glued to the name: as printed
    (_ld_page("Manuel V Gómez"), ["Manuel V Gómez"]),
    (byline_page('<p class="byline">Б.Мөнхзул</p>'), ["Б.Мөнхзул"]),
    (_meta_page("Ana Pérez"), ["Ana Pérez"]),
    # a sentence's full stop after a short last word is no initial's dot
    (byline_page('<p class="byline">Por Ana Li. Fotos: Luis Gómez</p>'), ["Ana Li"]),
])
def test_other_names_as_before(page: str, authors: list[str]) -> None:
    assert extract(page).authors == authors
