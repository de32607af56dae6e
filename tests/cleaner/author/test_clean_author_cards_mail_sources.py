"""An author card's piece that is no part of the name (issue 14): a "mailto:" link to write to the
author after the name ("By Alice Wong <a href=mailto:...>Email the author</a>" read "Alice Wong Email the
author"; "Courriel", "Kontakt")."""

from __future__ import annotations

import pytest

from cleaner.extract import extract

_TEXT = {
    "en": "The committee met for the third time this month to review the proposals of the offices. ",
    "pl": "Komisja zebrała się po raz trzeci w tym miesiącu, aby rozpatrzyć wnioski biur regionalnych. ",
    "fr": "Le comité s'est réuni pour la troisième fois ce mois-ci pour examiner les propositions. ",
    "de": "Der Ausschuss kam diesen Monat zum dritten Mal zusammen, um die Vorschläge zu prüfen. ",
}


def _page(lang: str, byline: str) -> str:
    body = "".join(f"<p>{_TEXT[lang] * 3}</p>" for _ in range(4))
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Committee reviews proposals</title>"
            f"</head><body><article><h1>Committee reviews proposals</h1>{byline}{body}</article>"
            "</body></html>")


@pytest.mark.parametrize(("lang", "byline", "names"), [
    ("en", '<div class="byline">By Alice Wong <a href="mailto:awong@example.com">Email the author</a></div>',
     ["Alice Wong"]),
    ("fr", '<div class="byline">Par Jean Dupont <a href="mailto:jd@example.fr">Courriel</a></div>',
     ["Jean Dupont"]),
    ("de", '<div class="author">Von Anna Schmidt <a href="mailto:as@example.de">Kontakt</a></div>',
     ["Anna Schmidt"]),
    # guards: a name linked to its mailto; a name in two spans; a source element alone; a mailto link
    # whose label is no call to write
    ("en", '<div class="byline">By <a href="mailto:awong@example.com">Alice Wong</a></div>', ["Alice Wong"]),
    ("en", '<div class="author"><span class="first">Alice</span> <span class="last">Wong</span></div>',
     ["Alice Wong"]),
    ("pl", '<div class="author"><span class="source">PAP</span></div>', ["PAP"]),
    ("en", '<div class="byline">By <a href="mailto:a@example.com">Alice Wong</a> and '
     '<a href="mailto:b@example.com">Ben Lee</a></div>', ["Alice Wong", "Ben Lee"]),
])
def test_card_mail_links_and_sources(lang: str, byline: str, names: list[str]) -> None:
    assert extract(_page(lang, byline)).authors == names
