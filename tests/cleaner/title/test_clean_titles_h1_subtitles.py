"""A subtitle set inside the <h1> after the headline, in an element no class names ("<h1>Headline<br>
The vote came after a long dispute</h1>", "<h1><span>Headline</span><span>Subtitle</span></h1>")
(issue 14): where the sharing or tab title is the headline alone, the headline is the <h1>'s words up
to the title's end, as the page prints them. Not where the <h1> goes on in lower case (the title cut
the headline short), nor for a Title Case title, whose capitals tell nothing."""

from __future__ import annotations

import pytest
from helpers import STORY_PROSE

from cleaner.extract import extract

HEADLINE = "Council approves new budget for harbour repairs"
SUBTITLE = "The vote came after a long dispute"
URL = "https://quaysidechronicle.example/news/98765"
PROSE = STORY_PROSE
TAB = f"<title>{HEADLINE} | Quayside Chronicle</title>"
HEADS = {"og": f"{TAB}<meta property='og:title' content='{HEADLINE}'>", "tab": TAB}


def _title(head: str, h1: str) -> str | None:
    page = (f"<html><head><meta charset='utf-8'>{head}</head><body><header><a href='/'>Logo</a></header>"
            f"<main><article><header>{h1}</header>{PROSE}</article></main></body></html>")
    return extract(page, URL).title


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize("h1", [f"<h1><span>{HEADLINE}</span><span>{SUBTITLE}</span></h1>",
                                f"<h1>{HEADLINE} <span>{SUBTITLE}</span></h1>",
                                f"<h1>{HEADLINE}<br>{SUBTITLE}</h1>"])
def test_subtitle_in_the_h1_after_the_headline(head: str, h1: str) -> None:
    assert _title(HEADS[head], h1) == HEADLINE


def test_the_headline_keeps_its_question_mark() -> None:
    question = "Will the council approve the harbour budget?"
    head = f"<title>{question} | Quayside Chronicle</title>"
    assert _title(head, f"<h1>{question}<br>{SUBTITLE}</h1>") == question


def test_a_headline_the_title_cut_short_stays_whole() -> None:
    long = f"{HEADLINE} after a long dispute"
    assert _title(HEADS["og"], f"<h1>{long}</h1>") == long  # goes on in lower case
    title_case = "Council Approves New Budget"
    head = f"<title>{title_case} | Quayside</title><meta property='og:title' content='{title_case}'>"
    whole = "Council Approves New Budget For Harbour Repairs"
    assert _title(head, f"<h1>{whole}</h1>") == whole
