"""Modern author sources (issue 14): a JSON-LD author given as a reference into the page's graph
(Yoast: ``"author": {"@id": ".../#/schema/person/abc"}``, resolved to the Person node's name, in the
same block or another), a Person's ``name`` given as an array, the publisher given so; the slug of an
author's page in Parse.ly's, Sailthru's and Dublin Core's author tags as in Open Graph's (a social
network's profile names no one); Hebrew "and" written onto the second name ("דנה כהן ויוסי לוי")."""

from __future__ import annotations

import json

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract
from cleaner.jsonld import article_ld

_PERSON = "https://site.example/#/schema/person/"


def _page(head: str = "", byline: str = "", lang: str = "en") -> str:
    return (f"<html lang={lang}><head><title>Council passes the budget</title>{head}</head><body><article>"
            f"<h1>Council passes the budget</h1>{byline}{COUNCIL_BODY}</article></body></html>")


def _ld(*objects: dict) -> str:
    return "".join(f'<script type="application/ld+json">{json.dumps(obj)}</script>' for obj in objects)


def _article(author: object, **more: object) -> dict:
    return {"@type": "NewsArticle", "@id": "https://site.example/a/#article",
            "headline": "Council passes the budget",
            "datePublished": "2024-05-01T10:00:00+02:00", "author": author, **more}


def _person(key: str, name: object, **more: object) -> dict:
    return {"@type": "Person", "@id": _PERSON + key, "name": name, **more}


@pytest.mark.parametrize(("head", "names"), [
    # the author's Person after another Person (a personal site's publisher)
    (_ld({"@graph": [_article({"@id": _PERSON + "a"}, publisher={"@id": _PERSON + "b"}),
                     _person("b", "Site Owner"), _person("a", "Jane Doe")]}), ["Jane Doe"]),
    # two authors referenced, their nodes in another order
    (_ld({"@graph": [_article([{"@id": _PERSON + "a"}, {"@id": _PERSON + "c"}]),
                     _person("c", "John Smith"), _person("a", "Jane Doe")]}), ["Jane Doe", "John Smith"]),
    # the Person in a block of its own
    (_ld(_article({"@id": _PERSON + "a"}), _person("a", "Jane Doe")), ["Jane Doe"]),
    # a name given as an array
    (_ld(_article([{"@type": "Person", "name": ["Jane Doe"]}, {"@type": "Person", "name": ["John Smith"]}])),
     ["Jane Doe", "John Smith"]),
    (_ld({"@graph": [_article([{"@id": _PERSON + "a"}]), _person("a", ["Jane Doe"])]}), ["Jane Doe"]),
    # guards: already right
    (_ld({"@graph": [_article({"@id": _PERSON + "a", "name": "Jane Doe"}), _person("a", "Jane Doe")]}),
     ["Jane Doe"]),
    (_ld(_article([{"@type": "Person", "name": "Jane Doe"}, {"@type": "Organization", "name": "Reuters"}])),
     ["Jane Doe", "Reuters"]),
    (_ld(_article({"@id": _PERSON + "zzz"})), []),
])
def test_json_ld_authors(head: str, names: list[str]) -> None:
    assert extract(_page(head)).authors == names


def test_publisher_given_as_a_reference() -> None:
    from trafilatura.utils import load_html

    head = _ld({"@graph": [_article({"@id": _PERSON + "a"}, publisher={"@id": "https://site.example/#organization"}),
                           _person("a", "Jane Doe"),
                           {"@type": "NewsMediaOrganization", "@id": "https://site.example/#organization",
                            "name": "Daily Planet"}]})
    assert article_ld(load_html(_page(head))).publisher == "Daily Planet"


@pytest.mark.parametrize(("head", "names"), [
    ('<meta name="parsely-author" content="https://site.example/author/jane-doe/">', ["Jane Doe"]),
    ('<meta name="dcterms.creator" content="https://site.example/author/jane-doe/">', ["Jane Doe"]),
    ('<meta name="sailthru.author" content="https://site.example/autor/juan-perez-garcia">',
     ["Juan Perez Garcia"]),
    # guards: a social network's profile is no name; names stay names
    ('<meta name="parsely-author" content="https://www.facebook.com/jane.doe">', []),
    ('<meta name="sailthru.author" content="https://facebook.com/janedoe">', []),
    ('<meta property="article:author" content="https://www.facebook.com/janedoe">', []),
    ('<meta name="parsely-author" content="Jane Doe"><meta name="parsely-author" content="John Smith">',
     ["Jane Doe", "John Smith"]),
    ('<meta property="article:author" content="https://www.facebook.com/janedoe">'
     '<meta name="author" content="Jane Doe">', ["Jane Doe"]),
])
def test_author_tags_holding_a_profile(head: str, names: list[str]) -> None:
    assert extract(_page(head)).authors == names


@pytest.mark.parametrize(("byline", "names"), [
    ('<div class="byline">דנה כהן ויוסי לוי</div>', ["דנה כהן", "יוסי לוי"]),
    ('<div class="byline">מאת דנה כהן ויוסי לוי</div>', ["דנה כהן", "יוסי לוי"]),
    ('<div class="byline">דנה כהן ו-יוסי לוי</div>', ["דנה כהן", "יוסי לוי"]),
    # guards: a name's word opening with the letter, first or last or after a first name alone
    ('<div class="byline">מאת ורד כהן</div>', ["ורד כהן"]),
    ('<div class="byline">מאת דנה ורד כהן</div>', ["דנה ורד כהן"]),
    ('<div class="byline">דנה כהן ורדי</div>', ["דנה כהן ורדי"]),
])
def test_hebrew_and(byline: str, names: list[str]) -> None:
    assert extract(_page(byline=byline, lang="he")).authors == names
