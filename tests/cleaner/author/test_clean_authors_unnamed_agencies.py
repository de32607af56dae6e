"""A wire agency in a story's dateline (issue 14) where no one signs it, in the forms the list of known
agencies or the dateline patterns did not read: the Indian press's place closed by a colon before the
bracket ("NEW DELHI: (PTI) ", "Mumbai: (IANS) "), and a national agency the list does not know, in the
dateline's slashes or brackets ("YEREVAN, April 12. /ARKA/. ", "TASHKENT, April 12. /UzA/. ", "BISHKEK,
April 12 (Kabar) - ", "Dhaka, Apr 12 (UNB) - "): the outlet stood in. The agency is the author now, as
a known agency in brackets is ("ALMATY, Kazakhstan (AP) — ", read before). Guards: a person who signs
wins; a label or a country in the brackets; a word in brackets later in the sentence."""

from __future__ import annotations

import pytest
from helpers import unsigned_story

from cleaner.author.author_datelines import dateline_agency
from cleaner.extract import extract

_TEXT = ("The government announced a new package of economic measures on Tuesday to support growth. The "
         "finance minister said the step would strengthen the purchasing power of citizens in every region.")


@pytest.mark.parametrize(("dateline", "names"), [
    ("NEW DELHI: (PTI) ", ["PTI"]),
    ("Mumbai: (IANS) ", ["IANS"]),
    ("YEREVAN, April 12. /ARKA/. ", ["ARKA"]),
    ("TASHKENT, April 12. /UzA/. ", ["UzA"]),
    ("BISHKEK, April 12 (Kabar) - ", ["Kabar"]),
    ("Dhaka, Apr 12 (UNB) - ", ["UNB"]),
    ("BAKU, April 12. APA. ", ["APA"]),  # a known agency after the day's full stop
    # guards: read before; no agency
    ("ALMATY, Kazakhstan (AP) — ", ["AP"]),
    ("ALMATY (AP) — ", ["AP"]),
    ("", ["Daily Site"]),
    ("LONDON (Video) - ", ["Daily Site"]),
    ("Dhaka (Bangladesh) - ", ["Daily Site"]),
])
def test_unsigned_dateline_agency(dateline: str, names: list[str]) -> None:
    assert extract(unsigned_story("en", _TEXT, first=dateline)).authors == names


def test_a_signing_person_wins() -> None:
    page = unsigned_story("en", _TEXT, before='<div class="author">By Aigerim Nurlanovna</div>',
                         first="YEREVAN, April 12. /ARKA/. ")
    assert extract(page).authors == ["Aigerim Nurlanovna"]


@pytest.mark.parametrize("opening", [
    "NEW DELHI: The ministry (PTI said) was",
    "LONDON, April 12. AP reporters found that the", "The minister (Kabar) - said on Tuesday",
    "KYIV, April 12 (photo) - The", "Dhaka, Apr 12 (Dhaka) - The",
])
def test_no_agency(opening: str) -> None:
    assert dateline_agency(opening + " government announced new measures on Tuesday.") is None
