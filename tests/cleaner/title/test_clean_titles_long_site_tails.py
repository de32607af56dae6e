"""A sharing title that is the headline was dropped as the site's name where the tab title sets a long
tail of names after it (issue 14): "Headline – VTV Vest – Lokale nyheter, TV og radio",
"Headline | Secretaría de ... | Gobierno | gobdigital.mx". The headline is less than half the tab title
and the tail has words enough to read as one, so ``names_site_of`` took the headline for a site's name
before a headline; the page's own <h1> then went with it as the site's, and the title left the tail's
last segment ("Lokale nyheter, TV og radio"). A tab title names its site once: where a segment of the
tail names it (its key, or its first word: "VTV Vest"), the sharing title is the headline.
Guards: a sharing title that is only the site's name before a tab title's headline still goes."""

from __future__ import annotations

import pytest
from helpers import prose
from lxml import html as lxml_html

from cleaner.metadata import page_metadata


def _title(url: str, lang: str, tab: str, og: str, h1: str, site: str | None = None) -> str | None:
    name = f"<meta property='og:site_name' content='{site}'>" if site else ""
    page = (f"<html lang='{lang}'><head><title>{tab}</title><meta property='og:title' content=\"{og}\">{name}"
            f"</head><body><header><a class='logo' href='/'><img src='/l.svg' alt='Logo'></a></header>"
            f"<main><article><h1>{h1}</h1><div class='article-body'>{prose(6)}</div></article></main>"
            "</body></html>")
    return page_metadata(lxml_html.fromstring(page), url).title


NO = "Kommunen vil bygge ny skole ved fjorden"
ES = "Salud anuncia jornada de vacunación en 40 municipios"
PT = "Governo lança programa de saneamento para cidades do interior"
EN = "Council approves plan for new harbour wall"


@pytest.mark.parametrize(("url", "lang", "tab", "site"), [
    ("https://www.vtv.no/vest/skole-1.234", "no", f"{NO} – VTV Vest – Lokale nyheter, TV og radio", "VTV"),
    ("https://www.gobdigital.mx/salud/prensa/jornada-de-vacunacion", "es",
     f"{ES} | Secretaría de Salud Pública del Estado | Gobierno | gobdigital.mx", None),
    ("https://www.secom.br/noticias/2026/11/saneamento", "pt",
     f"{PT} - SECOM - Secretaria de Comunicação Social - Portal oficial do Governo do Estado", None),
    ("https://www.kbh.example/local/harbour-wall", "en",
     f"{EN} – KBH North – Local news, sport and weather for the coast", "KBH"),
])
def test_a_headline_before_a_long_tail_naming_the_site_stays(url: str, lang: str, tab: str,
                                                            site: str | None) -> None:
    headline = tab.split(" – ")[0].split(" | ")[0].split(" - ")[0]
    assert _title(url, lang, tab, headline, headline, site) == headline


def test_a_sharing_title_that_is_the_sites_name_still_goes() -> None:
    url = "https://www.quaysidechronicle.example/news/storm"
    tab = "Quayside Chronicle | Storm floods the harbour as the council meets tonight"
    headline = "Storm floods the harbour as the council meets tonight"
    assert _title(url, "en", tab, "Quayside Chronicle", headline) == headline


def test_a_sharing_title_naming_the_site_before_a_headline_opening_with_its_name_goes() -> None:
    url = "https://www.harbourtimes.example/news/ferry"
    tab = "Harbour Times | Harbour ferry returns after a winter of repairs at the yard"
    headline = "Harbour ferry returns after a winter of repairs at the yard"
    assert _title(url, "en", tab, "Harbour Times", headline) == headline
