"""A wire story's sign-off names its agencies (issue 14): a page that runs an agency's story without a
byline ends it with a paragraph naming the agency ("— AFP", "(Reuters)", "Source: Xinhua", "Fuente:
EFE", "With AFP and Reuters", "mit Material von dpa", "--IANS"). The text's cleaning drops that
line as junk, so the story was credited to the outlet; the page states the agency as the story's
source, and its true author list names it. Pages built from the structures of wire-fed news pages,
not copied from any."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract


def _page(last: str = "", byline: str = "", head: str = "", figure: str = "") -> str:
    return (f'<html><head><title>Council passes the budget</title>'
            f'<meta property="og:site_name" content="Daily Example">{head}</head><body><article>'
            f"<h1>Council passes the budget</h1>{byline}{figure}{COUNCIL_BODY}<p>{last}</p>"
            "</article></body></html>")


@pytest.mark.parametrize(("last", "authors"), [
    ("— AFP", ["AFP"]),
    ("(Reuters)", ["Reuters"]),
    ("Source: Xinhua", ["Xinhua"]),
    ("Fuente: EFE", ["EFE"]),
    ("With AFP and Reuters", ["AFP", "Reuters"]),
    ("mit Material von dpa", ["dpa"]),
    ("--IANS", ["IANS"]),
    ("-- BERNAMA", ["Bernama"]),  # a name set in capitals for the sign-off, as its dateline writes it
])
def test_a_sign_off_names_the_agency(last: str, authors: list[str]) -> None:
    assert extract(_page(last)).authors == authors


def test_what_a_sign_off_does_not_outrank() -> None:
    # A byline's person, or the meta tags', comes first; the sign-off is not read.
    assert extract(_page("— AFP", byline='<p class="byline">By Jane Doe</p>')).authors == ["Jane Doe"]
    assert extract(_page("— AFP", head='<meta name="author" content="Jane Doe">')).authors == ["Jane Doe"]
    # A sentence naming an agency is no sign-off, nor is a picture's credit.
    assert extract(_page("The AP reported it first.")).authors == ["Daily Example"]
    figure = '<figure><img src="/a.jpg"><figcaption><p>(Reuters)</p></figcaption></figure>'
    assert extract(_page("", figure=figure)).authors == ["Daily Example"]


def test_a_signature_under_the_article_comes_before_the_sign_off() -> None:
    page = _page("— PAP").replace("<p>— PAP</p>", "<p><strong>Jan Kowalski</strong></p><p>— PAP</p>")
    assert extract(page).authors == ["Jan Kowalski", "PAP"]
