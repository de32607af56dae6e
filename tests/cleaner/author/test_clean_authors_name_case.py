"""Names trafilatura's name cleaning got wrong (issue 14): an outlet "X of Y" as the author ("Voice of
America", "Bank of Canada") was cut at its "of" to "Voice"; a name a CMS stores in lower case ("anna
van der berg" in <meta name=author> or the JSON-LD) came out "Anna Van Der Berg". Now the outlet stays
whole, and a lower-case name is as the page prints it, else capitalised with its particles as the
page's language writes them ("van der", "da", "de la"), not the Italian "Di" nor the Vietnamese "Van".
Pages built from the structures of news templates (meta tags, JSON-LD, byline blocks)."""

from __future__ import annotations

import json

import pytest
from helpers import COUNCIL_BODY

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


def _page(*, meta: str | None = None, ld_author: object = None, byline: str = "", lang: str = "en",
          printed: str = "") -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council passes the budget",
          "datePublished": "2024-04-12T10:00:00Z"}
    if ld_author is not None:
        ld["author"] = ld_author
    tag = f'<meta name="author" content="{meta}">' if meta else ""
    return (f'<html lang="{lang}"><head><title>Council passes the budget</title>{tag}'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>'
            f'<body><article><h1>Council passes the budget</h1>{byline}{COUNCIL_BODY}{printed}</article>'
            '</body></html>')


@pytest.mark.parametrize(("page", "authors"), [
    # the outlet as the author, in the JSON-LD, in a byline, beside a person
    (_page(ld_author={"@type": "Organization", "name": "Voice of America"}), ["Voice of America"]),
    (_page(byline='<div class="byline">By Voice of America</div>'), ["Voice of America"]),
    (_page(byline='<div class="byline">By Bank of Canada</div>'), ["Bank of Canada"]),
    (_page(byline='<div class="byline">By Jane Doe, Voice of America</div>'),
     ["Jane Doe", "Voice of America"]),
    # a lower-case name: its particles as the language writes them
    (_page(meta="anna van der berg", lang="nl"), ["Anna van der Berg"]),
    (_page(meta="anna van der berg"), ["Anna van der Berg"]),
    (_page(meta="maria da silva", lang="pt-BR"), ["Maria da Silva"]),
    (_page(meta="juan de la cruz", lang="es"), ["Juan de la Cruz"]),
    (_page(meta="jean de la fontaine", lang="fr"), ["Jean de la Fontaine"]),
    (_page(ld_author={"@type": "Person", "name": "ludwig van beethoven"}, lang="de"),
     ["Ludwig van Beethoven"]),
    # ... as the page prints it
    (_page(meta="jan van der linden", printed='<p class="bio">Jan Van der Linden is a reporter.</p>'),
     ["Jan Van der Linden"]),
])
def test_names_as_the_page_states_them(page: str, authors: list[str]) -> None:
    assert extract(page).authors == authors


@pytest.mark.parametrize(("page", "authors"), [
    # an Italian surname's "Di", a Vietnamese middle name "Van", a name without particles
    (_page(meta="luigi di maio", lang="it"), ["Luigi Di Maio"]),
    (_page(meta="nguyen van an", lang="vi"), ["Nguyen Van An"]),
    (_page(meta="nguyen van an"), ["Nguyen Van An"]),
    (_page(meta="john smith"), ["John Smith"]),
    # a person "of" an outlet: the person
    (_page(byline='<div class="byline">By Jane Doe of The Chronicle</div>'), ["Jane Doe"]),
    (_page(meta="Anna van der Berg"), ["Anna van der Berg"]),
])
def test_guards(page: str, authors: list[str]) -> None:
    assert extract(page).authors == authors


@pytest.mark.parametrize(("text", "names"), [
    ("Voice of America", ["Voice of America"]),
    ("Friends of the Earth", ["Friends of the Earth"]),
    ("Jane Doe of The Chronicle", ["Jane Doe"]),
    # a person "of" a wire agency: both, without the "of"
    ("Jane Doe of Reuters", ["Jane Doe", "Reuters"]),
])
def test_bylines(text: str, names: list[str]) -> None:
    assert byline_names(text) == names
