"""The city a byline writes after its names, with no job title between ("Von Anna Schmidt, Berlin",
"Por Ana Ruiz, Madrid", "By Jane Doe, Washington"), is where the reporter files from, not a second
author (issue 14); a name or an outlet after a comma still is one."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_PARAGRAPH, byline_page

from cleaner.author.byline_cities import is_city
from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("byline", "names"), [
    ("Von Anna Schmidt, Berlin", ["Anna Schmidt"]),
    ("Por Ana Ruiz, Madrid", ["Ana Ruiz"]),
    ("By Jane Doe, Washington", ["Jane Doe"]),
    ("By Jane Doe, New York", ["Jane Doe"]),
    ("BY JANE DOE, WASHINGTON", ["JANE DOE"]),
    ("Par Jean Dupont et Marie Curie, Bruxelles", ["Jean Dupont", "Marie Curie"]),
    ("di Mario Rossi, Roma", ["Mario Rossi"]),
    ("Autor: Jan Kowalski, Warszawa", ["Jan Kowalski"]),
    ("Jane Doe | Hong Kong", ["Jane Doe"]),
])
def test_a_city_after_the_names_is_no_author(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("By Jane Doe, John Smith", ["Jane Doe", "John Smith"]),  # two people
    ("By Jane Doe, Reuters", ["Jane Doe", "Reuters"]),  # a wire agency
    ("By Jane Doe, The Chronicle", ["Jane Doe", "The Chronicle"]),  # the outlet
    ("By Jane Doe, Paris Lees", ["Jane Doe", "Paris Lees"]),  # a name that opens like a city
    ("Washington", ["Washington"]),  # a lone word is what the byline names
])
def test_names_and_outlets_after_a_comma_stay(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


def test_the_city_of_a_page_byline_is_left_out() -> None:
    for markup, name in [('<p class="byline">Von Anna Schmidt, Berlin</p>', "Anna Schmidt"),
                         ('<div class="author">Por Ana Ruiz, Madrid</div>', "Ana Ruiz"),
                         ("<p>By Jane Doe, Washington</p>", "Jane Doe")]:
        assert extract(byline_page(markup)).authors == [name]


def test_cities_in_several_languages_and_cases() -> None:
    assert all(map(is_city, ["Berlin", "BERLIN", "New York", "Moskau", "Москва", "İstanbul", "Pékin",
                             "Kyiv."]))
    assert not any(map(is_city, ["Jane", "The Chronicle", "Reuters", "Paris Lees", ""]))


def _opened_page(byline: str, opening: str) -> str:
    body = "".join(f"<p>{opening if n == 0 else ''}{COUNCIL_PARAGRAPH * 2}</p>" for n in range(5))
    return (f"<html><head><title>Council passes the budget</title></head><body><article>"
            f"<h1>Council passes the budget</h1>{byline}{body}</article></body></html>")


@pytest.mark.parametrize("opening", ["KASSEL (dpa) - ", "Kassel. ", "KASSEL — "])
def test_a_place_the_dateline_names_is_no_author(opening: str) -> None:
    # No list knows every town: the text's dateline names it.
    page = _opened_page('<p class="byline">Von Anna Schmidt, Kassel</p>', opening)
    assert extract(page).authors == ["Anna Schmidt"]


def test_names_the_dateline_does_not_name_stay() -> None:
    wire = _opened_page('<p class="byline">By Jane Doe, Reuters</p>', "LONDON (Reuters) - ")
    assert extract(wire).authors == ["Jane Doe", "Reuters"]
    assert extract(_opened_page('<p class="byline">By Jane Doe and John Smith</p>', "SMITH — ")).authors \
        == ["Jane Doe", "John Smith"]


def test_cities_of_three_words_and_turkish_capitals() -> None:
    assert byline_names("Anna Schmidt, Frankfurt am Main") == ["Anna Schmidt"]
    assert byline_names("Por Ana Ruiz, Rio de Janeiro") == ["Ana Ruiz"]
    # a desk in capitals is title-cased with Turkish "İ" as "i" (was "Merkezi" and a combining dot)
    assert extract(byline_page('<div class="author">HABER MERKEZİ</div>')).authors == ["Haber Merkezi"]
