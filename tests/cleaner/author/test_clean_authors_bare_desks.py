"""A desk's bare word alone as the byline (issue 14): "Staff", "Staff Reporter", "Redaktion", "Редакция",
"Agencies", "Web Desk", "News Desk", "Online-Redaktion", "Rédaction" name no person; many true author
lists name the outlet for such a story, others the word. The word is kept as written and the outlet's
name the page gives (JSON-LD publisher, else og:site_name) follows it. A desk named with its outlet
("HT News Desk"), a person, an agency or a signature the text credits are as before. Pages built from
the structures of South Asian, German, Russian and French outlets' templates, not copied from any."""

from __future__ import annotations

import json

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract


def _page(*, byline: str = "", meta: str | None = None, outlet: str | None = "The Daily Example",
          ld_publisher: bool = True, ld_author: object = None, after: str = "") -> str:
    ld: dict = {"@context": "https://schema.org", "@type": "NewsArticle",
                "headline": "Council passes the budget"}
    if outlet and ld_publisher:
        ld["publisher"] = {"@type": "Organization", "name": outlet}
    if ld_author is not None:
        ld["author"] = ld_author
    site = f'<meta property="og:site_name" content="{outlet}">' if outlet else ""
    tag = f'<meta name="author" content="{meta}">' if meta else ""
    return (f'<html><head><title>Council passes the budget</title>{site}{tag}'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>'
            f'<body><article><h1>Council passes the budget</h1>{byline}{COUNCIL_BODY}{after}</article>'
            f'</body></html>')


@pytest.mark.parametrize(("page", "authors"), [
    (_page(byline='<p class="byline">Staff</p>'), ["Staff", "The Daily Example"]),
    (_page(byline='<p class="byline">By Staff Reporter</p>', outlet="Dawn"), ["Staff Reporter", "Dawn"]),
    (_page(meta="Redaktion", outlet="Kieler Kurier"), ["Redaktion", "Kieler Kurier"]),
    (_page(meta="Редакция", outlet="Вечерний город"), ["Редакция", "Вечерний город"]),
    (_page(byline='<p class="byline">By Agencies</p>', outlet="Daily Herald"), ["Agencies", "Daily Herald"]),
    (_page(ld_author={"@type": "Person", "name": "Web Desk"}, outlet="Geo News"), ["Web Desk", "Geo News"]),
    (_page(meta="News Desk"), ["News Desk", "The Daily Example"]),
    (_page(meta="Online-Redaktion", outlet="Kieler Kurier"), ["Online-Redaktion", "Kieler Kurier"]),
    (_page(byline='<p class="byline">Par Rédaction</p>', outlet="Le Courrier"), ["Rédaction", "Le Courrier"]),
    # og:site_name alone names the outlet too
    (_page(meta="Redaktion", outlet="Kieler Kurier", ld_publisher=False), ["Redaktion", "Kieler Kurier"]),
])
def test_the_outlet_follows_a_bare_desk(page: str, authors: list[str]) -> None:
    assert extract(page).authors == authors


@pytest.mark.parametrize(("page", "authors"), [
    # no outlet named: the word as before
    (_page(meta="Redaktion", outlet=None), ["Redaktion"]),
    # a desk named with its outlet
    (_page(ld_author={"@type": "Person", "name": "HT News Desk"}, outlet="Hindustan Times"),
     ["HT News Desk"]),
    # a person the byline names; a desk beside an agency
    (_page(meta="Web Desk", byline='<div class="byline">By Anna Smith</div>'), ["Anna Smith"]),
    (_page(byline='<p class="info">Redaktion, dpa</p>'), ["dpa"]),
    # a signature under the article comes first, the desk after it
    (_page(meta="Redakcja", outlet="Dziennik", after="<p><strong>Jan Kowalski</strong></p>"),
     ["Jan Kowalski", "Redakcja"]),
])
def test_other_bylines_as_before(page: str, authors: list[str]) -> None:
    assert extract(page).authors == authors
