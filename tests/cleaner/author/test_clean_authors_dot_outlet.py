"""An author field that writes the outlet after the name past a full stop ("Jane Doe. The Chronicle",
in the author meta tag or a byline): the name and the outlet apart (issue 14). trafilatura's reading
drops the stop and made one name of them ("Jane Doe The Chronicle"), which is no true author."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_BODY

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


def _page(byline: str = "", head: str = "") -> str:
    return (f"<html lang=en><head><title>Council passes the budget</title>{head}</head><body><article>"
            f"<h1>Council passes the budget</h1>{byline}{COUNCIL_BODY}</article></body></html>")


@pytest.mark.parametrize(("content", "names"), [
    ("Jane Doe. The Chronicle", ["Jane Doe", "The Chronicle"]),
    ("Finn Larsen. Nordic Wire Service", ["Finn Larsen", "Nordic Wire Service"]),
    ("Ana María López. El Diario", ["Ana María López", "El Diario"]),
])
def test_the_meta_tags_name_and_outlet(content: str, names: list[str]) -> None:
    assert extract(_page(head=f'<meta name="author" content="{content}">')).authors == names


def test_a_bylines_name_and_outlet() -> None:
    assert extract(_page('<div class="byline">By Jane Doe. The Chronicle</div>')).authors \
        == ["Jane Doe", "The Chronicle"]


@pytest.mark.parametrize(("text", "names"), [
    # guards: initials, a title, "St.", a stamp after the stop, a sentence after it
    ("J. R. Smith", ["J. R. Smith"]),
    ("Dr. Jane Doe", ["Jane Doe"]),
    ("St. John Smith", ["St. John Smith"]),
    ("By Rev. John Smith", ["John Smith"]),
    ("Anna Wu. The Chronicle", ["Anna Wu", "The Chronicle"]),
    ("Jane A. Doe", ["Jane A. Doe"]),
    ("By Jane Doe. Updated May 4, 2024", ["Jane Doe"]),
    ("Texto: Ana López. Fotos: Juan Pérez", ["Ana López"]),
])
def test_guards(text: str, names: list[str]) -> None:
    assert byline_names(text) == names


def test_a_sentence_after_the_stop_is_no_outlet() -> None:
    assert "Sie ist Redakteurin" not in byline_names("Jane Doe. Sie ist Redakteurin")
