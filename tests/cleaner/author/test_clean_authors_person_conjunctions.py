"""One JSON-LD Person is one person (issue 14): a Spanish double surname joined by "y" ("Pedro Villa
y Caña"), a Portuguese one by "e" ("João Silva e Sousa"), was split as a byline's list ("Pedro Villa",
"Caña"). Splitting at a conjunction is for a byline's text naming several; a byline or an author string
listing two people still gives two. Pages built from the shapes of news templates, not copied from any."""

from __future__ import annotations

import json

import pytest
from helpers import COUNCIL_BODY, byline_page

from cleaner.extract import extract


def _ld_page(author: object) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council passes the budget",
          "author": author}
    return (f'<html><head><title>Council passes the budget</title>'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body><article>'
            f'<h1>Council passes the budget</h1>{COUNCIL_BODY}</article></body></html>')


def _person(name: str) -> dict[str, str]:
    return {"@type": "Person", "name": name}


@pytest.mark.parametrize(("page", "authors"), [
    (_ld_page(_person("Pedro Villa y Caña")), ["Pedro Villa y Caña"]),
    (_ld_page(_person("João Silva e Sousa")), ["João Silva e Sousa"]),
    (_ld_page([_person("Pedro Villa y Caña"), _person("Ana Pérez")]), ["Pedro Villa y Caña", "Ana Pérez"]),
    (_ld_page([_person("Ana Pérez"), _person("José Ortega y Gasset")]),
     ["Ana Pérez", "José Ortega y Gasset"]),
    (_ld_page(_person("Karl Meyer und Söhne")), ["Karl Meyer und Söhne"]),
])
def test_one_person_object_is_one_person(page: str, authors: list[str]) -> None:
    assert extract(page).authors == authors


@pytest.mark.parametrize(("page", "authors"), [
    # a byline or an author string naming two people: two
    (byline_page('<p class="byline">Por Ana Pérez y Luis Gómez</p>'), ["Ana Pérez", "Luis Gómez"]),
    (byline_page('<p class="byline">di Mario Rossi e Anna Bianchi</p>'), ["Mario Rossi", "Anna Bianchi"]),
    (_ld_page("Ana Pérez y Luis Gómez"), ["Ana Pérez", "Luis Gómez"]),
    (_ld_page([_person("Ana Pérez"), _person("Luis Gómez")]), ["Ana Pérez", "Luis Gómez"]),
    # a Person whose name lists people at a comma or a semicolon: as before
    (_ld_page(_person("Ana Pérez, Luis Gómez")), ["Ana Pérez", "Luis Gómez"]),
])
def test_bylines_listing_several_still_split(page: str, authors: list[str]) -> None:
    assert extract(page).authors == authors


def _microdata(markup: str) -> str:
    return byline_page(f'<p class="byline">Por {markup}</p>')


_PERSON = ('<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
           '<span itemprop="name">{}</span></span>')


@pytest.mark.parametrize(("page", "authors"), [
    (_microdata(_PERSON.format("Pedro Villa y Caña")), ["Pedro Villa y Caña"]),
    (_microdata(_PERSON.format("João Silva e Sousa")), ["João Silva e Sousa"]),
])
def test_one_microdata_person_is_one_person(page: str, authors: list[str]) -> None:
    assert extract(page).authors == authors


@pytest.mark.parametrize(("page", "authors"), [
    # an author element that is no Person's name, listing two: two
    (_microdata('<span itemprop="author">Ana Pérez y Luis Gómez</span>'), ["Ana Pérez", "Luis Gómez"]),
    (_microdata(f'{_PERSON.format("Ana Pérez")} y {_PERSON.format("Luis Gómez")}'),
     ["Ana Pérez", "Luis Gómez"]),
])
def test_other_author_elements_as_before(page: str, authors: list[str]) -> None:
    assert extract(page).authors == authors
