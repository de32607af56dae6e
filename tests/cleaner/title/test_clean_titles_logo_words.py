"""A lower-case brand after the headline that the domain does not spell ("Headline | franceinfo" on
francetvinfo.fr), where only the logo states it, with the words a logo writes beside the name: its
image's alt "Logo franceinfo", "Startseite tagesschau", "Retour à l'accueil franceinfo" (issue 14). The
logo's name without those words names the site, so the segment goes. Guards: a logo that names the
site by another name, and a page that states the brand nowhere, keep the segment (a lower-case segment
may be the headline's own); "franceinfo logo" and the plain alt were read already."""

from __future__ import annotations

import pytest
from helpers import STORY_PROSE
from lxml import html as lxml_html

from cleaner.metadata import page_metadata
from cleaner.title.name_shapes import logo_name

FR = "Inondations dans le Nord : le préfet déclenche le plan d'urgence pour trois communes"
DE = "Bundestag beschließt neues Gesetz zur Förderung von Wärmepumpen in Mietwohnungen"
URL = "https://www.francetvinfo.fr/meteo/inondations/article_12345.html"


def _title(tab: str, alt: str, lang: str = "fr") -> str | None:
    page = (f"<html lang='{lang}'><head><title>{tab}</title></head><body>"
            f"<header><a href='/'><img src='/logo.svg' alt=\"{alt}\"></a></header>"
            f"<main><article><div class='article-body'>{STORY_PROSE}</div></article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize(("tab", "alt", "headline", "lang"), [
    (f"{FR} | franceinfo", "Logo franceinfo", FR, "fr"),
    (f"{FR} - franceinfo", "Retour à l'accueil franceinfo", FR, "fr"),
    (f"{FR} | franceinfo", "Logo de franceinfo", FR, "fr"),
    (f"{DE} - hafenschau.de", "Startseite hafenschau.de", DE, "de"),
    (f"{DE} | hafen online", "Zur Startseite von hafen online", DE, "de"),
    (f"{FR} | franceinfo", "franceinfo logo", FR, "fr"),
    (f"{FR} | franceinfo", "franceinfo", FR, "fr"),
])
def test_the_brand_the_logo_states_goes(tab: str, alt: str, headline: str, lang: str) -> None:
    assert _title(tab, alt, lang) == headline


@pytest.mark.parametrize(("tab", "alt"), [
    (f"{FR} | franceinfo", "Logo France Télévisions"),
    (f"{FR} | franceinfo", "Logo"),
    (f"{FR} | franceinfo", ""),
])
def test_a_brand_nothing_states_stays(tab: str, alt: str) -> None:
    assert _title(tab, alt) == tab


@pytest.mark.parametrize(("text", "name"), [
    ("Logo franceinfo", "franceinfo"),
    ("Logo de La Nación", "La Nación"),
    ("Quayside Chronicle logo", "Quayside Chronicle"),
    ("Zur Startseite von hafen online", "hafen online"),
    ("Quayside Chronicle", "Quayside Chronicle"),
    ("Logo", "Logo"),
    ("Home Office", "Home Office"),
])
def test_logo_name(text: str, name: str) -> None:
    assert logo_name(text) == name
