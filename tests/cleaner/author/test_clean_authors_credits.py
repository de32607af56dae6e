"""Several authors in one byline, and names with roles and credits (issue 14): the names joined by
"and" in the byline's language, commas or "&" are each an author; a role after a name is no name;
a photographer credited beside the writer is no author, whether the byline labels the credit
("Fotos:", "Photography by") or one person is credited with both ("Text und Fotos: A")."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("byline", "names"), [
    # one person credited with the text and the photos is the author
    ("Text und Fotos: Anna Schmidt", ["Anna Schmidt"]),
    ("Texte et photos : Jean Dupont", ["Jean Dupont"]),
    # a credit "by" after a sentence's end is the photographer's
    ("By Jane Doe. Photography by John Roe", ["Jane Doe"]),
    ("By Jane Doe. Photos by John Roe", ["Jane Doe"]),
])
def test_credits_beside_the_writer(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


@pytest.mark.parametrize(("byline", "names"), [
    # guards: the forms already read right
    ("By Jane Doe, Senior Correspondent, and John Roe", ["Jane Doe", "John Roe"]),
    ("Jane Doe and John Roe, Staff Writers", ["Jane Doe", "John Roe"]),
    ("Jane Doe, John Roe, and Bob Smith", ["Jane Doe", "John Roe", "Bob Smith"]),
    ("By Anna Smith, Bob Jones &amp; Carl Weber", ["Anna Smith", "Bob Jones", "Carl Weber"]),
    ("Von Anna Schmidt und Peter Müller", ["Anna Schmidt", "Peter Müller"]),
    ("Par Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
    ("Por Juan Pérez y María López | Fotos: Carlos Ruiz", ["Juan Pérez", "María López"]),
    ("Text: Anna Schmidt, Fotos: Bob Jones", ["Anna Schmidt"]),
    ("Von Anna Schmidt (Text) und Bob Jones (Fotos)", ["Anna Schmidt"]),
    ("Words by Jane Doe, photographs by John Roe", ["Jane Doe"]),
    ("Текст: Иван Петров. Фото: Мария Сидорова", ["Иван Петров"]),
    ("By JANE DOE and JOHN ROE Associated Press", ["JANE DOE", "JOHN ROE", "Associated Press"]),
])
def test_several_authors_and_roles_in_one_byline(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


def test_a_page_byline_with_a_credit_names_the_writer() -> None:
    credited = '<p class="author">Text und Fotos: Anna Schmidt</p>'
    assert extract(byline_page(credited)).authors == ["Anna Schmidt"]
    byline = '<p class="byline">By Jane Doe. Photography by John Roe</p>'
    assert extract(byline_page(byline)).authors == ["Jane Doe"]


@pytest.mark.parametrize(("byline", "names"), [
    # "written by" in the languages of the news
    ("Escrito por Juan Pérez y María López", ["Juan Pérez", "María López"]),
    ("Reportagem de João Silva", ["João Silva"]),
    ("Geschrieben von Anna Schmidt", ["Anna Schmidt"]),
    ("Écrit par Jean Dupont", ["Jean Dupont"]),
    ("Scritto da Mario Rossi", ["Mario Rossi"]),
    ("A cura di Mario Rossi", ["Mario Rossi"]),
    ("Skrevet av Ola Nordmann", ["Ola Nordmann"]),
    ("Napisał Jan Kowalski", ["Jan Kowalski"]),
    ("Kirjoittanut Matti Meikäläinen", ["Matti Meikäläinen"]),
    # the editor's label beside the writer's: the writer; the editor alone is the one named
    ("Penulis: Budi Santoso | Editor: Siti Aminah", ["Budi Santoso"]),
    ("Editor: Siti Aminah | Penulis: Budi Santoso", ["Budi Santoso"]),
    ("Editor: Siti Aminah", ["Siti Aminah"]),
])
def test_written_by_in_more_languages_and_the_editors_label(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


def test_a_wire_credit_line_of_its_own_at_the_foot() -> None:
    # "Reporting by A; ..." as a paragraph of its own, without brackets: its first reporter too.
    foot = ("<p>Reporting by Jane Doe in London; Additional reporting by John Smith in Paris; "
            "Writing by Mary Roe; Editing by Mark Potter</p>")
    page = byline_page("").replace("</article>", f"{foot}</article>")
    # a contributor ("Additional reporting by") is no author where the line names its reporters, as
    # in a byline (byline_roles.CONTRIBUTOR)
    assert extract(page).authors == ["Jane Doe", "Mary Roe"]
    assert byline_names("Reporting by Jane Doe; Additional reporting by John Smith; Writing by Mary Roe; "
                        "Editing by Mark Potter") == ["Jane Doe", "Mary Roe"]


def test_a_foot_credit_line_of_contributors_only_names_them() -> None:
    foot = "<p>Additional reporting by John Smith in Paris; Editing by Mark Potter</p>"
    page = byline_page("").replace("</article>", f"{foot}</article>")
    assert extract(page).authors == ["John Smith"]
