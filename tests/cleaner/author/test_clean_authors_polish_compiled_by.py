"""A Polish byline's "compiled by" label ("oprac. Katarzyna Nowak", "opr. Anna Nowak", "Opracowanie:
Piotr Zieliński", "opracowała Ewa Wójcik") was read as the name's first word ('Oprac Katarzyna
Nowak'): by_words.BY_PREFIX knew "napisał" (wrote) but not the desk's "oprac." Guards: a name alone,
"Autor:" (read before), a sentence opening with the word is no byline; with the agency after the name,
both are read ("Oprac. Katarzyna Nowak, PAP")."""

from __future__ import annotations

import pytest

from cleaner.author.bylines import byline_names
from cleaner.extract import extract

_PL = ("Rada Ministrów przyjęła we wtorek projekt nowelizacji ustawy o krajowym systemie "
       "cyberbezpieczeństwa, który ma wdrożyć do polskiego prawa unijną dyrektywę NIS2 i objąć "
       "kilka tysięcy firm.")


@pytest.mark.parametrize(("byline", "names"), [
    ("oprac. Katarzyna Nowak", ["Katarzyna Nowak"]),
    ("Oprac. Katarzyna Nowak", ["Katarzyna Nowak"]),
    ("opr. Anna Nowak", ["Anna Nowak"]),
    ("Opracowanie: Piotr Zieliński", ["Piotr Zieliński"]),
    ("opracowała Ewa Wójcik", ["Ewa Wójcik"]),
    ("Oprac. Katarzyna Nowak, PAP", ["Katarzyna Nowak", "PAP"]),
    # guards: read before
    ("Autor: Katarzyna Nowak", ["Katarzyna Nowak"]),
    ("Katarzyna Nowak", ["Katarzyna Nowak"]),
    ("Opracowanie nowej ustawy trwało dwa lata.", []),
])
def test_the_label_is_no_name(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


def test_a_compiled_by_line_under_the_headline() -> None:
    html = ("<html lang='pl'><head><meta charset='utf-8'><title>Rząd przyjął projekt ustawy | Gazeta</title>"
            "</head><body><article><h1>Rząd przyjął projekt ustawy</h1><p class='author'>"
            f"oprac. Katarzyna Nowak</p><div class='body'><p>{_PL}</p><p>{_PL}</p><p>{_PL}</p></div>"
            "</article></body></html>")
    assert extract(html, "https://example.pl/kraj/art123-ustawa").authors == ["Katarzyna Nowak"]
