"""A byline's "our correspondent in PLACE" lead-in set apart from the name by a comma (issue 14): the
byline was split at the comma first, so "Avec notre correspondant à Dakar, Birahim Touré" gave the
junk name "Avec notre" beside the reporter's ("De notre", "Notre Correspondante", "Nuestro
Corresponsal", "Buenos Aires"). Bylines written as French, German, Spanish, Italian and English
outlets set them, not copied from any."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("text", "names"), [
    ("Avec notre correspondant à Dakar, Birahim Touré", ["Birahim Touré"]),
    ("De notre envoyé spécial à Kiev, Marc Dubois", ["Marc Dubois"]),
    ("Par notre correspondante à Pékin, Claire Martin", ["Claire Martin"]),
    ("De notre correspondante à New York, Claire Martin", ["Claire Martin"]),
    ("De notre correspondant au Caire, Marc Dubois", ["Marc Dubois"]),
    ("Von unserem Korrespondenten in Paris, Hans Müller", ["Hans Müller"]),
    ("Por nuestro corresponsal en Buenos Aires, Juan Pérez", ["Juan Pérez"]),
    ("Dal nostro inviato a Kiev, Mario Rossi", ["Mario Rossi"]),
    ("By our correspondent, Jane Doe", ["Jane Doe"]),
])
def test_the_lead_in_is_no_name(text: str, names: list[str]) -> None:
    assert byline_names(text) == names


def test_a_page_with_the_lead_in() -> None:
    page = byline_page('<p class="byline">Avec notre correspondant à Dakar, Birahim Touré</p>')
    assert extract(page).authors == ["Birahim Touré"]


@pytest.mark.parametrize(("text", "names"), [
    # without its comma, with a colon, after the name, two names: as before
    ("De notre envoyé spécial à Kiev Marc Dubois", ["Marc Dubois"]),
    ("De notre correspondant à Kiev: Marc Dubois", ["Marc Dubois"]),
    ("Marc Dubois, envoyé spécial à Kiev", ["Marc Dubois"]),
    ("Marc Dubois, notre correspondant à Kiev", ["Marc Dubois"]),
    ("Par Marc Dubois, Claire Martin", ["Marc Dubois", "Claire Martin"]),
])
def test_other_bylines_as_before(text: str, names: list[str]) -> None:
    assert byline_names(text) == names


def test_a_desk_before_its_place_stays() -> None:
    # no "by" nor a place in the lead-in: the desk, then the place it files from (as before)
    page = byline_page('<div class="author">Our Correspondent, Port Harcourt</div>')
    assert extract(page).authors == ["Our Correspondent"]
