"""A wire agency alone in the author meta tag, a person in the page's byline (issue 14): a partner's
or a wire's copy signed by its reporter ("<meta name=author content=Reuters>", then "By Jane Doe"
under the headline) gave the agency alone; the byline's people were read only for a one-word stand-in
that is no agency ("Organization", "Newsdesk"). Now an agency stands in too: the byline's people
first, the agency after them. Pages built from wire copies' template structures in English, French,
German, Spanish and Italian."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract


def _page(meta: str, byline: str = "", lang: str = "en", after: str = "") -> str:
    return (f'<html lang="{lang}"><head><title>Council passes the budget</title>'
            f'<meta name="author" content="{meta}"></head><body><article>'
            f'<h1>Council passes the budget</h1>{byline}{COUNCIL_BODY}{after}</article></body></html>')


@pytest.mark.parametrize(("page", "authors"), [
    (_page("Reuters", '<div class="byline">By Jane Doe</div>'), ["Jane Doe", "Reuters"]),
    (_page("AFP", '<div class="auteur">Par Jean Dupont</div>', "fr"), ["Jean Dupont", "AFP"]),
    (_page("AFP", '<div class="autor">Von Anna Schmidt</div>', "de"), ["Anna Schmidt", "AFP"]),
    (_page("EFE", '<div class="autor">Por Juan Pérez y María López</div>', "es"),
     ["Juan Pérez", "María López", "EFE"]),
    (_page("ANSA", '<span class="author"><a rel="author" href="/autore/rossi">Mario Rossi</a></span>', "it"),
     ["Mario Rossi", "ANSA"]),
])
def test_the_bylines_people_before_the_agency(page: str, authors: list[str]) -> None:
    assert extract(page).authors == authors


@pytest.mark.parametrize(("page", "authors"), [
    (_page("Reuters"), ["Reuters"]),
    (_page("AFP", '<div class="byline">By AFP</div>'), ["AFP"]),
    # a photographer's credit in a caption is no byline
    (_page("Reuters", after='<figure><img src="a.jpg"><figcaption>Photo: John Smith</figcaption></figure>'),
     ["Reuters"]),
    # a person in the meta tag: the byline's co-author as before
    (_page("Jane Doe", '<div class="byline">By Jane Doe and John Smith</div>'), ["Jane Doe", "John Smith"]),
])
def test_guards(page: str, authors: list[str]) -> None:
    assert extract(page).authors == authors
