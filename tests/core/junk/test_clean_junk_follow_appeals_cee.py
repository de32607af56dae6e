"""Invitations to follow the outlet in Central, Eastern and Southern European languages stayed in the text
(issue 14): "Sledujte nás na sociálních sítích", "Zapraszamy na nasz kanał na YouTube", "Urmărește
știrile Digi24.ro și pe Google News!", "Segui ANSA.it su Google News", "Ακολουθήστε το Kathimerini.gr στο
Google News", "Слідкуйте за нами в Telegram", "Pratite nas na Facebooku" (appeals.FOLLOW_OPENERS knew
few of these languages; _NETWORKS the networks' name in common in none). A bare "follow" ("Segui",
"Urmărește", "Kövesse a") counts only on a line with no comma. Guards: sentences reporting such advice,
a line naming no platform."""

from __future__ import annotations

import pytest

from core.text import clean_text

_BEFORE = "The council approved the new budget for the coming year after a long debate in the city hall."
_AFTER = "Opposition members argued that the spending on roads and schools was too low for the city."


@pytest.mark.parametrize("line", [
    "Sledujte nás na sociálních sítích",
    "Sledujte nás na Facebooku a Instagramu",
    "Zapraszamy na nasz kanał na YouTube",
    "Urmărește știrile Digi24.ro și pe Google News!",
    "Fii la curent cu cele mai noi știri. Urmărește DIGI24.ro și pe Google News",
    "Abonează-te la canalul nostru de WhatsApp",
    "Segui ANSA.it su Google News",
    "Ακολουθήστε το Kathimerini.gr στο Google News",
    "Слідкуйте за нами в Telegram",
    "Kövesse a Telexet a Facebookon is!",
    "Pratite nas na Facebooku i Instagramu",
    "Последвайте ни във Facebook",
    "Sekite mus Facebook",
    "Spremljajte nas na družbenih omrežjih",
])
def test_the_invitation_goes(line: str) -> None:
    assert line not in clean_text(f"{_BEFORE}\n{line}\n{_AFTER}")


@pytest.mark.parametrize("line", [
    "Urmărește evoluția pandemiei, a cerut ministrul, după ce Facebook a fost acuzat de dezinformare.",
    "Kövesse a szabályokat, mondta a miniszter, aki szerint a Facebook felelős.",
    "Segui la pista dei soldi, ha detto il procuratore, e troverai la rete dietro l'attacco su Telegram.",
    "Seguirá en Twitter la conversación, dijo el ministro.",
    "Sledujte nás pozorně, řekl ministr novinářům.",
])
def test_sentences_stay(line: str) -> None:
    assert line in clean_text(f"{_BEFORE}\n{line}\n{_AFTER}")
