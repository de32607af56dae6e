"""A release no one signs on a national agency's or an international office's site whose full name, its
og:site_name, runs past five words got no author (issue 14; cleaner.metadata.outlet_name): only a
ministry's, an embassy's, a commission's... might run to twelve words. An agency's, an office's, an
authority's, a council's name may too ("Bundesamt für Sicherheit in der Informationstechnik", "Agence
nationale de la sécurité des systèmes d'information", "United Nations Office on Drugs and Crime" was one
already). Guards: a slogan of as many words, a long name with a sentence's punctuation."""

from __future__ import annotations

import pytest

from cleaner.extract import extract
from cleaner.metadata import outlet_name

_TEXT = ("The agency warned operators of an actively exploited vulnerability in widely used VPN products "
         "and urged them to install the security updates without delay. ")


def _page(site: str) -> str:
    return ("<html lang='en'><head><title>Warning on VPN products</title>"
            f"<meta property='og:site_name' content=\"{site}\"></head><body><div class='article'>"
            "<h1>Warning on VPN products</h1><p class='date'>12.04.2026</p>"
            f"<div class='text'><p>{_TEXT * 2}</p><p>{_TEXT * 2}</p><p>{_TEXT * 2}</p></div></div>"
            "</body></html>")


@pytest.mark.parametrize("site", [
    "Bundesamt für Sicherheit in der Informationstechnik",
    "Agence nationale de la sécurité des systèmes d'information",
    "Cybersecurity and Infrastructure Security Agency of the United States",
    "Australian Signals Directorate's Australian Cyber Security Centre",
    "Государственная служба специальной связи и защиты информации Украины",
])
def test_an_agencys_release_is_its(site: str) -> None:
    assert extract(_page(site), "https://example.org/news/2026/04/12/warning/").authors == [site]


@pytest.mark.parametrize("site", [
    "The best deals from around the world delivered to your office",
    "Council news, politics and analysis from the capital city",
])
def test_a_slogan_or_a_sentence_is_no_outlet(site: str) -> None:
    assert outlet_name(site) is None
