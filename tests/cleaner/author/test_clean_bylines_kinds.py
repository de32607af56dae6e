"""Bylines that say what kind of piece it is, in several languages ("Ein Kommentar von A", "Un
article de A", "Entrevista de A"), a freelancer's "Special to The Courier", a date after "on", and a
wire's credit line with its pieces in lower case ("writing by B", "additional reporting by C")
(issue 14)."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.author.byline_shapes import opens_byline
from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("byline", "names"), [
    ("Ein Kommentar von Anna Schmidt", ["Anna Schmidt"]),
    ("Eine Analyse von Anna Schmidt und Peter Müller", ["Anna Schmidt", "Peter Müller"]),
    ("Ein Gastbeitrag von Anna Schmidt", ["Anna Schmidt"]),
    ("Un article de Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
    ("Une tribune de Jean Dupont", ["Jean Dupont"]),
    ("Entrevista de Juan Pérez", ["Juan Pérez"]),
    ("Un commento di Mario Rossi", ["Mario Rossi"]),
    ("BY JANE DOE | SPECIAL TO THE COURIER", ["JANE DOE"]),
    ("By Jane Doe, Special to The Courier", ["Jane Doe"]),
    ("By Jane Doe on April 12, 2024", ["Jane Doe"]),
    ("Reporting by Jane Doe; writing by Mary Roe; editing by Mark Potter", ["Jane Doe", "Mary Roe"]),
    # a contributor is no author where the byline names its authors (as real author lists have it)
    ("Reporting by Jane Doe; additional reporting by John Smith", ["Jane Doe"]),
])
def test_kinds_of_piece_and_credits(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


def test_names_and_sentences_with_the_same_words() -> None:
    assert byline_names("Juan de la Cruz") == ["Juan de la Cruz"]  # "de" inside a name
    assert not opens_byline("Nota de la Redacción ")
    # A sentence that opens like such a byline is the text's.
    sentence = "<p>Un article de loi prévoit la hausse des impôts locaux dès le mois prochain.</p>"
    result = extract(byline_page(sentence))
    assert result.authors == [] and result.text.startswith("Un article de loi")


@pytest.mark.parametrize(("markup", "names"), [
    ("<p>Ein Kommentar von Anna Schmidt</p>", ["Anna Schmidt"]),
    ("<div>Un article de Jean Dupont et Marie Curie</div>", ["Jean Dupont", "Marie Curie"]),
    ("<p>BY JANE DOE | SPECIAL TO THE COURIER</p>", ["Jane Doe"]),
    ('<p class="byline">By Jane Doe on April 12, 2024</p>', ["Jane Doe"]),
])
def test_such_a_byline_under_the_headline(markup: str, names: list[str]) -> None:
    result = extract(byline_page(markup))
    assert result.authors == names
    assert result.text.startswith("The city council")


@pytest.mark.parametrize(("byline", "names"), [
    # A family name that opens like a month is no date after the name ("Marinescu 12" was cut to 'Ioana').
    ("de Andrei Popescu și Ioana Marinescu 12 aprilie 2024, 14:46", ["Andrei Popescu", "Ioana Marinescu"]),
    ("By Ana Martinez 12 April 2024", ["Ana Martinez"]),
    ("By Lena Junker 4 May 2024", ["Lena Junker"]),
    ("By Omar Decker 3 hours ago", ["Omar Decker"]),
    # ... while a month's name or abbreviation before the day still ends the name.
    ("By Ana Martinez March 12, 2024", ["Ana Martinez"]),
    ("By John Smith Sept. 12, 2024", ["John Smith"]),
    ("Por Ana Martinez marzo 3 de 2024", ["Ana Martinez"]),
])
def test_a_name_that_opens_like_a_month_is_kept_whole(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


@pytest.mark.parametrize(("byline", "names"), [
    # A day before its month after the name, with or without the comma, is no part of a name.
    ("By Lena Jensen 4 May 2024", ["Lena Jensen"]),
    ("By Lena Jensen, 4 May 2024", ["Lena Jensen"]),
    ("Von Anna Schmidt 12. April 2024", ["Anna Schmidt"]),
    ("Por Ana Ruiz 4 de mayo de 2024", ["Ana Ruiz"]),
])
def test_a_day_written_before_its_month_ends_the_name(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names
