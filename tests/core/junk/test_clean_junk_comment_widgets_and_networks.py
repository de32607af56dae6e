"""Widget lines and a 'follow us' appeal naming no platform stayed in the text (issue 14): the comments'
widget's "Loading comments...", "Sign in to comment", the ads' "Ads by Google", "Scroll down for video"
(core.junk.furniture.LABEL); "Подписывайтесь на нас в соцсетях", "Siga-nos nas redes sociais" name the
networks in common, not one by name (core.junk.appeals: on a line of up to eight words). Guards:
sentences opening with the same words, a long line quoting the appeal."""

from __future__ import annotations

import pytest

from core.text import clean_text

_BEFORE = "The council approved the new budget for the coming year after a long debate in the city hall."
_AFTER = "Opposition members argued that the spending on roads and schools was too low for the city."


def _cleaned(line: str) -> str:
    return clean_text(f"{_BEFORE}\n{line}\n{_AFTER}")


@pytest.mark.parametrize("line", [
    "Loading comments...", "Sign in to comment", "Log in to leave a comment", "Ads by Google",
    "Scroll down for video", "Подписывайтесь на нас в соцсетях", "Підписуйтесь на нас у соцмережах",
    "Siga-nos nas redes sociais", "Síguenos en redes sociales", "Suivez-nous sur les réseaux sociaux",
])
def test_the_line_goes(line: str) -> None:
    assert line not in _cleaned(line)


@pytest.mark.parametrize("line", [
    "Loading comments is slow on this site, readers complained to the council.",
    "Sign in to comment on the plan, the council asked residents in a letter.",
    "Ads by Google are everywhere now, the mayor said.",
    "Подписывайтесь на нас в соцсетях, призвал мэр жителей, чтобы узнавать о новостях первыми и "
    "участвовать в опросах города.",
    "Síguenos en redes sociales fue el lema de la campaña municipal de este año.",
])
def test_sentences_stay(line: str) -> None:
    assert line in _cleaned(line)
