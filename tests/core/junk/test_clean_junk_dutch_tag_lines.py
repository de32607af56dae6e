"""A Dutch story's tag line stayed in the text (issue 14): "Lees meer over: begroting, gemeenteraad" and
"Trefwoorden: begroting" close Dutch stories as "Tags:", "Schlagworte:", "Etiquetas:" do, which went
already (core.junk.prompts). Guards: a sentence with the words, the words without their colon."""

from __future__ import annotations

import pytest

from core.text import clean_text

_BEFORE = ("De gemeenteraad heeft dinsdagavond na een lang debat de begroting voor volgend jaar met "
           "een krappe meerderheid goedgekeurd.")
_AFTER = "De oppositie vond dat de uitgaven aan wegen, scholen en openbaar vervoer te laag zijn."


@pytest.mark.parametrize("line", ["Lees meer over: begroting, gemeenteraad", "Trefwoorden: begroting",
                                  "LEES MEER OVER: Begroting"])
def test_the_tag_line_goes(line: str) -> None:
    assert line not in clean_text(f"{_BEFORE}\n{_AFTER}\n{line}")


@pytest.mark.parametrize("line", [
    "Lees meer over de begroting in ons dossier over de gemeentefinanciën, schreef de wethouder.",
    "Lees meer over begroting",
])
def test_sentences_stay(line: str) -> None:
    assert line in clean_text(f"{_BEFORE}\n{line}\n{_AFTER}")
