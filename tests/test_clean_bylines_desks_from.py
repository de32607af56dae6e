"""A desk or an agency a byline credits "from" (issue 14): "Da Redação", "De la Redacción", "Von der
Redaktion", "Door de redactie" named the desk with its article ("Da Redação"); "A con información de
EFE" and "Mit Material von dpa" (with material from) named "A con información de" and "Dpa"; a city
after an agency ("Europa Press | Madrid") was a second author."""

from __future__ import annotations

import pytest

from cleaner.bylines import byline_names


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
