"""A JSON-LD author typed Organization was split like a byline's list (issue 14): a ministry's release
whose JSON-LD names its department ("author": {"@type": "Organization", "name": "Department for
Education"}) gave ['Department', 'Education'] (split at "for" as in "A for The Guardian"), "Bundesministerium
für Bildung und Forschung" two names at "und", "Ministère de l'Europe et des Affaires étrangères" two at
"et". Such an object names one body: its name stands whole (authors._whole_organizations), but for a name
with a list's separator ("Redacción / AFP"). Pages built from the structures of official sites."""

from __future__ import annotations

import json

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract


def _page(author: object, lang: str = "en", byline: str = "") -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council passes the budget",
          "datePublished": "2026-04-12T10:00:00+01:00", "author": author,
          "publisher": {"@type": "Organization", "name": "Portal"}}
    return (f'<html lang="{lang}"><head><title>Council passes the budget</title>'
            '<meta property="og:site_name" content="Portal">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body><article>'
            f"<h1>Council passes the budget</h1>{byline}{COUNCIL_BODY}</article></body></html>")


@pytest.mark.parametrize(("name", "lang"), [
    ("Department for Education", "en"),
    ("Office for National Statistics", "en"),
    ("Department for Environment, Food & Rural Affairs", "en"),
    ("Bundesministerium für Bildung und Forschung", "de"),
    ("Ministère de l'Europe et des Affaires étrangères", "fr"),
    ("Ministerio de Asuntos Exteriores, Unión Europea y Cooperación", "es"),
])
def test_an_organization_is_one_author(name: str, lang: str) -> None:
    author = {"@type": "GovernmentOrganization" if lang == "en" else "Organization", "name": name}
    assert extract(_page(author, lang), "https://example.org/news/2026/04/12/budget/").authors == [name]


def test_persons_and_listed_names_as_before() -> None:
    url = "https://example.org/news/2026/04/12/budget/"
    # a Person's string of two, a byline's person before the Organization, a wire credit with its separator
    assert extract(_page("Ana Pérez y Luis Gómez", "es"), url).authors == ["Ana Pérez", "Luis Gómez"]
    assert extract(_page({"@type": "Organization", "name": "Department for Education"},
                         byline='<p class="byline">By Jane Doe</p>'), url).authors[0] == "Jane Doe"
    assert extract(_page({"@type": "Organization", "name": "Redacción / AFP"}, "es"), url).authors == ["AFP"]
