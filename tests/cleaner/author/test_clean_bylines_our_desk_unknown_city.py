"""An "Our Reporter" desk before a city the city list does not know gave "Our" (issue 14): 'Our Reporter
Multan', 'Our Special Correspondent Quetta', 'Our Sports Reporter Sialkot' were read as a name's lead-in
eaten by the name's reading, and "Our Reporter" alone was no desk at all. The desk's words ("our
reporter", "our special correspondent"...) are desks (byline_roles.DESK_AUTHORS), and an "Our <trade>"
desk before one capitalised word stands without it (bylines._desk_before_city). Guards: the lead-in
before a person's name of two words, the desk before its known city, with a comma."""

from __future__ import annotations

import pytest

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("byline", "names"), [
    ("Our Reporter Multan", ["Our Reporter"]),
    ("Our Special Correspondent Quetta", ["Our Special Correspondent"]),
    ("Our Sports Reporter Sialkot", ["Our Sports Reporter"]),
    ("Our Reporter", ["Our Reporter"]),
    ("By Our Staff Writer", ["Our Staff Writer"]),
])
def test_the_desk_stands_without_its_city(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("Our Correspondent Peshawar", ["Our Correspondent"]),
    ("Our Correspondent, Lagos", ["Our Correspondent"]),
    ("Our Correspondent Jane Doe", ["Jane Doe"]),
    ("By our correspondent Amina Yusuf", ["Amina Yusuf"]),
    ("Staff Reporter Karachi", ["Staff Reporter"]),
])
def test_names_and_known_cities_as_before(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


def test_a_page_signed_by_the_desk() -> None:
    text = "".join(f"<p>{sentence * 3}</p>" for sentence in (
        "The district administration announced new measures to control the price of flour in the city. ",
        "Traders said supplies from the province had fallen sharply over the past two weeks of the month. "))
    page = ("<html><head><title>Flour prices</title></head><body><article><h1>Flour prices</h1>"
            f"<p class='byline'>Our Reporter Multan</p>{text}</article></body></html>")
    assert extract(page, "https://example.com.pk/story/1234567/flour-prices").authors == ["Our Reporter"]
