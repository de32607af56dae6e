"""A byline's "published by" and the stamp after the names, in the languages of the news (issue
14): "Publicado por Juan Pérez el 12 de abril" named "Publicado por Juan Pérez el"; "Av Kari
Nordmann | Publisert 12.04.2024" named "Publisert" beside the reporter; a stamp's label alone ("Mis
à jour") is no name."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("byline", "names"), [
    ("Publicado por Juan Pérez el 12 de abril", ["Juan Pérez"]),
    ("Publié par Jean Dupont le 12 avril", ["Jean Dupont"]),
    ("Pubblicato da Mario Rossi il 12 aprile", ["Mario Rossi"]),
    ("Av Kari Nordmann | Publisert 12.04.2024", ["Kari Nordmann"]),
    ("Door Jan de Vries | Bijgewerkt 12 april", ["Jan de Vries"]),
    ("Von Anna Schmidt | Aktualisiert am 12. April", ["Anna Schmidt"]),
    ("Mis à jour le 12/04/2024", []),
    # guards: "el", "le" inside a name, not before a day
    ("Por Juan el Bueno", ["Juan el Bueno"]),
    ("Par Jean Le Gall", ["Jean Le Gall"]),
])
def test_published_by_and_stamps(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


def test_a_published_by_line_under_the_headline() -> None:
    markup = '<div class="byline">Publicado por Juan Pérez el 12 de abril</div>'
    assert extract(byline_page(markup)).authors == ["Juan Pérez"]
