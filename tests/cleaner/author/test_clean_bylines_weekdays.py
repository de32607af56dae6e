"""A byline that writes the day after the name with no separator but the weekday, in the news
languages (issue 14): "Mario Rossi mercoledì 12 aprile 2024", "Anna Schmidt Mittwoch, 12. April 2024",
"Budi Santoso Jumat, 12 April 2024"; the weekday is no part of the name."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("byline", "names"), [
    ("Mario Rossi mercoledì 12 aprile 2024", ["Mario Rossi"]),
    ("Jean Dupont mercredi 12 avril 2024", ["Jean Dupont"]),
    ("Anna Schmidt Mittwoch, 12. April 2024", ["Anna Schmidt"]),
    ("Juan Pérez viernes 12 de abril de 2024", ["Juan Pérez"]),
    ("João Silva sexta-feira, 12 de abril de 2024", ["João Silva"]),
    ("Jan de Vries vrijdag 12 april 2024", ["Jan de Vries"]),
    ("Budi Santoso Jumat, 12 April 2024", ["Budi Santoso"]),
    ("Anna Schmidt und Peter Müller Mittwoch, 12. April 2024", ["Anna Schmidt", "Peter Müller"]),
])
def test_a_weekday_before_the_day_is_no_part_of_the_name(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names
    for kind in ("byline", "author"):
        assert extract(byline_page(f'<div class="{kind}">{byline}</div>')).authors == names


@pytest.mark.parametrize(("byline", "names"), [
    # weekdays that are surnames as often are left alone
    ("Anna Freitag 12. April 2024", ["Anna Freitag"]),
    ("Luca Sabato 12 aprile 2024", ["Luca Sabato"]),
    ("Plácido Domingo 12 de abril de 2024", ["Plácido Domingo"]),
    ("Krzysztof Piątek 12 kwietnia 2024", ["Krzysztof Piątek"]),
    # no day after the word: it stays as written
    ("Anna Kamis", ["Anna Kamis"]),
    # a comma between two names is kept
    ("Jean Dupont, Marie Martin", ["Jean Dupont", "Marie Martin"]),
])
def test_surnames_and_names_stay(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names
