"""A wire story's sign-off with its "with" after a dash or inside brackets named no agency (issue 14):
"— With AFP, Reuters", "(With AFP)", "(avec l'AFP)", "(Con información de EFE)", "With inputs from PTI"
credited the story to the outlet, and "With AFP, Reuters" was read as a credit line of a person
"With AFP" and the agency. Pages built from the structures of wire-fed news pages, not copied from any.
Guards: the plain sign-offs, a byline's person first, a sentence opening with "With"."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_BODY

from cleaner.author.credit_lines import credit_line_names
from cleaner.extract import extract


def _page(last: str, byline: str = "") -> str:
    return ('<html><head><title>Council passes the budget</title>'
            '<meta property="og:site_name" content="Daily Example"></head><body><article>'
            f"<h1>Council passes the budget</h1>{byline}{COUNCIL_BODY}<p>{last}</p>"
            "</article></body></html>")


@pytest.mark.parametrize(("last", "authors"), [
    ("— With AFP, Reuters", ["AFP", "Reuters"]),
    ("With AFP, Reuters", ["AFP", "Reuters"]),
    ("(With AFP)", ["AFP"]),
    ("(with AFP and Reuters)", ["AFP", "Reuters"]),
    ("(avec AFP)", ["AFP"]),
    ("(avec l'AFP)", ["AFP"]),
    ("— Avec AFP et Reuters", ["AFP", "Reuters"]),
    ("(Con información de EFE)", ["EFE"]),
    ("With inputs from PTI", ["PTI"]),
])
def test_a_sign_off_with_its_with_names_the_agencies(last: str, authors: list[str]) -> None:
    assert extract(_page(last)).authors == authors


@pytest.mark.parametrize(("last", "authors"), [
    ("— AFP", ["AFP"]),
    ("With AFP and Reuters", ["AFP", "Reuters"]),
    ("Con información de EFE y Reuters", ["EFE", "Reuters"]),
    ("With the help of the council, the town will build a new school.", ["Daily Example"]),
])
def test_plain_sign_offs_and_sentences_as_before(last: str, authors: list[str]) -> None:
    assert extract(_page(last)).authors == authors


def test_a_byline_comes_first_and_credit_lines_still_read() -> None:
    assert extract(_page("— With AFP, Reuters", '<p class="byline">By Jane Doe</p>')).authors == ["Jane Doe"]
    assert credit_line_names("Anna Smith, Reuters") == ["Anna Smith", "Reuters"]
    assert credit_line_names("With AFP, Reuters") == []
