"""A share bar's label left alone on its line in the body ("Share on", "Kindly share this story:",
"Compartir en", "Compartilhe", "شیئر کریں", "شارك", "シェアする", "分享到"): the buttons' names went, the
label stayed (core.junk.furniture.LABEL knew "Share on Facebook" and the bare verbs of other languages).
A sentence that opens with the same words stays."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORY = ["The government announced a new housing programme on Tuesday that plans to build half a million "
          "homes for low-income families by 2026.",
          "Families earning up to two minimum wages will be able to have most of the price of the home "
          "covered, the ministry said."]


@pytest.mark.parametrize("line", [
    "Share on", "SHARE ON:", "Kindly share this story:", "Kindly share this article", "Compartir en",
    "Compartilhe", "شیئر کریں", "شارك", "シェアする", "分享到：",
])
@pytest.mark.parametrize("at", [0, 1, 2])
def test_the_label_goes(line: str, at: int) -> None:
    assert clean_text("\n".join([*_STORY[:at], line, *_STORY[at:]])) == "\n".join(_STORY)


@pytest.mark.parametrize("line", [
    "Share on the ground floor of the building rose by a fifth, the agency said.",
    "Compartir en familia es lo más importante, dijo la ministra.",
    "Kindly share this story with the police if you saw the accident, the family said.",
])
def test_a_sentence_stays(line: str) -> None:
    lines = [_STORY[0], line, _STORY[1]]
    assert clean_text("\n".join(lines)) == "\n".join(lines)
