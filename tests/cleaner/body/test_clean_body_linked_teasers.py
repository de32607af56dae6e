"""A "read also" line whose headline is a link to another story of the site (issue 14): French "À lire
aussi", Spanish "Lea también", German "Lesen Sie auch" before the linked headline in the same paragraph
stayed in the body (a marker before plain words may be prose, so the text's rules keep it). Where the
rest of the line is, whole, the text of such a link in the article's container, the line goes. Pages
written as French, Spanish, German and Norwegian outlets set them, not copied from any. Guards: the
marker's words going on in lower case as prose, with or without a link, and a link inside a longer
sentence. (A marker before a capitalised headline with no stop goes even as plain text or with a link
elsewhere: core/junk/teasers.is_caps_promo since 7ad294e, tested in
tests/core/junk/test_clean_junk_cased_read_also.py.)"""

from __future__ import annotations

import pytest

from cleaner.extract import extract

_URL = "https://www.exemple.fr/ville/2024/04/12/budget-ecoles.html"
_STORY = [
    "Le conseil municipal a voté mardi soir un budget de 120 millions d'euros pour la rénovation des "
    "écoles de la ville, après des mois de débats.",
    "Les travaux commenceront dès l'été prochain et dureront trois ans, selon l'adjointe chargée de "
    "l'éducation, qui promet peu de fermetures.",
    "L'opposition a dénoncé un calendrier trop serré et demandé un audit indépendant des coûts annoncés "
    "par la majorité municipale.",
]


def _lines(middle: str) -> list[str]:
    page = (f"<html><head><title>Le budget des écoles voté</title></head><body><article>"
            f"<h1>Le budget des écoles voté</h1><p>{_STORY[0]}</p>{middle}<p>{_STORY[1]}</p>"
            f"<p>{_STORY[2]}</p></article></body></html>")
    return [line for line in extract(page, _URL).text.split("\n") if line not in _STORY]


@pytest.mark.parametrize("middle", [
    "<p>À lire aussi <a href='https://www.exemple.fr/ville/2024/04/10/plan-creches.html'>Le maire annonce "
    "un nouveau plan pour les crèches</a></p>",
    "<p><strong>À lire aussi</strong> <a href='/ville/2024/04/10/plan-creches.html'>Le maire annonce un "
    "nouveau plan pour les crèches</a></p>",
    "<p>Lea también <a href='/politica/2024/04/10/nuevo-plan-guarderias.html'>El alcalde anuncia un nuevo "
    "plan para las guarderías</a></p>",
    "<p>Lesen Sie auch <a href='/politik/2024/04/10/neuer-plan-kitas.html'>Bürgermeister kündigt neuen "
    "Plan für Kitas an</a></p>",
    "<p>Les også <a href='/nyheter/2024/04/10/ny-skole-bergen'>Ny skole i Bergen åpner til høsten</a></p>",
])
def test_the_linked_teaser_goes(middle: str) -> None:
    assert _lines(middle) == []


@pytest.mark.parametrize(("middle", "kept"), [
    ("<p>Les også boka om skolen i Bergen, som kom ut i fjor.</p>",
     "Les også boka om skolen i Bergen, som kom ut i fjor."),
    ("<p>À lire aussi dans nos pages, le plan du maire pour les crèches, présenté lundi.</p>",
     "À lire aussi dans nos pages, le plan du maire pour les crèches, présenté lundi."),
    # lower case after the marker, the link to another site or a section's front
    ("<p>Lea también <a href='https://otro-diario.es/politica/2024/04/10/nuevo-plan-guarderias.html'>la "
     "entrevista con el alcalde sobre las guarderías</a></p>",
     "Lea también la entrevista con el alcalde sobre las guarderías"),
    ("<p>Lesen Sie auch <a href='/politik/'>unsere Berichte über die Kitas im Politikteil</a></p>",
     "Lesen Sie auch unsere Berichte über die Kitas im Politikteil"),
    # the link is part of a sentence
    ("<p>Lesen Sie auch <a href='/politik/2024/04/10/neuer-plan-kitas.html'>den Bericht über die Kitas</a>"
     " in unserer Ausgabe vom Montag, sagte die Stadt.</p>",
     "Lesen Sie auch den Bericht über die Kitas in unserer Ausgabe vom Montag, sagte die Stadt."),
])
def test_other_lines_stay(middle: str, kept: str) -> None:
    assert _lines(middle) == [kept]
