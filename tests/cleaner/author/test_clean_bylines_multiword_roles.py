"""A job title of several words after the byline's comma, capitalised as German nouns and many
templates write it (issue 14): "Von Hans Müller, Leiter Politik", "Por Juan Pérez, Jefe de
Internacional", "Par Jean Dupont, Responsable du service politique", "Иван Петров, Заместитель
главного редактора". The title is the person's, not a second author; a second name after the comma
stays one ("Hans Müller, Anna Schmidt")."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("byline", "names"), [
    ("Von Hans Müller, Leiter Politik", ["Hans Müller"]),
    ("Von Anna Schmidt, Leiterin des Ressorts Wirtschaft", ["Anna Schmidt"]),
    ("Von Hans Müller, Stellvertretender Chefredakteur", ["Hans Müller"]),
    ("Von Anna Schmidt, Chefin vom Dienst", ["Anna Schmidt"]),
    ("Von Hans Müller, Redaktionsleiter Berlin", ["Hans Müller"]),
    ("Por Juan Pérez, Jefe de Internacional", ["Juan Pérez"]),
    ("Por María López, Subdirectora de Opinión", ["María López"]),
    ("Par Jean Dupont, Responsable du service politique", ["Jean Dupont"]),
    ("Par Jean Dupont, Chef du service Monde", ["Jean Dupont"]),
    ("Di Mario Rossi, Caporedattore Esteri", ["Mario Rossi"]),
    ("Di Mario Rossi, Vicedirettore", ["Mario Rossi"]),
    ("Por Ana Souza, Editora de Política", ["Ana Souza"]),
    ("Door Jan de Vries, Chef Buitenland", ["Jan de Vries"]),
    ("Door Jan de Vries, Adjunct-hoofdredacteur", ["Jan de Vries"]),
    ("Jan Kowalski, Zastępca redaktora naczelnego", ["Jan Kowalski"]),
    ("Иван Петров, Заместитель главного редактора", ["Иван Петров"]),
    ("Иван Петров, Главный редактор", ["Иван Петров"]),
    ("Jane Doe, Director of Research", ["Jane Doe"]),
    ("By Jane Doe, Deputy Head of Politics", ["Jane Doe"]),
    # glued to the beat, or after it
    ("Av Anna Svensson, Nyhetschef", ["Anna Svensson"]),
    ("Von Anna Schmidt, Politikchefin", ["Anna Schmidt"]),
    ("Juhani Virtanen, Uutispäällikkö", ["Juhani Virtanen"]),
    ("Jan Novák, Zástupce šéfredaktora", ["Jan Novák"]),
    ("Jan Novák, Vedoucí zahraniční rubriky", ["Jan Novák"]),
    ("Ahmet Yılmaz, Haber Müdürü", ["Ahmet Yılmaz"]),
    ("Door Jan de Vries, Politiek Redacteur", ["Jan de Vries"]),
    ("Mario Rossi, Vice Direttore", ["Mario Rossi"]),
    # the title, then where the job is
    ("Von Hans Müller, Leiter Politik, Berlin", ["Hans Müller"]),
])
def test_a_title_after_the_comma_is_the_person_s(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("Von Hans Müller, Leiter Politik", ["Hans Müller"]),
    ("Por Juan Pérez, Jefe de Internacional", ["Juan Pérez"]),
])
def test_on_a_page(byline: str, names: list[str]) -> None:
    assert extract(byline_page(f'<p class="byline">{byline}</p>')).authors == names


@pytest.mark.parametrize(("byline", "names"), [
    # guards: a second name after the comma, a surname that is a title's word, titles read before
    ("Von Hans Müller, Anna Schmidt", ["Hans Müller", "Anna Schmidt"]),
    ("Hans Müller, Anna Leiter", ["Hans Müller", "Anna Leiter"]),
    ("Por Juan Pérez, María López", ["Juan Pérez", "María López"]),
    ("Par Jean Dupont, Chloé Martin", ["Jean Dupont", "Chloé Martin"]),
    ("Иван Петров, Анна Смирнова", ["Иван Петров", "Анна Смирнова"]),
    ("Jan Novák, Jana Nováková", ["Jan Novák", "Jana Nováková"]),
    ("Juhani Virtanen, Liisa Korhonen", ["Juhani Virtanen", "Liisa Korhonen"]),
    ("Par Jean Dupont, responsable du service politique", ["Jean Dupont"]),
    ("Иван Петров, заместитель главного редактора", ["Иван Петров"]),
    ("By Jane Doe, Senior Political Correspondent", ["Jane Doe"]),
    ("Von Hans Müller, Korrespondent in Paris", ["Hans Müller"]),
])
def test_names_stay(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names
