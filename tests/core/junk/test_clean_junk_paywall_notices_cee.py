"""A paywall's notice that the article is for subscribers only, in Central, Eastern and Southern European
languages, stayed in the text (issue 14): "Artykuł jest dostępny dla subskrybentów", "Teljes cikk
előfizetőknek", "Articolul este disponibil doar pentru abonați", "Статията е достъпна само за абонати",
"Članak je dostupan samo za pretplatnike", "Raksts pieejams tikai abonentiem" ...
(prompts._PAYWALL_NOTICE knew Polish "tylko dla prenumeratorów", Czech and Slovak). Each names the
article, so a sentence on a service for subscribers stays. Guards: such sentences."""

from __future__ import annotations

import pytest

from core.text import clean_text

_BEFORE = "The council approved the new budget for the coming year after a long debate in the city hall."
_AFTER = "Opposition members argued that the spending on roads and schools was too low for the city."


@pytest.mark.parametrize("line", [
    "Artykuł jest dostępny dla subskrybentów",
    "A teljes cikk előfizetőknek érhető el",
    "Articolul este disponibil doar pentru abonați.",
    "Статията е достъпна само за абонати",
    "Članak je dostupan samo za pretplatnike.",
    "Članek je na voljo samo naročnikom.",
    "Straipsnis skirtas tik prenumeratoriams",
    "Raksts pieejams tikai abonentiem",
    "Artikkel on saadaval ainult tellijatele",
])
def test_the_notice_goes(line: str) -> None:
    assert line not in clean_text(f"{_BEFORE}\n{line}\n{_AFTER}")


@pytest.mark.parametrize("line", [
    "A szolgáltatás csak az előfizetőknek érhető el, közölte a szolgáltató.",
    "Usługa jest dostępna tylko dla abonentów sieci, poinformował operator.",
    "Serviciul este disponibil doar pentru abonații rețelei, a anunțat operatorul.",
])
def test_sentences_stay(line: str) -> None:
    assert line in clean_text(f"{_BEFORE}\n{line}\n{_AFTER}")
