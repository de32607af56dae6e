"""An "Our Correspondent" desk and its city written as the byline with no comma between them (issue 14):
"Our Correspondent Peshawar" was read as a lead-in before the name "Peshawar", so the city stood as the
author. Without a "by" before it, the desk before one word and no more is the desk with its city: the
desk stands (the outlet may follow it), never the city. Bylines written as Pakistani, Indian and
Nigerian outlets set them, not copied from any. Guards: a desk and a city as before ("Staff Reporter
Karachi", "Our Correspondent, Lagos"), the lead-in before a person's name, with its "by" or not."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("byline", "city"), [
    ("Our Correspondent Peshawar", "Peshawar"),
    ("Our Correspondent Abuja", "Abuja"),
    ("Our Staff Reporter Lahore", "Lahore"),
    ("Our Correspondent Ibadan", "Ibadan"),
])
def test_the_desk_stands_not_its_city(byline: str, city: str) -> None:
    authors = extract(byline_page(f'<div class="author">{byline}</div>')).authors
    assert authors and authors[0] == byline.removesuffix(f" {city}")
    assert not any(city in author for author in authors)


@pytest.mark.parametrize(("byline", "names"), [
    ("Staff Reporter Karachi", ["Staff Reporter"]),
    ("Our Correspondent, Lagos", ["Our Correspondent"]),
    ("Our Correspondent Jane Doe", ["Jane Doe"]),
    ("By our correspondent Jane Doe", ["Jane Doe"]),
    ("Our Washington correspondent Jane Doe", ["Jane Doe"]),
    ("Door onze redacteur Jansen", ["Jansen"]),
    ("De notre correspondant à Berlin Marc Dubois", ["Marc Dubois"]),
])
def test_other_bylines_as_before(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names
