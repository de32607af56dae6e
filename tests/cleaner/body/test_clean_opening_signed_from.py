"""A signature under the article that gives the city it was filed from (issue 14): "Tunde Bakare,
Abuja", "Chinedu Okafor, Port Harcourt" in bold closing the story, as the Nigerian and Kenyan press
sign, was neither read as the author (a name alone is; the city's comma made it none) nor cut from the
text. It is now, where set apart (bold, aligned right, an author class) and the piece after the comma
is a city. Guards: the same line not set apart; two places; a phrase before the city."""

from __future__ import annotations

import pytest
from helpers import unsigned_story

from cleaner.extract import extract

_TEXT = ("The government announced a new package of economic measures on Tuesday to support growth. The "
         "finance minister said the step would strengthen the purchasing power of citizens in every region.")


@pytest.mark.parametrize(("after", "names", "cut"), [
    ("<p><strong>Tunde Bakare, Abuja</strong></p>", ["Tunde Bakare"], True),
    ("<p><strong>Chinedu Okafor, Port Harcourt</strong></p>", ["Chinedu Okafor"], True),
    ("<p style='text-align: right'>Wanjiku Mwangi, Mombasa</p>", ["Wanjiku Mwangi"], True),
    # guards: not set apart; two places; a phrase before the city
    ("<p>Tunde Bakare, Abuja</p>", ["Daily Site"], False),
    ("<p><strong>Lagos, Abuja</strong></p>", ["Daily Site"], False),
    ("<p><strong>Read more, Abuja</strong></p>", ["Daily Site"], False),
])
def test_signed_from_a_city(after: str, names: list[str], cut: bool) -> None:
    result = extract(unsigned_story("en", _TEXT, after=after))
    assert result.authors == names
    assert result.text.rstrip().endswith(", Abuja") is (not cut and "Abuja" in after)
