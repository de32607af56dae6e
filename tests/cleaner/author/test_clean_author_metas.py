"""Author names in the meta tags trafilatura does not read (issue 14): Cxense's cXenseParse:author,
article:author_name, Parse.ly's parsely-page JSON, Yoast SEO's Twitter card "Written by"; read
where the page names no person otherwise."""

from __future__ import annotations

import json

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract


def _page(head: str, byline: str = "") -> str:
    return (f"<html><head><title>Council passes the budget</title>{head}</head><body><article>"
            f"<h1>Council passes the budget</h1>{byline}{COUNCIL_BODY}</article></body></html>")


YOAST = ('<meta name="twitter:label1" content="{label}"><meta name="twitter:data1" content="{name}">'
         '<meta name="twitter:label2" content="Est. reading time">'
         '<meta name="twitter:data2" content="4 minutes">')


@pytest.mark.parametrize(("head", "names"), [
    ('<meta name="cXenseParse:author" content="Jane Doe">', ["Jane Doe"]),
    ('<meta name="cXenseParse:author" content="Jane Doe, John Smith">', ["Jane Doe", "John Smith"]),
    ('<meta property="article:author_name" content="Jane Doe">', ["Jane Doe"]),
    ('<meta name="article.author" content="Anna Schmidt und Peter Müller">',
     ["Anna Schmidt", "Peter Müller"]),
    ("<meta name=parsely-page content='" + json.dumps({"authors": ["Jane Doe", "John Smith"]}) + "'>",
     ["Jane Doe", "John Smith"]),
    (YOAST.format(label="Written by", name="Jane Doe"), ["Jane Doe"]),
    (YOAST.format(label="Geschrieben von", name="Anna Schmidt"), ["Anna Schmidt"]),
    (YOAST.format(label="Écrit par", name="Jean Dupont"), ["Jean Dupont"]),
])
def test_other_author_meta_tags(head: str, names: list[str]) -> None:
    assert extract(_page(head)).authors == names


@pytest.mark.parametrize(("head", "byline", "names"), [
    # the card's other fields are no author
    ('<meta name="twitter:label1" content="Est. reading time">'
     '<meta name="twitter:data1" content="4 minutes">', "", []),
    # a CMS placeholder, the outlet's name: no person
    (YOAST.format(label="Written by", name="admin"), "", []),
    ('<meta property="og:site_name" content="Valley Courier"><meta name="cXenseParse:author" '
     'content="Valley Courier">', "", ["Valley Courier"]),
    # a byline naming the person: read as before, the tag not needed
    ('<meta name="cXenseParse:author" content="Jane Doe">', '<p class="byline">By John Smith</p>',
     ["John Smith"]),
])
def test_no_name_from_other_fields_nor_over_a_byline(head: str, byline: str, names: list[str]) -> None:
    assert extract(_page(head, byline)).authors == names
