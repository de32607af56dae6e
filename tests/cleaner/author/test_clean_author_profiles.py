"""Authors given only as the address of their page on the site (issue 14): Open Graph's
article:author, a JSON-LD author that is a URL or a Person with a url and no name, a rel=author
link; the slug of an author's page is the name where the page names no person otherwise."""

from __future__ import annotations

import json

import pytest
from helpers import COUNCIL_BODY

from cleaner.author.author_profiles import slug_name
from cleaner.extract import extract

PUBLISHER = {"@type": "NewsMediaOrganization", "name": "Valley Courier"}


def _page(head: str, byline: str = "") -> str:
    return (f"<html><head><title>Council passes the budget</title>{head}</head><body><article>"
            f"<h1>Council passes the budget</h1>{byline}{COUNCIL_BODY}</article></body></html>")


def _ld(author: object) -> str:
    article = {"@context": "https://schema.org", "@type": "NewsArticle",
               "headline": "Council passes the budget", "author": author, "publisher": PUBLISHER}
    return f'<script type="application/ld+json">{json.dumps(article)}</script>'


@pytest.mark.parametrize(("head", "names"), [
    (_ld("https://courier.example/author/jane-doe"), ["Jane Doe"]),
    (_ld({"@type": "Person", "url": "https://courier.example/author/jane-doe/"}), ["Jane Doe"]),
    (_ld([{"@type": "Person", "url": "https://courier.example/authors/jane-doe/"},
          {"@type": "Person", "@id": "https://courier.example/authors/anna-van-der-berg-1234/"}]),
     ["Jane Doe", "Anna van der Berg"]),
    ('<meta property="article:author" content="https://courier.example/author/jane-doe">', ["Jane Doe"]),
    ('<link rel="author" href="https://courier.example/autor/juan-perez-garcia/">', ["Juan Perez Garcia"]),
])
def test_the_slug_of_the_authors_page_is_the_name(head: str, names: list[str]) -> None:
    assert extract(_page(head)).authors == names


@pytest.mark.parametrize(("head", "byline", "names"), [
    # a social network's profile, a user name, the site's page of all authors: no name
    ('<meta property="article:author" content="https://www.facebook.com/jane.doe.5">', "", []),
    ('<meta property="article:author" content="https://courier.example/author/jdoe">', "", []),
    (_ld("https://courier.example/authors/"), "", ["Valley Courier"]),
    # a byline that names the person wins over the slug
    ('<meta property="article:author" content="https://courier.example/author/jdoe-2">',
     '<p class="byline">By Jane Doe</p>', ["Jane Doe"]),
    # a named JSON-LD author is read as before, its url not
    (_ld({"@type": "Person", "name": "Jane Doe", "url": "https://courier.example/author/jd"}), "",
     ["Jane Doe"]),
])
def test_no_name_from_other_addresses_nor_over_a_byline(head: str, byline: str, names: list[str]) -> None:
    assert extract(_page(head, byline)).authors == names


@pytest.mark.parametrize(("url", "name"), [
    ("https://site.example/author/jane-doe", "Jane Doe"),
    ("https://site.example/by/jane-doe?ref=byline", "Jane Doe"),
    ("https://site.example/people/ursula-von-der-leyen-5f3a/", "Ursula von der Leyen"),
    ("https://site.example/news/2024/jane-doe", None),
    ("https://site.example/author/a-b-c-d-e-f", None),
    ("jane-doe", None),
])
def test_slug_name(url: str, name: str | None) -> None:
    assert slug_name(url) == name


def test_the_json_ld_authors_address_is_read_from_the_article_object() -> None:
    """From the article object ``cleaner.jsonld`` picks, as JSON: an author object holding an object
    of its own (its picture) is read, and the author of a teaser listed beside the article is not."""
    nested = _ld({"@type": "Person", "url": "https://courier.example/author/jane-doe/",
                  "image": {"@type": "ImageObject", "url": "https://courier.example/img/jd.jpg"}})
    assert extract(_page(nested)).authors == ["Jane Doe"]
    teasers = {"@context": "https://schema.org", "@type": "ItemList", "itemListElement": [
        {"@type": "NewsArticle", "headline": "Another story",
         "author": "https://courier.example/author/john-smith"}]}
    listed = f'<script type="application/ld+json">{json.dumps(teasers)}</script>'
    assert extract(_page(_ld("https://courier.example/author/jane-doe") + listed)).authors == ["Jane Doe"]


@pytest.mark.parametrize(("url", "name"), [
    # one list of name particles (cleaner.author.author_names.NAME_PARTICLES) for slugs and bylines: lower
    # case in the name, and no word of its length
    ("https://site.example/autor/maria-das-dores-costa-silva", "Maria das Dores Costa Silva"),
    ("https://site.example/autor/juan-carlos-perez-y-garcia", "Juan Carlos Perez y Garcia"),
    ("https://site.example/author/jan-ten-brink", "Jan ten Brink"),
    ("https://site.example/autor/anna-zu-stolberg", "Anna zu Stolberg"),
])
def test_slug_particles_are_the_bylines(url: str, name: str | None) -> None:
    assert slug_name(url) == name
