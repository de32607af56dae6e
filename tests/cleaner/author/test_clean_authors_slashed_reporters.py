"""The Central Asian agencies' dateline whose slashes hold the outlet and, after a comma, its reporter
("BISHKEK, April 12 /24.kg, Anna Kapushenko/. ", "БИШКЕК, 12 апреля /24.kg, Анна Капушенко/. ") named no
one: the slashes were read for an agency alone ("/ARKA/"). cleaner.author.author_datelines reads the
reporter there (two or three capitalised words). Guards: the outlet alone in the slashes, a note in
lower case after the comma, an agency's slashes as before."""

from __future__ import annotations

import pytest

from cleaner.author.author_datelines import dateline_agency, dateline_reporters
from cleaner.extract import extract

_TEXT = {
    "en": "The two sides agreed to strengthen cooperation in ensuring international information security. ",
    "ru": "Стороны договорились укреплять сотрудничество в области информационной безопасности. ",
}


def _page(lang: str, first: str) -> str:
    text = _TEXT[lang]
    return (f"<html lang='{lang}'><head><title>Kyrgyzstan and Russia discuss security</title></head><body>"
            "<div class='newsView'><h1>Kyrgyzstan and Russia discuss security</h1><div class='cont'>"
            f"<p>{first}{text * 3}</p><p>{text * 3}</p><p>{text * 3}</p></div></div></body></html>")


@pytest.mark.parametrize(("lang", "first", "names"), [
    ("en", "BISHKEK, April 12 /24.kg, Anna Kapushenko/. ", ["Anna Kapushenko"]),
    ("ru", "БИШКЕК, 12 апреля /24.kg, Анна Капушенко/. ", ["Анна Капушенко"]),
    ("en", "TASHKENT, April 12 /UzA, Dilnoza Karimova/. ", ["Dilnoza Karimova"]),
])
def test_the_reporter_in_the_slashes_signs(lang: str, first: str, names: list[str]) -> None:
    assert extract(_page(lang, first), "https://example.kg/english/291111/").authors == names


@pytest.mark.parametrize("text", [
    "BISHKEK, April 12 /24.kg/. The two sides agreed.",
    "BISHKEK, April 12 /24.kg, with reports from AKIpress/. The two sides agreed.",
])
def test_no_reporter_in_the_slashes(text: str) -> None:
    assert dateline_reporters(text) == []


def test_an_agencys_slashes_as_before() -> None:
    text = "YEREVAN, April 12. /ARKA/. The two sides agreed."
    assert (dateline_reporters(text), dateline_agency(text)) == ([], "ARKA")
