"""Player labels with their clock and "as of" stamps the rules lacked (issue 14). A clip's label or its
length's alone with the clock ("Видео: 02:15", "Durée : 2:15", "Dauer: 02:15", "Play 2:15"), the audio
player's "Audio: Listen to this article", Polish "Słuchaj artykułu", Spanish "Escuchar audio"
(core.junk.players); "As of 2 p.m. ET", "As of Friday afternoon" (core.junk.prompts), Portuguese
"Dados até 12 de abril", Turkish "12 Nisan 2026 itibarıyla" (core.junk.short_prompts). Guards: sentences
opening with the same words, a label before a headline's words."""

from __future__ import annotations

import pytest

from core.text import clean_text

_BEFORE = "The council approved the new budget for the coming year after a long debate in the city hall."
_AFTER = "Opposition members argued that the spending on roads and schools was too low for the city."


def _cleaned(line: str) -> str:
    return clean_text(f"{_BEFORE}\n{line}\n{_AFTER}")


@pytest.mark.parametrize("line", [
    "Видео: 02:15", "Відео: 01:40", "Durée : 2:15", "Dauer: 02:15", "Duración: 2:15", "Play 2:15",
    "Audio: Listen to this article", "Słuchaj artykułu", "Escuchar audio",
    "As of 2 p.m. ET", "As of Friday afternoon", "Dados até 12 de abril", "12 Nisan 2026 itibarıyla",
    "İtibarıyla 12 Nisan 2026",
])
def test_the_label_or_stamp_goes(line: str) -> None:
    assert line not in _cleaned(line)


@pytest.mark.parametrize("line", [
    "As of 2024, the city had 12 schools.",
    "As of Friday, the mayor said, no decision had been taken on the plan.",
    "Dados até 12 de abril mostram queda de 3% no desemprego da região metropolitana.",
    "12 Nisan 2026 itibarıyla yürürlüğe giren düzenleme ile vergi oranları değişti.",
    "Play 2:15 minutes of silence",
    "Audio: the mayor speaks",
])
def test_sentences_stay(line: str) -> None:
    assert line in _cleaned(line)
