"""A print subscription's offer and a reprint notice left in the text (core.junk.offers): the outlet's
commerce speaking to the reader; a story's sentence with the same words stays."""

from __future__ import annotations

import re

import pytest

from core.junk import is_junk


def _words(line: str) -> list[str]:
    return re.findall(r"\w+", line)


@pytest.mark.parametrize("line", [
    "Get Bike Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here.",
    "Subscribe today: 6 issues for just $9.99, delivered to your door every month.",
    "Holen Sie sich 6 Ausgaben für € 9,90 jeden Monat in Ihren Briefkasten geliefert.",
    "Abonnez-vous : 10 numéros pour 29 €, livré chez vous chaque mois.",
    "Suscríbete: 12 números por 30 € en tu casa cada mes.",
    "This copy is for your personal, non-commercial use only. To order presentation-ready copies for "
    "distribution to your colleagues, clients or customers visit our reprints site.",
    # a notice longer than the other rules' lines
    "This copy is for your personal, non-commercial use only. Distribution and use of this material are "
    "governed by our Subscriber Agreement and by copyright law. For non-personal use or to order multiple "
    "copies, please contact our reprints desk at 1-800-000-0000 or visit our reprints site.",
])
def test_an_offer_or_a_reprint_notice_is_junk(line: str) -> None:
    assert is_junk(line, _words(line))


@pytest.mark.parametrize("line", [
    "The magazine sold 12 issues for £3 each in the 1960s, the archivist said.",
    "The photos are licensed for personal, non-commercial use only, the court ruled on Tuesday.",
    "Parcels were delivered to your door within two days, the company promised its customers in 2019.",
    "Die Zeitung erschien in 12 Ausgaben für 3 Mark, erinnert sich der Archivar, der die Hefte sammelt.",
])
def test_a_story_sentence_with_the_same_words_stays(line: str) -> None:
    assert not is_junk(line, _words(line))
