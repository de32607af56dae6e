"""A kicker inside the <h1>, named in the newsroom's language (issue 14): the headline is read
without it, whether the page's sharing title carries the kicker or not."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaner.headings import page_headings

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
