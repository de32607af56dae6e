"""Wire credits of national agencies where no one signs a story (issue 14): the dateline of Pakistan's
APP, Bangladesh's BSS, Nigeria's NAN, Côte d'Ivoire's AIP, Bosnia's FENA and Nepal's RSS ("रासस",
its full stop spaced: "(रासस) । "), and the Philippine News Agency's sign-off "(PNA)". Before, these
named the outlet. Guards: "app" and "nan" in lower case are words, no agency; a person signing wins."""

from __future__ import annotations

import pytest
from helpers import unsigned_story

from cleaner.extract import extract

_TEXT = {
    "en": "The government announced a new package of economic measures on Tuesday to support growth. The "
          "finance minister said the step would strengthen the purchasing power of citizens in every region.",
    "fr": "Le gouvernement a annoncé mardi un nouveau paquet de mesures économiques pour soutenir la "
          "croissance. "
          "Le ministre des Finances a déclaré que cette mesure renforcerait le pouvoir d'achat des citoyens.",
    "bs": "Vlada je u utorak najavila novi paket ekonomskih mjera za podršku rastu. Ministar finansija je "
          "rekao da će ovaj korak ojačati kupovnu moć građana u svim regijama zemlje.",
    "ne": "सरकारले आर्थिक वृद्धिलाई सहयोग गर्न नयाँ आर्थिक कार्यक्रम घोषणा गरेको छ। अर्थमन्त्रीले यो कदमले "
          "देशका सबै क्षेत्रका नागरिकको क्रयशक्ति बलियो बनाउने बताए।",
}


@pytest.mark.parametrize(("language", "first", "after", "names"), [
    ("en", "ISLAMABAD, Dec 3 (APP): ", "", ["APP"]),
    ("en", "DHAKA, Dec 3, 2024 (BSS) - ", "", ["BSS"]),
    ("en", "ABUJA (NAN) – ", "", ["NAN"]),
    ("fr", "Abidjan, 3 déc 2024 (AIP) - ", "", ["AIP"]),
    ("bs", "SARAJEVO, 3. decembra (FENA) - ", "", ["FENA"]),
    ("ne", "काठमाडौं, मंसिर १८ (रासस) । ", "", ["रासस"]),
    ("en", "MANILA – ", "<p>(PNA)</p>", ["PNA"]),
    # guards: as before
    ("en", "New Delhi, March 12 (IANS) ", "", ["IANS"]),
    ("en", "", "<p>Download our app to read more.</p>", ["Daily Site"]),
])
def test_national_agencies(language: str, first: str, after: str, names: list[str]) -> None:
    assert extract(unsigned_story(language, _TEXT[language], first=first, after=after)).authors == names


def test_a_person_signing_wins_over_the_agency() -> None:
    page = unsigned_story("en", _TEXT["en"], before="<div class='author'>By Ahmed Khan</div>",
                          first="ISLAMABAD, Dec 3 (APP): ")
    assert extract(page).authors == ["Ahmed Khan"]
