"""A byline's job titles, places and honorifics around its names, names listed with the Arabic comma
or the Thai "and", and the conjunctions of a byline set in capitals (issue 14): "By Jane Doe Senior
Political Correspondent", "Jane Doe, Correspondent, Berlin", "By Rev. John Smith", "محمد علي، أحمد حسن",
"POR JUAN PÉREZ Y MARÍA LÓPEZ"."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaner.author.authors import page_authors
from cleaner.author.bylines import byline_names


@pytest.mark.parametrize(("byline", "names"), [
    # a job title with its rank and beat after the name, in the same text
    ("By Jane Doe Senior Political Correspondent", ["Jane Doe"]),
    ("JANE DOE Chief Economics Editor", ["JANE DOE"]),
    ("By Jane Doe, Washington Bureau Chief", ["Jane Doe"]),
    ("By Jane Doe, Film Critic", ["Jane Doe"]),
    ("Jane Doe, Contributor", ["Jane Doe"]),
    # the place the job is after it
    ("Jane Doe, Chief Correspondent, Berlin", ["Jane Doe"]),
    ("By Jane Doe, Staff Writer, New York", ["Jane Doe"]),
    ("Anna Schmidt, Korrespondentin, Paris", ["Anna Schmidt"]),
    # ... but not an agency, nor a name after a conjunction
    ("Jane Doe, Reporter, Reuters", ["Jane Doe", "Reuters"]),
    ("By Jane Doe, Staff Writer, and John Smith, Correspondent", ["Jane Doe", "John Smith"]),
    # honorifics
    ("By Rev. John Smith", ["John Smith"]),
    ("Pr Jean Dupont", ["Jean Dupont"]),
    ("Avv. Mario Rossi", ["Mario Rossi"]),
    # the Arabic comma and the Thai "and" between names
    ("محمد علي، أحمد حسن", ["محمد علي", "أحمد حسن"]),
    ("สมชาย ใจดี และ สมหญิง รักไทย", ["สมชาย ใจดี", "สมหญิง รักไทย"]),
])
def test_titles_places_honorifics_and_separators(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


@pytest.mark.parametrize("byline", [
    "Ben Silverman Games Editor",  # one rank word, as before
    "Jane Doe",
    "By Ursula von der Leyen",
])
def test_names_stay_whole(byline: str) -> None:
    assert byline_names(byline) == [byline.removeprefix("By ").removesuffix(" Games Editor")]


def test_meta_authors_listed_with_the_arabic_comma() -> None:
    tree = lxml_html.fromstring("<html><body><p>نص الخبر.</p></body></html>")
    assert page_authors(tree, "محمد علي، أحمد حسن", []) == ["محمد علي", "أحمد حسن"]


@pytest.mark.parametrize(("byline", "names"), [
    ("POR JUAN PÉREZ Y MARÍA LÓPEZ", ["JUAN PÉREZ", "MARÍA LÓPEZ"]),
    ("Par JEAN DUPONT ET MARIE CURIE", ["JEAN DUPONT", "MARIE CURIE"]),
    ("DOOR JAN DE VRIES EN PIET JANSEN", ["JAN DE VRIES", "PIET JANSEN"]),
    ("ИВАН ПЕТРОВ И АННА ИВАНОВА", ["ИВАН ПЕТРОВ", "АННА ИВАНОВА"]),
    # a middle initial stays the name's, in capitals and not
    ("BY JOHN E SMITH", ["JOHN E SMITH"]),
    ("JAN A NOVAK", ["JAN A NOVAK"]),
    ("Juan Pérez Y María", ["Juan Pérez Y María"]),
])
def test_conjunctions_in_a_byline_set_in_capitals(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names
