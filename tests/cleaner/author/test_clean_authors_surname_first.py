"""Authors written surname first in library-style author fields (issue 14): Dublin Core's
DC.creator, Highwire's citation_author and JSON-LD's author name "Doe, Jane" are one person,
"Jane Doe", where the form cannot be two names or a name and a place."""

from __future__ import annotations

import json

import pytest
from helpers import COUNCIL_BODY

from cleaner.author.author_names import surname_first
from cleaner.extract import extract


def _page(head: str) -> str:
    return (f"<html><head><title>Council passes the budget</title>{head}</head><body><article>"
            f"<h1>Council passes the budget</h1>{COUNCIL_BODY}</article></body></html>")


def _ld(*names: str) -> str:
    authors = [{"@type": "Person", "name": name} for name in names]
    return ('<script type="application/ld+json">'
            + json.dumps({"@type": "NewsArticle", "headline": "Council passes the budget", "author": authors})
            + "</script>")


@pytest.mark.parametrize(("head", "names"), [
    ('<meta name="DC.creator" content="Doe, Jane">', ["Jane Doe"]),
    ('<meta name="dc.creator" content="van der Berg, Anna">', ["Anna van der Berg"]),
    ('<meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Smith, John">',
     ["Jane Doe", "John Smith"]),
    ('<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">',
     ["F. Kooman", "Michiel de Jong"]),
    (_ld("Doe, Jane"), ["Jane Doe"]),
    (_ld("Doe, Jane", "Müller-Lüdenscheidt, Anna"), ["Jane Doe", "Anna Müller-Lüdenscheidt"]),
])
def test_surname_first_is_one_name(head: str, names: list[str]) -> None:
    assert extract(_page(head)).authors == names


@pytest.mark.parametrize(("head", "names"), [
    # two people, each written given name first
    ('<meta name="citation_author" content="Jane Doe, John Smith">', ["Jane Doe", "John Smith"]),
    (_ld("Jane Doe, John Smith"), ["Jane Doe", "John Smith"]),
    # a name and its agency or its place
    ('<meta name="DC.creator" content="Jane Doe, Reuters">', ["Jane Doe", "Reuters"]),
    ('<meta name="DC.creator" content="Jane Doe, Berlin">', ["Jane Doe"]),
])
def test_names_given_first_stay_as_they_are(head: str, names: list[str]) -> None:
    assert extract(_page(head)).authors == names


@pytest.mark.parametrize("text", ["Doe, Reuters", "Reuters, Jane", "Staff, Jane", "Doe, Berlin",
                                  "Doe, Jane, Smith", "Doe, Jane Mary", "DOE, JANE", "Doe, jane",
                                  "García Márquez, Gabriel", "Jane Doe, John Smith", "Doe"])
def test_ambiguous_forms_are_not_turned(text: str) -> None:
    assert surname_first(text) is None
