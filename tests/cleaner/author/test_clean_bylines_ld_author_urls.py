"""JSON-LD authors given only as the address of their page (issue 14), beside named ones or as a
path: '"author": [{"@type": "Person", "name": "John Smith"}, {"@type": "Person", "url":
"/author/jane-doe/"}]' is John Smith and Jane Doe; an Organization or a page that is no author's
page names no one more."""

from __future__ import annotations

import json

import pytest
from helpers import COUNCIL_PARAGRAPH

from cleaner.extract import extract


def _page(author: object) -> str:
    article = {"@context": "https://schema.org", "@type": "NewsArticle", "author": author,
               "headline": "Council passes the budget",
               "publisher": {"@type": "NewsMediaOrganization", "name": "Valley Courier"}}
    body = "".join(f"<p>{COUNCIL_PARAGRAPH * 2}</p>" for _ in range(5))
    return (f'<html><head><title>Council passes the budget</title><script type="application/ld+json">'
            f"{json.dumps(article)}</script></head><body><article><h1>Council passes the budget</h1>{body}"
            "</article></body></html>")


def _person(**fields: str) -> dict:
    return {"@type": "Person", **fields}


@pytest.mark.parametrize(("author", "names"), [
    ([_person(name="John Smith"), _person(url="https://courier.example/author/jane-doe/")],
     ["John Smith", "Jane Doe"]),
    ([_person(url="https://courier.example/author/jane-doe/"), _person(name="John Smith")],
     ["John Smith", "Jane Doe"]),
    (_person(url="/author/jane-doe/"), ["Jane Doe"]),
    ([_person(name="John Smith"), _person(url="/autor/juan-perez-garcia")],
     ["John Smith", "Juan Perez Garcia"]),
])
def test_authors_given_by_their_page(author: object, names: list[str]) -> None:
    assert extract(_page(author)).authors == names


@pytest.mark.parametrize(("author", "names"), [
    # guards: an organization's home page, a page that is no author's, a one-word slug (an account),
    # the same person named and linked
    ([_person(name="John Smith"), {"@type": "Organization", "url": "https://courier.example/"}],
     ["John Smith"]),
    ([_person(name="John Smith"), _person(url="https://courier.example/about-us")], ["John Smith"]),
    ([_person(name="John Smith"), _person(url="https://courier.example/author/jsmith/")], ["John Smith"]),
    ([_person(name="John Smith", url="https://courier.example/author/john-smith/")], ["John Smith"]),
    ([_person(name="Jane Doe"), {"@type": "Organization", "name": "Reuters"}], ["Jane Doe", "Reuters"]),
    # a graph's reference to a node (an identifier, not the author's page), beside a named author
    ([_person(name="John Smith"), _person(**{"@id": "https://courier.example/author/jane-doe/#author"})],
     ["John Smith"]),
])
def test_no_one_more(author: object, names: list[str]) -> None:
    assert extract(_page(author)).authors == names
