"""A byline naming the writer with the job and the place after a comma, or the place alone after a
preposition (issue 14): "Jean Dupont, envoyé spécial à Kiev" had three words in lower case, too many
for a name's block, and the page fell back to the outlet; "Von Anna Schmidt aus Paris" kept "aus
Paris" in the name. A job title after a comma (byline_roles.ROLE_PIECE) is now no sentence, and German
"aus", Dutch "uit", French "à"/"depuis", Spanish "desde" before a capitalised place end the name, as
the Slavic prepositions did. Bylines shaped as French, German, Dutch, Spanish and Portuguese
templates print them."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_BODY

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


def _page(byline: str, lang: str) -> str:
    return (f'<html lang="{lang}"><head><title>Council passes the budget</title>'
            '<meta property="og:site_name" content="Example News"></head><body><article>'
            f'<h1>Council passes the budget</h1>{byline}{COUNCIL_BODY}</article></body></html>')


@pytest.mark.parametrize(("byline", "lang", "authors"), [
    ('<p class="signature">Jean Dupont, envoyé spécial à Kiev</p>', "fr", ["Jean Dupont"]),
    ('<div class="auteur">Par Marie Martin, envoyée spéciale à Gaza</div>', "fr", ["Marie Martin"]),
    ('<div class="autor">Von Anna Schmidt aus Paris</div>', "de", ["Anna Schmidt"]),
    ('<div class="auteur">Door Jan de Vries uit Brussel</div>', "nl", ["Jan de Vries"]),
    ('<div class="autor">Por Juan Pérez desde Bruselas</div>', "es", ["Juan Pérez"]),
])
def test_the_name_without_its_job_and_place(byline: str, lang: str, authors: list[str]) -> None:
    assert extract(_page(byline, lang)).authors == authors


@pytest.mark.parametrize(("byline", "lang", "authors"), [
    # the job and place a byline's block already took
    ('<div class="autor">Juan Pérez, enviado especial a Kiev</div>', "es", ["Juan Pérez"]),
    ('<div class="autor">Von Anna Schmidt, Korrespondentin in Paris</div>', "de", ["Anna Schmidt"]),
    # a particle is no preposition: "da", "de" stay in the name
    ('<div class="autor">Por Ana Maria da Silva</div>', "pt", ["Ana Maria da Silva"]),
    ('<div class="auteur">Par Anne de Bretagne</div>', "fr", ["Anne de Bretagne"]),
    # a sentence after the name is no byline
    ('<p class="signature">Jean Dupont, qui a couvert la guerre depuis le début</p>', "fr", ["Example News"]),
])
def test_guards(byline: str, lang: str, authors: list[str]) -> None:
    assert extract(_page(byline, lang)).authors == authors


def test_a_name_with_aus_inside() -> None:
    assert byline_names("Anna aus dem Siepen") == ["Anna aus dem Siepen"]
