"""A picture's source under its own label stayed in the text (issue 14): German "Bildquelle: dpa",
"Bildnachweis: Stadt Bonn", French "Crédit photo : AFP", Italian "Fonte foto: Ansa", Polish "Źródło
zdjęcia: PAP", Vietnamese "Nguồn ảnh: VnExpress", Indonesian "Sumber foto: Antara", Turkish "Fotoğraf
kaynağı: AA" ("Foto:", "Photo:" went already): core.junk.credits._CREDIT. Guard: a sentence with the
word, not opening with its label."""

from __future__ import annotations

import pytest

from core.text import clean_text

_BEFORE = "The council approved the new budget for the coming year after a long debate in the city hall."
_AFTER = "Opposition members argued that the spending on roads and schools was too low for the city."


@pytest.mark.parametrize("line", [
    "Bildquelle: dpa", "Bildquelle: picture alliance/dpa | Bernd Weißbrod", "Bildnachweis: Stadt Bonn",
    "Crédit photo : AFP", "Crédits photos : Jean Dupont", "Fonte foto: Ansa", "Źródło zdjęcia: PAP",
    "Nguồn ảnh: VnExpress", "Sumber foto: Antara", "Fotoğraf kaynağı: AA",
])
def test_the_label_and_its_source_go(line: str) -> None:
    assert line not in clean_text(f"{_BEFORE}\n{line}\n{_AFTER}")


def test_a_sentence_stays() -> None:
    line = "Die Bildquelle war unklar, sagte der Sprecher der Stadt am Dienstag den Journalisten."
    assert line in clean_text(f"{_BEFORE}\n{line}\n{_AFTER}")
