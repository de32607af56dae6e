"""A "read also" line whose headline is a link to another story of the site (issue 14): French "À lire
aussi", Spanish "Lea también", German "Lesen Sie auch" before the linked headline in the same paragraph
stayed in the body (a marker before plain words may be prose, so the text's rules keep it). Where the
rest of the line is, whole, the text of such a link in the article's container, the line goes. Pages
written as French, Spanish, German and Norwegian outlets set them, not copied from any. Guards: the
headline as plain text ("Les også Ny skole i Bergen"), a link to another site, a link inside a longer
sentence, a link to a section's front."""

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
    ("<p>Les også Ny skole i Bergen</p>", "Les også Ny skole i Bergen"),
    ("<p>À lire aussi Le maire annonce un nouveau plan pour les crèches</p>",
     "À lire aussi Le maire annonce un nouveau plan pour les crèches"),
    # another site's article, a section's front
    ("<p>Lea también <a href='https://otro-diario.es/politica/2024/04/10/nuevo-plan-guarderias.html'>El "
     "alcalde anuncia un nuevo plan para las guarderías</a></p>",
     "Lea también El alcalde anuncia un nuevo plan para las guarderías"),
    ("<p>Lesen Sie auch <a href='/politik/'>Bürgermeister kündigt neuen Plan für Kitas an</a></p>",
     "Lesen Sie auch Bürgermeister kündigt neuen Plan für Kitas an"),
    # the link is part of a sentence
    ("<p>Lesen Sie auch <a href='/politik/2024/04/10/neuer-plan-kitas.html'>den Bericht über die Kitas</a>"
     " in unserer Ausgabe vom Montag, sagte die Stadt.</p>",
     "Lesen Sie auch den Bericht über die Kitas in unserer Ausgabe vom Montag, sagte die Stadt."),
])
def test_other_lines_stay(middle: str, kept: str) -> None:
    assert _lines(middle) == [kept]
