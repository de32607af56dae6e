"""More authors written surname first (issue 14): the plain <meta name="author"> written "Doe,
Jane" as the library-style tags write it, and a Spanish or Portuguese double surname before the
comma ("García Márquez, Gabriel" is Gabriel García Márquez) in the meta tags and JSON-LD where the
page prints the name given first. Where the form may be a name and its place, agency, outlet or
job, or two names, it stays as written."""

from __future__ import annotations

import json

import pytest
from helpers import COUNCIL_PARAGRAPH

from cleaner.author.author_names import surname_first
from cleaner.extract import extract


def _page(head: str, byline: str = "") -> str:
    body = "".join(f"<p>{COUNCIL_PARAGRAPH * 2}</p>" for _ in range(5))
    return (f"<html><head><title>Council passes the budget</title>{head}</head><body><article>"
            f"<h1>Council passes the budget</h1>{byline}{body}</article></body></html>")


def _ld(*names: str) -> str:
    authors = [{"@type": "Person", "name": name} for name in names]
    return ('<script type="application/ld+json">'
            + json.dumps({"@type": "NewsArticle", "headline": "Council passes the budget", "author": authors})
            + "</script>")


def _meta(content: str) -> str:
    return f'<meta name="author" content="{content}">'


@pytest.mark.parametrize(("head", "names"), [
    (_meta("Doe, Jane"), ["Jane Doe"]),
    (_meta("van der Berg, Anna"), ["Anna van der Berg"]),
    # the other author tags trafilatura reads
    ('<meta property="article:author" content="Doe, Jane">', ["Jane Doe"]),
    ('<meta name="parsely-author" content="Doe, Jane">', ["Jane Doe"]),
    ('<meta name="sailthru.author" content="Doe, Jane">', ["Jane Doe"]),
    # one tag listing several, each surname first
    (_meta("Doe, Jane; Smith, John"), ["Jane Doe", "John Smith"]),
    (_meta("Doe, Jane and Smith, John"), ["Jane Doe", "John Smith"]),
    ('<meta name="citation_author" content="Doe, Jane &amp; van der Berg, Anna">',
     ["Jane Doe", "Anna van der Berg"]),
])
def test_surname_first_is_one_name(head: str, names: list[str]) -> None:
    assert extract(_page(head)).authors == names


@pytest.mark.parametrize(("head", "byline", "names"), [
    (_meta("García Márquez, Gabriel"), "<p>Por <span>Gabriel García Márquez</span></p>",
     ["Gabriel García Márquez"]),
    (_ld("García Márquez, Gabriel"), '<div class="meta"><span>Gabriel García Márquez</span> 12/04/2024</div>',
     ["Gabriel García Márquez"]),
    (_ld("Doe, Jane", "Pérez Reverte, Arturo"), "<p>Jane Doe y Arturo Pérez Reverte</p>",
     ["Jane Doe", "Arturo Pérez Reverte"]),
    ('<meta name="DC.creator" content="Oliveira Costa, Ana">', "<address>Ana Oliveira Costa</address>",
     ["Ana Oliveira Costa"]),
])
def test_double_surname_the_page_prints_given_first(head: str, byline: str, names: list[str]) -> None:
    assert extract(_page(head, byline)).authors == names


@pytest.mark.parametrize("head", [_meta("Anna Schmidt, Futurism"), _ld("Anna Schmidt, Futurism")])
def test_a_name_and_its_outlet_stay_two(head: str) -> None:
    # the page prints no "Futurism Anna Schmidt": the outlet after its writer
    assert extract(_page(head, "<p>Anna Schmidt</p>")).authors == ["Anna Schmidt", "Futurism"]


@pytest.mark.parametrize(("head", "names"), [
    # guards: names given first, with their agency, place or job, or two people
    (_meta("Jane Doe, John Smith"), ["Jane Doe", "John Smith"]),
    (_meta("Jane Doe"), ["Jane Doe"]),
    (_meta("Jane Doe; John Smith"), ["Jane Doe", "John Smith"]),
    (_meta("Jane Doe, John Smith and Bob Jones"), ["Jane Doe", "John Smith", "Bob Jones"]),
    (_meta("Jane Doe, Reuters"), ["Jane Doe", "Reuters"]),
    (_ld("Jane Doe, Berlin"), ["Jane Doe"]),
    (_ld("Jane Doe, Correspondent"), ["Jane Doe"]),
])
def test_names_given_first_stay_as_they_are(head: str, names: list[str]) -> None:
    assert extract(_page(head)).authors == names


@pytest.mark.parametrize(("text", "name"), [
    ("García Márquez, Gabriel", "Gabriel García Márquez"),
    ("De la Cruz Gómez, Carlos", "Carlos De la Cruz Gómez"),
    ("Doe, Jane", "Jane Doe"),
])
def test_double_surnames(text: str, name: str) -> None:
    assert surname_first(text, double=True) == name


@pytest.mark.parametrize("text", ["García Márquez, Gabriel José", "García Márquez, G.", "Jane Doe, Berlin",
                                  "Jane Doe, Reuters", "Jane Doe, Correspondent", "Doe, Editor",
                                  "New York, Jane", "Anna Maria Schmidt, Jane", "Jane Doe, john"])
def test_forms_that_may_be_two_things_are_not_turned(text: str) -> None:
    assert surname_first(text, double=True) is None
    assert surname_first("García Márquez, Gabriel") is None  # without the page's word
