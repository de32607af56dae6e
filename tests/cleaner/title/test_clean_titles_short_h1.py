"""A headline of two words set as the <h1> over the story ("Ceasefire holds", "Dead End") beside a
longer sharing or tab title written for search and sharing that holds each of its words
("Ceasefire holds as talks resume in Cairo") (issue 14): the <h1> is the headline on the page. Not
where the page prints the longer title as a heading too, nor where the <h1> is a label: a link (to a
topic's page), named as a section or topic by its class, a link of the navigation, a label such as
"Live updates", or the title's run-in topic ("Ukraine war: Russia strikes Kyiv overnight")."""

from __future__ import annotations

import json

import pytest
from helpers import prose
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

SITE = "Quayside Chronicle"
URL = "https://www.quaysidechronicle.example/world/2024/04/12/98765.html"
PROSE = prose(8)
NAV = ("<header><a href='/'>Quayside Chronicle</a><nav><a href='/world'>World News</a> "
       "<a href='/science'>Science</a> <a href='/topics/harbour'>Harbour Works</a></nav></header>")
SHORT = [("Ceasefire holds", "Ceasefire holds as talks resume in Cairo"),
         ("Gaza truce", "Gaza truce holds as talks resume in Cairo"),
         ("Dead End", "How the harbour project hit a dead end")]


def _heads(title: str) -> list[str]:
    """The longer title as og:title, as the tab title alone, as JSON-LD's headline."""
    data = json.dumps({"@type": "NewsArticle", "headline": title})
    return [f"<title>{title} | {SITE}</title><meta property='og:title' content='{title}'>",
            f"<title>{title} | {SITE}</title>",
            f"<title>{SITE}</title><script type='application/ld+json'>{data}</script>"]


def _title(head: str, heading: str, before: str = "") -> str | None:
    page = (f"<html><head>{head}</head><body>{NAV}<main><article>{heading}{before}{PROSE}</article></main>"
            "</body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize(("h1", "longer"), SHORT)
def test_two_word_h1_over_the_text_is_the_headline(h1: str, longer: str) -> None:
    for head in _heads(longer):
        assert _title(head, f"<h1>{h1}</h1>") == h1


@pytest.mark.parametrize(("h1", "longer"), SHORT)
def test_the_longer_title_printed_as_a_heading_wins(h1: str, longer: str) -> None:
    assert _title(_heads(longer)[0], f"<h1>{h1}</h1>", f"<h2>{longer}</h2>") == longer


@pytest.mark.parametrize(("h1", "longer"), SHORT)
def test_a_label_h1_leaves_the_longer_title(h1: str, longer: str) -> None:
    head = _heads(longer)[0]
    assert _title(head, f"<h1><a href='/topics/x'>{h1}</a></h1>") == longer  # a link to a topic's page
    assert _title(head, f"<h1 class='section-title'>{h1}</h1>") == longer  # named as a section


def test_an_h1_the_navigation_links_is_a_label() -> None:
    longer = "Harbour Works crews start the winter repairs"
    assert _title(_heads(longer)[0], "<h1>Harbour Works</h1>") == longer


def test_a_run_in_topic_before_the_title_is_no_headline() -> None:
    longer = "Ukraine war: Russia strikes Kyiv overnight"
    for head in _heads(longer)[:2]:
        assert _title(head, "<h1>Ukraine war</h1>") == longer


def test_a_label_word_pair_is_no_headline() -> None:
    # "Live updates" is a label, though the title holds it and it stands alone over the text.
    longer = "Live updates as the storm batters the coast overnight"
    assert _title(_heads(longer)[0], "<h1>Live updates</h1>") == longer


def test_an_h1_whose_words_the_title_lacks_is_left_alone() -> None:
    # Only one of its words in the title: no evidence it is this story's headline.
    longer = "Ceasefire holds as talks resume in Cairo"
    assert _title(_heads(longer)[0], "<h1>Ceasefire collapses</h1>") == longer
