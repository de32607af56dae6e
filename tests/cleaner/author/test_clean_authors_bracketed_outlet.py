"""A byline that closes with its outlet in brackets, the outlet's name holding an apostrophe ("By Zhang San
(People's Daily Online)", "Par Jean Dupont (L'Orient-Le Jour)", "Di Mario Rossi (L’Unione Sarda)"), gave
the name glued to the outlet's words after the apostrophe ("Zhang San s Daily Online"), or the outlet
alone on a page whose site has that name. cleaner.author.byline_text drops such a closing bracket of
capitalised words before the names are read. Guards: an agency in brackets stays an author, a
co-author's bracket ("(avec B et C)"), an outlet without an apostrophe as before, a credit in lower case."""

from __future__ import annotations

import pytest

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("byline", "names"), [
    ("By Zhang San (People's Daily Online)", ["Zhang San"]),
    ("By Zhang San and Li Si (People’s Daily)", ["Zhang San", "Li Si"]),
    ("Par Jean Dupont (L'Orient-Le Jour)", ["Jean Dupont"]),
    ("Di Mario Rossi (L’Unione Sarda)", ["Mario Rossi"]),
    ("By Kwame Mensah (Ghana's Daily Graphic)", ["Kwame Mensah"]),
])
def test_the_outlet_in_brackets_goes(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("By Ana Souza (Reuters)", ["Ana Souza", "Reuters"]),
    ("Martin Untersinger (avec Damien Leloup et Morgane Tual)", ["Martin Untersinger", "Damien Leloup",
                                                                "Morgane Tual"]),
    ("By Jane Doe (Daily Times)", ["Jane Doe"]),
    ("By Jane Doe (photos)", []),
])
def test_other_brackets_read_as_before(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


def test_a_page_whose_site_is_the_bracketed_outlet() -> None:
    sentence = "China and Russia held talks on international information security on Friday. "
    text = f"<p>{sentence * 4}</p>"
    html = ("<html lang='en'><head><title>China, Russia hold talks - People's Daily Online</title>"
            "<meta property='og:site_name' content=\"People's Daily Online\"></head><body>"
            "<div class='d2txtCon'><h1>China, Russia hold talks</h1><div class='origin'>"
            "<span>By Zhang San (People's Daily Online)"
            f"</span><span>10:35, April 12, 2024</span></div><div class='d2txt_con'>{text * 4}</div></div>"
            "</body></html>")
    assert extract(html, "https://example.com/n3/2024/0412/a.html").authors == ["Zhang San"]
