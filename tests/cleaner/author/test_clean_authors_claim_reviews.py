"""A fact-check's claim and its author (issue 14): a ClaimReview's ``itemReviewed.author`` made the
claim (a politician, "Facebook posts") and wrote nothing of the page. trafilatura's JSON-LD reading
took a Person node of the graph for the article's author, the claimant's too; and a review whose own
author is a person (the fact-checker) named no one where no article object stood beside it. Pages
built from the structures fact-checkers' templates use (ClaimReview alone, in a @graph with Person
nodes, beside a NewsArticle), in English, Spanish, German, French and Portuguese."""

from __future__ import annotations

import json

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract

OUTLET = {"@type": "Organization", "name": "Example Check"}


def _review(author: object, claimant: object, verdict: str = "False") -> dict:
    review = {"@type": "ClaimReview", "url": "https://check.example/fc/budget",
              "claimReviewed": "The budget doubles the taxes", "datePublished": "2024-04-12",
              "itemReviewed": {"@type": "Claim", "author": claimant, "datePublished": "2024-04-10",
                               "appearance": {"@type": "CreativeWork", "url": "https://social.example/1"}},
              "reviewRating": {"@type": "Rating", "ratingValue": 1, "alternateName": verdict}}
    if author is not None:
        review["author"] = author
    return review


def _page(ld: object, lang: str = "en", byline: str = "") -> str:
    return (f'<html lang="{lang}"><head><title>Fact check: the budget</title>'
            '<meta property="og:site_name" content="Example Check">'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>'
            f'<body><article><h1>Fact check: the budget</h1>{byline}{COUNCIL_BODY}</article></body></html>')


def _graph(*nodes: dict) -> dict:
    return {"@context": "https://schema.org", "@graph": list(nodes)}


def _person(key: str, name: str) -> dict:
    return {"@type": "Person", "@id": f"https://check.example/#{key}", "name": name}


def _ref(key: str) -> dict:
    return {"@id": f"https://check.example/#{key}"}


def _article(author: object) -> dict:
    return {"@type": "NewsArticle", "headline": "Fact check: the budget", "datePublished": "2024-04-12",
            "author": author}


@pytest.mark.parametrize(("ld", "lang", "authors"), [
    # the claimant a Person node of the graph, the review the outlet's
    (_graph(_review(OUTLET, _ref("cl")), _person("cl", "John Politician")), "en", ["Example Check"]),
    (_graph(_review(OUTLET, _ref("c")), _person("c", "Pedro Sánchez Gómez")), "es", ["Example Check"]),
    # ... beside the article, its writer a Person node too
    (_graph(_article(_ref("jane")), _person("jane", "Jane Doe"), _review(OUTLET, _ref("claimant")),
            _person("claimant", "John Politician")), "en", ["Jane Doe"]),
    (_graph(_article(_ref("anna")), _person("anna", "Anna Schmidt"), _review(OUTLET, _ref("c")),
            _person("c", "Friedrich Merz")), "de", ["Anna Schmidt"]),
    # the review's own author a person, no article object: the fact-checker
    (_review({"@type": "Person", "name": "Marie Dupont"}, {"@type": "Person", "name": "Jean Martin"}), "fr",
     ["Marie Dupont"]),
    (_review([{"@type": "Person", "name": "Ana Souza"}, OUTLET], {"@type": "Person", "name": "Jair Silva"}),
     "pt", ["Ana Souza"]),
])
def test_the_claimant_is_no_author(ld: object, lang: str, authors: list[str]) -> None:
    assert extract(_page(ld, lang)).authors == authors


@pytest.mark.parametrize(("ld", "byline", "authors"), [
    # the byline names the fact-checker
    (_review(OUTLET, {"@type": "Person", "name": "John Politician"}), '<div class="byline">By Jane Doe</div>',
     ["Jane Doe"]),
    # the review's author an organization only: the outlet, as before
    (_review(OUTLET, {"@type": "Person", "name": "John Politician"}), "", ["Example Check"]),
    # the article's own JSON-LD names the same person as its author (an op-ed checked on its own page)
    (_graph(_article(_ref("john")), _person("john", "John Politician"), _review(OUTLET, _ref("john"))), "",
     ["John Politician"]),
    # no ClaimReview: a Person node of the graph is the author, as before
    (_graph(_article(_ref("jane")), _person("jane", "Jane Doe")), "", ["Jane Doe"]),
])
def test_guards(ld: object, byline: str, authors: list[str]) -> None:
    assert extract(_page(ld, byline=byline)).authors == authors
