"""A place after the name in a Slavic byline (issue 14): Croatian, Serbian, Bosnian and Slovene bylines
write where the reporter files from with a preposition and the town inflected ("Ivan Horvat u
Zagrebu", "iz Beograda", "v Ljubljani"), Czech and Slovak ("z Prahy") and Polish ones too ("z
Warszawy"); the place is no part of the name (trafilatura cuts only the English "in Kyiv"). Bylines
built from the shapes of such outlets' templates, not copied from any."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.extract import extract


@pytest.mark.parametrize(("byline", "authors"), [
    ('<p class="byline">Ivan Horvat u Zagrebu</p>', ["Ivan Horvat"]),
    ('<p class="byline">Piše: Ivan Horvat iz Beograda</p>', ["Ivan Horvat"]),
    ('<div class="author">Marko Novak v Ljubljani</div>', ["Marko Novak"]),
    ('<p class="byline">Jan Novák z Prahy</p>', ["Jan Novák"]),
    ('<p class="byline">Autor: Jan Kowalski z Warszawy</p>', ["Jan Kowalski"]),
    ('<p class="byline">Иван Петровић из Београда</p>', ["Иван Петровић"]),
    ('<p class="byline">Ivan Horvat i Ana Kovač u Zagrebu</p>', ["Ivan Horvat", "Ana Kovač"]),
    ('<p class="byline">Petar Petrović iz Novog Sada</p>', ["Petar Petrović"]),
    ('<p class="byline">Anna Nowak w Zielonej Górze</p>', ["Anna Nowak"]),
])
def test_the_place_after_the_name_goes(byline: str, authors: list[str]) -> None:
    assert extract(byline_page(byline)).authors == authors


@pytest.mark.parametrize(("byline", "authors"), [
    # one word before the preposition: a name of its own ("Jan z Lobkowicz")
    ('<p class="byline">Jan z Lobkowicz</p>', ["Jan z Lobkowicz"]),
    # two capitalised words after "u" that are no inflected place: a Maltese "and"
    ('<p class="byline">Joseph Borg u Maria Camilleri</p>', ["Joseph Borg u Maria Camilleri"]),
    # a capital "U" is the Burmese honorific, no preposition
    ('<p class="byline">By Thant Myint U</p>', ["Thant Myint U"]),
    # an English byline as before
    ('<p class="byline">By Anna Smith in Kyiv</p>', ["Anna Smith"]),
    ('<p class="byline">By Anna Smith and Jan Novak</p>', ["Anna Smith", "Jan Novak"]),
])
def test_names_with_such_words_stay(byline: str, authors: list[str]) -> None:
    assert extract(byline_page(byline)).authors == authors
