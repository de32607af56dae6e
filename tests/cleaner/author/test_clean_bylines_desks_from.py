"""A desk or an agency a byline credits "from" (issue 14): "Da Redação", "De la Redacción", "Von der
Redaktion", "Door de redactie" named the desk with its article ("Da Redação"); "A con información de
EFE" and "Mit Material von dpa" (with material from) named "A con información de" and "Dpa"; a city
after an agency ("Europa Press | Madrid") was a second author; a byline of a wire's two letters
("AP") was too short to be read."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("byline", "names"), [
    ("Da Redação", ["Redação"]),
    ("De la Redacción", ["Redacción"]),
    ("Von der Redaktion", ["Redaktion"]),
    ("Door de redactie", ["Redactie"]),
    ("Juan Pérez con información de EFE", ["Juan Pérez", "EFE"]),
    ("Maria Silva com informações da Reuters", ["Maria Silva", "Reuters"]),
    ("Mit Material von dpa", ["dpa"]),
    ("Anna Schmidt, mit Material von dpa", ["Anna Schmidt", "dpa"]),
    ("Europa Press | Madrid", ["Europa Press"]),
    # guards: a desk as written, a name with "de la", a person and a city
    ("la rédaction", ["la rédaction"]),
    ("Juan de la Cruz", ["Juan de la Cruz"]),
    ("Von Anna Schmidt, Berlin", ["Anna Schmidt"]),
])
def test_desks_and_agencies_credited_from(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


@pytest.mark.parametrize(("markup", "names"), [
    ('<div class="byline">AP</div>', ["AP"]),  # a wire's two letters in the byline's place
    ('<div class="byline">By</div>', []),  # guard: a label alone
])
def test_a_wire_agency_of_two_letters(markup: str, names: list[str]) -> None:
    assert extract(byline_page(markup)).authors == names
