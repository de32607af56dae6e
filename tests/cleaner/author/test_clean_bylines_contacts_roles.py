"""What a byline prints after the name that is no name (issue 14): a contact's label before its
address or handle ("By Jane Doe Email: jane@example.com", "Jane Doe, Twitter: @janedoe"), and a
German job title glued to its beat or rank ("Hans Müller, Chefreporter", "Auslandskorrespondentin").
Such bylines gave "Jane Doe Email", a second author "Twitter" or "Chefreporter"."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("byline", "names"), [
    ("By Jane Doe Email: jane.doe@example.com", ["Jane Doe"]),
    ("Jane Doe E-mail: jane@example.com", ["Jane Doe"]),
    ("Jane Doe, Twitter: @janedoe", ["Jane Doe"]),
    ("Jane Doe, Twitter @janedoe", ["Jane Doe"]),
    ("Jane Doe | X: @janedoe", ["Jane Doe"]),
    ("Juan Pérez, correo: juan@example.es", ["Juan Pérez"]),
    ("Hans Müller, Chefreporter", ["Hans Müller"]),
    ("Von Anna Schmidt, Auslandskorrespondentin", ["Anna Schmidt"]),
    ("Hans Müller, Wirtschaftsredakteur, und Anna Schmidt", ["Hans Müller", "Anna Schmidt"]),
])
def test_no_contact_label_nor_glued_job_is_a_name(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


def test_on_a_page() -> None:
    page = byline_page('<p class="byline">By Jane Doe <span>Email: <a href="mailto:jane@example.com">'
                       'jane@example.com</a></span></p>')
    assert extract(page).authors == ["Jane Doe"]


@pytest.mark.parametrize(("byline", "names"), [
    # guards: the name's own words, a handle without a label, an agency after the name
    ("Malcolm X @malcolmx", ["Malcolm X"]),
    ("Jane Doe (@janedoe)", ["Jane Doe"]),
    ("Jane Doe jane.doe@example.com", ["Jane Doe"]),
    ("Hans Müller, Redakteur", ["Hans Müller"]),
    ("Anna Schmidt, Politik-Redakteurin", ["Anna Schmidt"]),
    ("Jane Doe - Reuters", ["Jane Doe", "Reuters"]),
    ("Jane Doe | AFP", ["Jane Doe", "AFP"]),
    ("Jane Doe, corresponsal en Bruselas", ["Jane Doe"]),
    ("Иван Петров, корреспондент", ["Иван Петров"]),
])
def test_names_stay(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names
