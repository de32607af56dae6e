"""A desk's byline whose city stands in an element of its own, joined to the desk's text with no comma
(issue 14): Bangladeshi pages print "নিজস্ব প্রতিবেদক" and "ঢাকা" in two spans, the byline's text reads
"নিজস্ব প্রতিবেদক ঢাকা"; the author was the desk with its city ("Staff Correspondent Dhaka" even lost
its second word). The known city after a desk now goes. Guards: a desk named for its city
("Redaktion Berlin"), a person before a city, a desk alone, a name that is a city's."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("markup", "desk", "city"), [
    ('<div class="author">নিজস্ব প্রতিবেদক<span class="city">ঢাকা</span></div>', "নিজস্ব প্রতিবেদক", "ঢাকা"),
    ('<div class="author">Staff Correspondent<span class="city">Dhaka</span></div>', "Staff Correspondent",
     "Dhaka"),
    ('<div class="author">By Special Correspondent <span>New Delhi</span></div>', "Special Correspondent",
     "Delhi"),
])
def test_the_city_joined_to_a_desk_goes(markup: str, desk: str, city: str) -> None:
    authors = extract(byline_page(markup)).authors  # the outlet may follow the desk
    assert authors[0] == desk
    assert not any(city in author for author in authors)


@pytest.mark.parametrize(("byline", "names"), [
    ("Redaktion Berlin", ["Redaktion Berlin"]),
    ("Anna Schmidt, Redaktion Berlin", ["Anna Schmidt", "Redaktion Berlin"]),
    ("Staff Reporter", ["Staff Reporter"]),
    ("Jack London", ["Jack London"]),
    ("Staff Reporter, Karachi", ["Staff Reporter"]),
])
def test_names_and_named_desks_stay(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names
