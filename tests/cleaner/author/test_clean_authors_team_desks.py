"""A byline that names the outlet's team ("The Independent Team", "Daily Monitor Team"), as African and Asian
WordPress sites sign the agency copy they reprint, was read as a person: the wire agency the dateline names
("Moscow, Russia | XINHUA |", "NAIROBI, April 12 (Xinhua) --") was not given. A name ending in "Team" is now
a desk (cleaner.author.byline_roles.NAMED_DESK), as "Web Desk" and "Reuters Staff" were: the agency comes
first, the desk after it. Guards: a person's byline with the same dateline, a name ending "Teams", a
desk alone."""

from __future__ import annotations

import json

import pytest

from cleaner.extract import extract

_TEXT = ("Russian President Vladimir Putin appealed on Friday to the United States to improve cooperation on "
         "international information security, proposing an agreement on preventing incidents in cyberspace. ")


def _page(first: str, author: str, where: str = "ld") -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "Putin proposes talks on info security", "datePublished": "2024-04-12T10:00:00+03:00"}
    if where == "ld":
        ld["author"] = {"@type": "Person", "name": author}
    byline = ""
    if where == "byline":
        byline = f"<div class='post-meta'><span class='meta-author'>By {author}</span></div>"
    return ("<html><head><title>Putin proposes talks on info security</title>"
            "<meta property='og:site_name' content='The Daily Monitor'>"
            f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body><article>"
            f"<h1>Putin proposes talks on info security</h1>{byline}<div class='entry-content'>"
            f"<p>{first}{_TEXT * 2}</p><p>{_TEXT * 2}</p><p>{_TEXT * 2}</p></div></article></body></html>")


@pytest.mark.parametrize(("first", "author", "where", "agency"), [
    ("Moscow, Russia | XINHUA | ", "The Independent Team", "ld", "XINHUA"),
    ("NAIROBI, April 12 (Xinhua) -- ", "Daily Monitor Team", "ld", "Xinhua"),
    ("KAMPALA, April 12 (Xinhua) -- ", "The Monitor Team", "byline", "Xinhua"),
])
def test_the_agency_signs_before_the_team(first: str, author: str, where: str, agency: str) -> None:
    authors = extract(_page(first, author, where), "https://example.com/news/a").authors
    assert authors[0] == agency


@pytest.mark.parametrize(("first", "author", "expected"), [
    ("MOSCOW, April 12 (Xinhua) -- ", "Jane Doe", ["Jane Doe"]),
    ("", "Mary Teams", ["Mary Teams"]),
    ("", "The Monitor Team", ["The Monitor Team"]),
])
def test_a_byline_stays(first: str, author: str, expected: list[str]) -> None:
    assert extract(_page(first, author), "https://example.com/news/a").authors == expected
