"""A byline's "and" that is an ordinary word of other languages (issue 14): Slovenian "in" and Maltese
"u" between two names ("Janez Novak in Maja Kovač", "Joseph Borg u Maria Camilleri") part them on a
page in that language (its ``<html lang>``), in a byline and in the author meta tag (which
trafilatura's reading cut at "in", a preposition to it). Before, the second name was lost or the two
were one. English "in" and Croatian "u" ("Ivan Horvat u Zagrebu") stay what they were."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract


def _page(byline: str = "", head: str = "", lang: str = "en") -> str:
    return (f"<html lang={lang}><head><title>Council passes the budget</title>{head}</head><body><article>"
            f"<h1>Council passes the budget</h1>{byline}{COUNCIL_BODY}</article></body></html>")


@pytest.mark.parametrize(("lang", "first", "word", "second"), [
    ("sl", "Janez Novak", "in", "Maja Kovač"),
    ("sl-SI", "Ana Horvat", "in", "Luka Zupan"),
    ("mt", "Joseph Borg", "u", "Maria Camilleri"),
    ("mt", "Ġorġ Vella", "u", "Ċensa Farrugia"),
])
def test_the_languages_and_between_two_names(lang: str, first: str, word: str, second: str) -> None:
    assert extract(_page(f'<div class="byline">{first} {word} {second}</div>', lang=lang)).authors \
        == [first, second]
    assert extract(_page(head=f'<meta name="author" content="{first} {word} {second}">', lang=lang)).authors \
        == [first, second]


def test_a_slovenian_label_before_the_names() -> None:
    assert extract(_page('<div class="byline">Piše: Janez Novak in Maja Kovač</div>', lang="sl")).authors \
        == ["Janez Novak", "Maja Kovač"]


@pytest.mark.parametrize(("byline", "lang", "names"), [
    # guards: the words where they are no "and" of the page's language, one name, a place
    ('<div class="byline">Jane Doe in Kyiv</div>', "en", ["Jane Doe"]),
    ('<div class="byline">Janez Novak in Maja Kovač</div>', "en", ["Janez Novak"]),
    ('<div class="byline">Joseph Borg u Maria Camilleri</div>', "hr", ["Joseph Borg u Maria Camilleri"]),
    ('<div class="byline">Janez Novak</div>', "sl", ["Janez Novak"]),
    ('<div class="byline">Janez Novak, Ljubljana</div>', "sl", ["Janez Novak"]),
    ('<div class="byline">Janez Novak in jaz</div>', "sl", ["Janez Novak"]),
    ('<div class="byline">Joseph Borg</div>', "mt", ["Joseph Borg"]),
])
def test_guards(byline: str, lang: str, names: list[str]) -> None:
    assert extract(_page(byline, lang=lang)).authors == names


def test_an_english_meta_tag_keeps_its_reading() -> None:
    assert extract(_page(head='<meta name="author" content="Jane Doe in Kyiv">')).authors == ["Jane Doe"]
