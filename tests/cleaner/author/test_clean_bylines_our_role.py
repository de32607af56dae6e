"""'By our correspondent' before the name (issue 14), as Dutch, German, French, Italian, Spanish and
English papers write it: "Door onze redacteur Jan de Vries", "Von unserem Korrespondenten Hans
Müller", "De notre correspondant à Berlin Jean Dupont", "Dal nostro inviato Mario Rossi", "Por
nuestro corresponsal Juan Pérez", "By our Washington correspondent Jane Doe": the person is the
name after it (it gave "Onze Redacteur Jan De Vries", or no one); "By our correspondent" alone is
the desk as before. And Hungarian "Írta:" (written by) before the name. Bylines built from such
papers' forms, not copied from any page."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_BODY

from cleaner.author.bylines import byline_names
from cleaner.extract import extract

BODY = COUNCIL_BODY


def _page(byline: str) -> str:
    return ("<html><head><title>Council passes the budget</title></head><body><article>"
            f"<h1>Council passes the budget</h1>{byline}{BODY}</article></body></html>")


@pytest.mark.parametrize(("byline", "names"), [
    ("<p>Door onze redacteur Jan de Vries</p>", ["Jan de Vries"]),
    ("<p>Von unserem Korrespondenten Hans Müller</p>", ["Hans Müller"]),
    ('<div class="byline">Von unserer Korrespondentin Anna Schmidt, Brüssel</div>', ["Anna Schmidt"]),
    ("<p>De notre correspondant à Berlin Jean Dupont</p>", ["Jean Dupont"]),
    ("<p>Dal nostro inviato Mario Rossi</p>", ["Mario Rossi"]),
    ("<p>Por nuestro corresponsal Juan Pérez</p>", ["Juan Pérez"]),
    ("<p>By our Washington correspondent Jane Doe</p>", ["Jane Doe"]),
    ("<p>Írta: Nagy Anna</p>", ["Nagy Anna"]),
])
def test_the_name_after_our_correspondent(byline: str, names: list[str]) -> None:
    assert extract(_page(byline)).authors == names


@pytest.mark.parametrize(("text", "names"), [
    ("By our correspondent", ["our correspondent"]),  # the desk, no name after it
    ("Door Jan de Vries", ["Jan de Vries"]),
    ("Von Anna Schmidt und Hans Müller", ["Anna Schmidt", "Hans Müller"]),
])
def test_bylines_without_our_role_as_before(text: str, names: list[str]) -> None:
    assert byline_names(text) == names
