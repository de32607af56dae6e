"""The city a reporter files from after the name (issue 14): "Chinedu Okafor, Port Harcourt", "By
Maria Reyes, Quezon City", "Ali Khan, Peshawar", as the Nigerian, Philippine, Pakistani and Kenyan press
print it, on one line or two. Such a place was read as a second author: byline_cities knew the
capitals and the big news cities only. It now knows the regional news cities of Africa, South and
Southeast Asia, Latin America, Eastern Europe and the Middle East (in their scripts, Cyrillic and
Arabic too), and a place by its shape (a port's or a fort's name, "X City"); a city before "and" is
dropped as one after a comma is. Guards: two people after a comma, a name that opens like a place's
shape, surnames that are also towns elsewhere."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.author.byline_cities import is_city
from cleaner.extract import extract


@pytest.mark.parametrize(("markup", "names"), [
    ('<div class="author">Chinedu Okafor, Port Harcourt</div>', ["Chinedu Okafor"]),
    ('<p class="byline"><strong>By Chinedu Okafor</strong><br>Port Harcourt</p>', ["Chinedu Okafor"]),
    ('<p class="byline">From Emeka Nwosu, Benin City</p>', ["Emeka Nwosu"]),
    ('<div class="byline">By Maria Reyes, Quezon City</div>', ["Maria Reyes"]),
    ('<div class="author">Ali Khan, Peshawar</div>', ["Ali Khan"]),
    ('<div class="byline">Por Ana Ruiz, Guadalajara</div>', ["Ana Ruiz"]),
    ('<div class="byline">By Chinedu Okafor, Port Harcourt and Amaka Eze, Enugu</div>',
     ["Chinedu Okafor", "Amaka Eze"]),
    ('<div class="byline">By Wanjiku Mwangi, Mombasa and Otieno Odhiambo, Kisumu</div>',
     ["Wanjiku Mwangi", "Otieno Odhiambo"]),
    # ... in Cyrillic and Arabic letters, and the regional cities of Eastern Europe and Turkey
    ('<div class="author">Анна Смирнова, Новосибирск</div>', ["Анна Смирнова"]),
    ('<div class="author">Олена Коваль, Харків</div>', ["Олена Коваль"]),
    ('<div class="author">محمد علي، الإسكندرية</div>', ["محمد علي"]),
    ('<div class="byline">Autor: Marko Kovač, Banja Luka</div>', ["Marko Kovač"]),
    ('<div class="byline">Ayşe Yılmaz, Antalya</div>', ["Ayşe Yılmaz"]),
    # guards: two people; a name that opens as a port's does; surnames that are places elsewhere
    ('<div class="byline">By Chinedu Okafor, Amaka Eze</div>', ["Chinedu Okafor", "Amaka Eze"]),
    ('<div class="byline">By Jane Doe and Portia Fortune</div>', ["Jane Doe", "Portia Fortune"]),
    ('<div class="byline">Por Ana Medina y Luis Córdoba</div>', ["Ana Medina", "Luis Córdoba"]),
    ('<div class="byline">By Wanjiku Mwangi, Nairobi</div>', ["Wanjiku Mwangi"]),
])
def test_a_place_after_the_name(markup: str, names: list[str]) -> None:
    assert extract(byline_page(markup)).authors == names


@pytest.mark.parametrize(("piece", "place"), [
    ("Port Harcourt", True), ("Port-Gentil", True), ("Puerto Montt", True), ("Cebu City", True),
    ("Enugu", True), ("Dar es Salaam", True), ("Chattogram", True), ("Новосибирск", True), ("Львів", True),
    ("Portia Smith", False), ("Port", False), ("City Hall", False), ("Medina", False), ("Rosario", False),
])
def test_is_city(piece: str, place: bool) -> None:
    assert is_city(piece) is place
