"""A kicker inside the <h1>, named in the newsroom's language (issue 14): the headline is read
without it, whether the page's sharing title carries the kicker or not."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaner.title.headings import page_headings

HEADLINE = "Council approves new budget for harbour repairs"


@pytest.mark.parametrize("name", ["volanta", "cintillo", "chapeu", "nadnaslov", "nadtytul", "nadtitulek",
                                  "supratitlu", "vinjett", "article-overtitle", "headline__preheadline"])
def test_kicker_named_in_the_newsrooms_language(name: str) -> None:
    # The kicker and the headline run on in one line of text: only the name tells them apart.
    page = lxml_html.fromstring(f'<html><body><h1><span class="{name}">Harbour</span> {HEADLINE}</h1>'
                                "</body></html>")
    assert page_headings(page)[0] == [HEADLINE]


def test_unnamed_span_in_the_headline_stays() -> None:
    page = lxml_html.fromstring(f'<html><body><h1><span class="accent">Harbour</span> {HEADLINE}</h1>'
                                "</body></html>")
    assert page_headings(page)[0] == [f"Harbour {HEADLINE}"]


@pytest.mark.parametrize("name", ["category", "section-name", "article__rubric", "topic", "ressort"])
def test_section_label_opening_the_headline(name: str) -> None:
    # A section's or topic's label set first in the <h1> ("Science" before the headline), which the
    # sharing title may carry as "Science - Headline".
    page = lxml_html.fromstring(f'<html><body><h1><span class="{name}">Harbour news</span> {HEADLINE}</h1>'
                                "</body></html>")
    assert page_headings(page)[0] == [HEADLINE]


@pytest.mark.parametrize("h1", [
    # The whole headline in an element named so, nothing after it.
    f'<h1><span class="section-title">{HEADLINE}</span></h1>',
    # A label of more than a kicker's words.
    '<h1><span class="topic">Harbour repairs and the budget of the town council</span> approved at last'
    "</h1>",
    # Text before it: the label is inside the headline.
    f'<h1>Harbour: <span class="category">news</span> {HEADLINE}</h1>',
])
def test_section_named_element_inside_the_headline_stays(h1: str) -> None:
    page = lxml_html.fromstring(f"<html><body>{h1}</body></html>")
    text = page_headings(page)[0][0]
    assert text == " ".join(lxml_html.fromstring(h1).text_content().split())
