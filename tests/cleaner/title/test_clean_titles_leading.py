"""The <h1> that opens the article beats titles written for search engines and sharing (issue 14),
on page structures where it used to be missed: a page builder's header nested many levels below
the block that holds the text, and a box of related links between the headline and the story's
paragraphs. A section's <h1> over a list of teasers with summaries is still no headline. And where
every title names only the site, the <h1> is the headline wherever it stands."""

from __future__ import annotations

import json

from helpers import STORY_LINE
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

HEADLINE = "Council approves new budget for harbour repairs"
SHARED = "Harbour repair budget 2024: what the council vote means for you"
URL = "https://www.quaysidechronicle.example/news/2024/04/harbour-budget"
PROSE = [f"<p>{STORY_LINE.format(n=n)}</p>" for n in range(8)]


def _title(body: str) -> str | None:
    page = (f"<html><head><title>{SHARED} | Quayside Chronicle</title>"
            f"<meta property='og:title' content='{SHARED}'></head><body><header><a href='/'>"
            f"<img alt='Quayside Chronicle' src='logo.png'></a></header>{body}"
            "<footer><p>© 2024 Quayside Chronicle</p></footer></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


def _nested(inner: str, classes: list[str]) -> str:
    for name in reversed(classes):
        inner = f"<div class='{name}'>{inner}</div>"
    return inner


def test_headline_in_a_page_builders_deep_header() -> None:
    # Header wrapper, headline wrapper, header, two unnamed blocks, a column and the builder's page
    # block: the <h1> is eight levels below the block that holds the text.
    header = _nested(f"<h1>{HEADLINE}</h1>", ["col", "blk", "blk", "article-header", "header-wrap",
                                              "headline-wrap"])
    text = _nested("".join(PROSE), ["col", "blk", "article-body"])
    assert _title(f"<div class='page'><div class='page-inner'>{header}{text}</div></div>") == HEADLINE


def test_related_links_between_the_headline_and_the_story() -> None:
    # A "More on" box of linked headings right under the headline, the story's paragraphs after it.
    related = "".join(f"<h2><a href='/news/{n}'>Related story number {n}</a></h2>" for n in range(5))
    body = f"<main><article><h1>{HEADLINE}</h1><div class='more-on'>{related}</div>{''.join(PROSE[:6])}"
    assert _title(body + "</article></main>") == HEADLINE


def test_section_name_over_teasers_with_two_paragraph_summaries() -> None:
    teasers = "".join(f"<h3><a href='/news/{n}'>Teaser headline number {n}</a></h3><p>A summary of the "
                      "teased story, long enough to read as a paragraph of prose.</p><p>And its second "
                      "paragraph, also long enough to read as prose.</p>" for n in range(6))
    assert _title(f"<main><div><h1>The harbour in the news today</h1>{teasers}</div></main>") == SHARED


def test_titles_that_only_name_the_site_give_way_to_the_h1() -> None:
    # A CMS that writes the site's name into every page's <title> (and og:title): the <h1> right
    # under <body> is the headline though nothing tells it opens the text.
    body = f"<h1>{HEADLINE}</h1>{''.join(PROSE[:6])}"
    for head in ("<title>Quayside Chronicle</title>",
                 "<title>Quayside Chronicle</title><meta property='og:title' content='Quayside Chronicle'>"
                 "<meta property='og:site_name' content='Quayside Chronicle'>"):
        page = f"<html><head>{head}</head><body>{body}</body></html>"
        assert page_metadata(lxml_html.fromstring(page), URL).title == HEADLINE
    # With no <h1>, the JSON-LD headline is the title.
    data = json.dumps({"@type": "NewsArticle", "headline": HEADLINE})
    ld = f'<script type="application/ld+json">{data}</script>'
    page = f"<html><head><title>Quayside Chronicle</title>{ld}</head><body>{''.join(PROSE)}</body></html>"
    assert page_metadata(lxml_html.fromstring(page), URL).title == HEADLINE
