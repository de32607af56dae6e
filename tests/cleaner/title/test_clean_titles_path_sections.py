"""A tab title "Section: Headline - Site" on a page with no <h1> (issue 14), where the one word before
the colon is a folder of the page's address ("/politics/2024/04/12/..."): a section's name, which the
title kept ("Politics: Headline"). Guards: a topic before a colon that no folder names ("Brexit: ..."),
a word only in the address's slug, a headline too short to stand alone, and a page whose <h1> prints
the label."""

from __future__ import annotations

import pytest
from helpers import STORY_PROSE
from lxml import html as lxml_html

from cleaner.metadata import page_metadata
from cleaner.title.sections import without_path_section

HEADLINE = "Council approves new budget for harbour repairs"
SITE = "Quayside Chronicle"
PROSE = STORY_PROSE


def _title(tab: str, url: str, h1: str = "") -> str | None:
    page = (f"<html><head><title>{tab}</title></head><body><header><a href='/'>Home</a></header><main>"
            f"<article>{h1}{PROSE}</article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), url).title


@pytest.mark.parametrize(("label", "url"), [
    ("Politics", "https://www.quaysidechronicle.example/politics/2024/04/12/council-approves-98765.html"),
    ("Sport", "https://www.quaysidechronicle.example/news/sport/council-approves-budget/"),
    ("Wirtschaft", "https://www.quaysidechronicle.example/wirtschaft/council-approves-a-98765.html"),
])
def test_a_section_the_address_files_the_story_under_goes(label: str, url: str) -> None:
    assert _title(f"{label}: {HEADLINE} - {SITE}", url) == HEADLINE


@pytest.mark.parametrize(("title", "url"), [
    (f"Brexit: {HEADLINE}", "https://www.quaysidechronicle.example/politics/2024/04/12/council-98765.html"),
    (f"Brexit: {HEADLINE}", "https://www.quaysidechronicle.example/news/brexit-council-approves-98765"),
    ("Politics: budget approved", "https://www.quaysidechronicle.example/politics/2024/budget-98765"),
    (f"Politics: {HEADLINE}", None),
])
def test_what_no_folder_names_stays(title: str, url: str | None) -> None:
    assert without_path_section(title, url) == title


def test_an_h1_that_prints_the_label_is_the_headline() -> None:
    url = "https://www.quaysidechronicle.example/politics/2024/04/12/council-approves-98765.html"
    printed = f"Politics: {HEADLINE}"
    assert _title(f"{printed} - {SITE}", url, h1=f"<h1>{printed}</h1>") == printed
