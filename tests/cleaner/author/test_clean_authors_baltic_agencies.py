"""The Slovenian, Latvian, Estonian and Lithuanian agencies and Serbia's FoNet were not known as wires
(issue 14): a dateline's credit "Ljubljana, 12. novembra (STA) - ...", "Rīga, 12. novembris (LETA) -
...", "Tallinn, 12. november (BNS) - ..." (a date in the dateline) named no author on a page with no
byline, as "Warszawa, 12 listopada (PAP) - ..." does. byline_roles.AGENCIES gains them as written, in
capitals (and "FoNet"): in lower case the letters are words. Guards: PAP and Hina read before, a city
alone before the acronym; a word in lower case; a name is no agency."""

from __future__ import annotations

import pytest

from cleaner.author.byline_roles import WHOLE_AGENCY
from cleaner.extract import extract

_P = ("Vlada je na četrtkovi seji sprejela novo strategijo kibernetske varnosti, ki določa cilje države do "
      "leta 2030 in okrepitev urada za informacijsko varnost.")


def _page(opening: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>Strategija</title></head><body><article><h1>Strategija "
            f"kibernetske varnosti</h1><div class='text'><p>{opening} - {_P}</p><p>{_P}</p><p>{_P}</p></div>"
            "</article></body></html>")


@pytest.mark.parametrize(("opening", "host", "agency"), [
    ("Ljubljana, 12. novembra (STA)", "example.si", "STA"),
    ("Rīga, 12. novembris (LETA)", "example.lv", "LETA"),
    ("Tallinn, 12. november (BNS)", "example.ee", "BNS"),
    ("Vilnius, lapkričio 12 d. (ELTA)", "example.lt", "ELTA"),
    ("Beograd, 12. novembar (FoNet)", "example.rs", "FoNet"),
    # guards: read before (a city alone before an acronym in brackets)
    ("Tallinn (BNS)", "example.ee", "BNS"),
    ("Vilnius (ELTA)", "example.lt", "ELTA"),
    ("Warszawa (PAP)", "example.pl", "PAP"),
    ("Zagreb (Hina)", "example.hr", "Hina"),
])
def test_the_dateline_credits_the_agency(opening: str, host: str, agency: str) -> None:
    assert extract(_page(opening), f"https://{host}/news/1").authors == [agency]


@pytest.mark.parametrize("word", ["sta", "elta", "Elta Kovač", "Stanislav"])
def test_words_and_names_are_no_agency(word: str) -> None:
    assert WHOLE_AGENCY.match(word) is None
