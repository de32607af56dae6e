"""By-words and job titles other languages write around a byline's names (issue 14): Italian "Di"
capitalised at the line's start, Bulgarian "От", Turkish "tarafından" after the name, Chinese
"撰文" without its colon; a job title after the name with no comma, where a ``<br>`` parted them
("Juan Pérez<br>Corresponsal en Bruselas": trafilatura's author field reads one line); and a
contributor's credit ("Additional reporting by B"), which real author lists leave out beside the
byline's authors."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("markup", "names"), [
    ('<div class="autor">Juan Pérez<br/>Corresponsal en Bruselas</div>', ["Juan Pérez"]),
    ('<div class="byline">Anna Schmidt<br>Redakteurin</div>', ["Anna Schmidt"]),
    ('<p class="byline">Di Mario Rossi</p>', ["Mario Rossi"]),
    ("<p>Di Mario Rossi e Luca Bianchi</p>", ["Mario Rossi", "Luca Bianchi"]),
    ('<p class="byline">От Иван Петров</p>', ["Иван Петров"]),
    ('<p class="byline">Ahmet Yılmaz tarafından</p>', ["Ahmet Yılmaz"]),
    ("<p>Ahmet Yılmaz tarafından</p>", ["Ahmet Yılmaz"]),
    ("<p>撰文 王晓明</p>", ["王晓明"]),
    ('<p class="byline">By Jane Doe. Additional reporting by John Smith</p>', ["Jane Doe"]),
])
def test_by_words_and_roles_around_names(markup: str, names: list[str]) -> None:
    assert extract(byline_page(markup)).authors == names


@pytest.mark.parametrize(("text", "names"), [
    ("Mario Rossi Corrispondente", ["Mario Rossi"]),  # an author meta tag's role
    ("Por Juan Pérez Corresponsal en Bruselas", ["Juan Pérez"]),
    ("Jane Doe; with additional reporting by John Smith", ["Jane Doe"]),
    # guards: "Di" in a surname; a contributor alone is who the byline names; "our correspondent"
    ("Di Maio", ["Di Maio"]),
    ("Luigi Di Maio", ["Luigi Di Maio"]),
    ("Additional reporting by John Smith", ["John Smith"]),
    ("De notre correspondant à Berlin Jean Dupont", ["Jean Dupont"]),
])
def test_byline_texts(text: str, names: list[str]) -> None:
    assert byline_names(text) == names


@pytest.mark.parametrize("line", [
    "От Москвы до Владивостока",  # a Russian line that opens with "от" (from): no name after it
    "Karar belediye meclisi tarafından",  # "by the council": a sentence's words, no name
])
def test_lines_with_the_words_are_no_bylines(line: str) -> None:
    assert extract(byline_page(f"<p>{line}</p>")).authors == []


@pytest.mark.parametrize(("line", "names"), [
    # Filipino "Ni" (by), a particle in the name ("dela" is no word of a sentence here)
    ("Ni Juan dela Cruz", ["Juan dela Cruz"]),
    # Macedonian "Од", Danish "Skrevet af", Polish "Autorzy:" (authors), Finnish "Tekijä:",
    # Indonesian "Laporan:" (report) and "Jurnalis:"
    ("Од Марко Марковски", ["Марко Марковски"]),
    ("Skrevet af Lars Hansen", ["Lars Hansen"]),
    ("Autorzy: Jan Kowalski, Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),
    ("Tekijä: Matti Virtanen", ["Matti Virtanen"]),
    ("Laporan: Budi Santoso", ["Budi Santoso"]),
    ("Jurnalis: Budi Santoso", ["Budi Santoso"]),
])
def test_more_by_words_under_the_headline(line: str, names: list[str]) -> None:
    assert extract(byline_page(f"<p>{line}</p>")).authors == names


def test_ni_before_one_name_is_the_name() -> None:
    assert byline_names("Ni Wei") == ["Ni Wei"]  # a Chinese name in pinyin
