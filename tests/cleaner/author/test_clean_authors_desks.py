"""Desks and agencies as authors (issue 14): where the page itself states a desk or a wire agency as
the author (a JSON-LD author, typed Person or Organization, an author meta tag, a byline), the
article's true author list names it as written ("HT News Desk", "Web Desk", "Staff Reporter",
"Redacción", "Redaktion", "Xinhua", "AFP"); it is kept, not replaced by the outlet's name. A desk's
bare word alone ("Web Desk", "Redaktion") is followed by the outlet's name (JSON-LD publisher,
og:site_name), as true author lists name either. A person a byline names comes first, and a desk's
bare word that stood in for them goes. A CMS placeholder
("admin") still names no one, and page_authors never takes og:site_name alone for an author.
Pages built from the structures of South Asian, Latin American, German and Chinese outlets'
templates, not copied from any."""

from __future__ import annotations

import json

import pytest
from helpers import COUNCIL_BODY
from lxml import html as lxml_html

from cleaner.extract import extract
from cleaner.metadata import page_metadata

BODY = COUNCIL_BODY


def _page(*, author=None, meta_author: str | None = None, byline: str = "",
          outlet: str = "The Daily Example") -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council passes the budget",
          "datePublished": "2024-04-12T10:00:00+05:00",
          "publisher": {"@type": "Organization", "name": outlet}}
    if author is not None:
        ld["author"] = author
    meta = f'<meta name="author" content="{meta_author}">' if meta_author else ""
    return (f'<html><head><title>Council passes the budget | {outlet}</title>'
            f'<meta property="og:site_name" content="{outlet}">{meta}'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>'
            f'<body><nav><a href="/">Home</a></nav><article><h1>Council passes the budget</h1>{byline}{BODY}'
            f'</article></body></html>')


@pytest.mark.parametrize(("page", "authors"), [
    # JSON-LD author typed Person, the desk with the outlet's initials; the byline repeats it.
    (_page(author={"@type": "Person", "name": "HT News Desk"},
           byline='<div class="byline">HT News Desk</div>', outlet="Hindustan Times"), ["HT News Desk"]),
    # An author meta tag naming the web desk.
    (_page(meta_author="Web Desk", outlet="Geo News"), ["Web Desk", "Geo News"]),
    # A byline under the headline crediting the staff reporter, no author meta.
    (_page(byline='<p class="byline">By Staff Reporter</p>', outlet="Dawn"), ["Staff Reporter", "Dawn"]),
    (_page(byline='<p class="byline">Special Correspondent</p>', outlet="The Hindu"),
     ["Special Correspondent", "The Hindu"]),
    # Spanish and German desks as the JSON-LD author or the meta tag.
    (_page(author={"@type": "Person", "name": "Redacción"}, outlet="El Tiempo"), ["Redacción", "El Tiempo"]),
    (_page(author={"@type": "Person", "name": "Redacción El Tiempo"}, outlet="El Tiempo"),
     ["Redacción El Tiempo"]),
    (_page(meta_author="Redaktion", outlet="Tagesspiegel"), ["Redaktion", "Tagesspiegel"]),
    (_page(author=[{"@type": "Person", "name": "Reuters Staff"}], outlet="Reuters"), ["Reuters Staff"]),
    # The staff reporter in Bengali, the web desk in Urdu.
    (_page(author={"@type": "Person", "name": "নিজস্ব প্রতিবেদক"}, outlet="Prothomalo"),
     ["নিজস্ব প্রতিবেদক", "Prothomalo"]),
    (_page(byline='<div class="story__byline"><span class="story__byline__link">ویب ڈیسک</span></div>',
           outlet="DawnNews"), ["ویب ڈیسک", "DawnNews"]),
])
def test_a_desk_the_page_states_is_the_author(page: str, authors: list[str]) -> None:
    assert extract(page).authors == authors


@pytest.mark.parametrize(("page", "authors"), [
    # Wire agencies stated as the author: typed Organization, a meta tag, a byline of two.
    (_page(author={"@type": "Organization", "name": "AFP"}, outlet="France 24"), ["AFP"]),
    (_page(meta_author="Xinhua", outlet="Global Times"), ["Xinhua"]),
    (_page(byline='<p class="byline">AFP/Reuters</p>'), ["AFP", "Reuters"]),
])
def test_an_agency_the_page_states_is_the_author(page: str, authors: list[str]) -> None:
    assert extract(page).authors == authors


def test_a_person_the_byline_names_comes_before_a_named_desk_and_a_bare_desk_goes() -> None:
    byline = '<div class="byline">By Anna Smith</div>'
    assert extract(_page(meta_author="Web Desk", byline=byline)).authors == ["Anna Smith"]
    assert extract(_page(author={"@type": "Person", "name": "HT News Desk"}, byline=byline,
                         outlet="Hindustan Times")).authors == ["Anna Smith", "HT News Desk"]


def test_placeholders_and_job_titles_stay_no_author() -> None:
    # A CMS account's placeholder names no one: the outlet stands in (extract's fallback).
    assert extract(_page(meta_author="admin", outlet="Geo News")).authors == ["Geo News"]
    # A job title after a name is the name's, not a desk.
    byline = '<p class="byline">By Jane Doe, Staff Writer</p>'
    assert extract(_page(byline=byline)).authors == ["Jane Doe"]


def test_the_site_name_alone_is_never_a_page_author() -> None:
    # page_metadata's authors come from what the page states as its author, never og:site_name.
    tree = lxml_html.fromstring(_page(outlet="Geo News"))
    assert page_metadata(tree).authors == []


def test_what_the_text_credits_comes_before_a_desk() -> None:
    # A desk in the meta tags does not hide the signature under the article, the credit line over
    # it or the agency its dateline names: they come first, the desk after them.
    head = "Redakcja"
    signed = _page(meta_author=head, outlet="Dziennik").replace(
        "</article>", "<p><strong>Jan Kowalski</strong></p></article>")
    assert extract(signed).authors == ["Jan Kowalski", "Redakcja"]
    wire = _page(meta_author=head, outlet="Dziennik").replace(
        "<p>The city council", "<p>Warszawa (PAP) - The city council", 1)
    assert extract(wire).authors == ["PAP", "Redakcja"]


@pytest.mark.parametrize(("meta", "byline", "authors"), [
    # the outlet's host name in the author meta tag is kept as written, after the byline's person
    ("valleycourier.com", '<p class="byline">By Jane Doe</p>', ["Jane Doe", "valleycourier.com"]),
    ("www.valleycourier.com", '<p class="byline">By Jane Doe</p>', ["Jane Doe", "valleycourier.com"]),
    ("valleycourier.com", "", ["valleycourier.com"]),
])
def test_a_host_name_in_the_author_meta_tag_as_written(meta: str, byline: str, authors: list[str]) -> None:
    page = (f'<html><head><title>Council passes the budget</title><meta name="author" content="{meta}">'
            f'</head><body><article><h1>Council passes the budget</h1>{byline}{BODY}</article></body></html>')
    assert extract(page, url="https://www.valleycourier.com/news/council-budget").authors == authors
