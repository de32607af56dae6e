"""A byline's "by" written "De" with its capital (issue 14): Romanian, Portuguese and Spanish
templates print "De Ion Popescu" as they print "de Ion Popescu"; the "De" is the byline's, not
the name's. A surname's particle "De" stays ("Robert De Niro", "De la Cruz", "De La Redacción").
Romanian "written by" and "published by" ("Scris de", "Publicat de") are a byline's "by" too."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.author.byline_shapes import opens_byline
from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("byline", "names"), [
    ("De Ion Popescu", ["Ion Popescu"]),  # Romanian
    ("DE ION POPESCU", ["ION POPESCU"]),
    ("De Ion Popescu și Maria Ionescu", ["Ion Popescu", "Maria Ionescu"]),
    ("De Ana Souza e João Lima", ["Ana Souza", "João Lima"]),  # Portuguese
    ("De Ana-Maria Popa", ["Ana-Maria Popa"]),
    ("De Maria de Souza", ["Maria de Souza"]),  # the name's own particle stays
    ("Scris de Ion Popescu", ["Ion Popescu"]),  # Romanian "written by"
    ("Scrisă de Maria Ionescu", ["Maria Ionescu"]),
    ("Publicat de Ion Popescu și Maria Ionescu", ["Ion Popescu", "Maria Ionescu"]),
    ("Un articol de Ion Popescu", ["Ion Popescu"]),  # "an article by"
    ("Articol scris de Maria Ionescu", ["Maria Ionescu"]),
])
def test_capital_de_is_the_byline_s_by(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


@pytest.mark.parametrize(("markup", "names"), [
    ('<p class="byline">De Ion Popescu</p>', ["Ion Popescu"]),
    ('<div class="article-author">De <a href="/autor/ion-popescu">Ion Popescu</a></div>', ["Ion Popescu"]),
    ('<div class="author">De Ion Popescu și Maria Ionescu</div>', ["Ion Popescu", "Maria Ionescu"]),
])
def test_capital_de_on_a_page(markup: str, names: list[str]) -> None:
    assert extract(byline_page(markup)).authors == names


@pytest.mark.parametrize(("byline", "names"), [
    # guards: "De" that is a surname's, first or inside the name
    ("Robert De Niro", ["Robert De Niro"]),
    ("By Robert De Niro", ["Robert De Niro"]),
    ("Ana de Souza", ["Ana de Souza"]),
    ("By Maria De la Cruz", ["Maria De la Cruz"]),
    ("Carlos De La Cruz Gómez", ["Carlos De La Cruz Gómez"]),
    ("De la Redacción", ["Redacción"]),
    ("de Andrei Popescu", ["Andrei Popescu"]),
])
def test_de_of_a_surname_stays(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


@pytest.mark.parametrize("text", ["De Niro", "De La Cruz", "De Los Santos", "De Van Der Berg", "De la Fuente",
                                  "De Luca", "DE LA CRUZ"])
def test_de_before_a_particle_or_one_word_opens_no_byline(text: str) -> None:
    assert not opens_byline(text)
