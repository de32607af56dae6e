"""The site's own name around a headline in forms the title separators leave whole (issue 14): before
it with a colon ("Quayside Chronicle: Headline", no space before the colon) and after it in brackets
("Headline (Quayside Chronicle)"). Cut only where the name is the site's letter for letter; a topic
before a colon ("Brexit: ...") and a label in brackets ("(video)", another outlet's name) stay."""

from __future__ import annotations

import pytest
from helpers import STORY_PROSE
from lxml import html as lxml_html

from cleaner.metadata import page_metadata
from cleaner.title.sitenames import site_keys, strip_site

HEADLINE = "Council approves new budget for harbour repairs"
URL = "https://www.quaysidechronicle.example/news/2024/04/12/98765.html"
PROSE = STORY_PROSE


def _title(head: str) -> str | None:
    page = (f"<html><head>{head}</head><body><header><a href='/'>Logo</a></header><main><article>{PROSE}"
            "</article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize("title", [f"Quayside Chronicle: {HEADLINE}", f"{HEADLINE} (Quayside Chronicle)",
                                   f"{HEADLINE} [Quayside Chronicle]",
                                   f"QuaysideChronicle.example: {HEADLINE}"])
def test_the_sites_name_with_a_colon_or_in_brackets_is_cut(title: str) -> None:
    assert _title(f"<title>{title}</title>") == HEADLINE
    assert _title(f"<meta property='og:title' content='{title}'>") == HEADLINE
    # Declared by og:site_name on a host that does not spell it.
    keys = site_keys("Harbour Herald", "https://hh-online.example/1")
    assert strip_site(f"Harbour Herald: {HEADLINE}", keys) == HEADLINE


@pytest.mark.parametrize("title", [f"Brexit: {HEADLINE}", f"{HEADLINE} (video)", f"{HEADLINE} (Reuters)",
                                   "Quayside Chronicle: Awards", f"Quayside Chronicle Editors: {HEADLINE}"])
def test_other_words_with_a_colon_or_in_brackets_stay(title: str) -> None:
    keys = site_keys(None, URL)
    assert strip_site(title, keys) == title
