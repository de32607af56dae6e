"""A "read also" marker in capitals with the other article's headline straight after it, no colon
(core.junk.teasers.is_caps_promo, through core.text.clean_text): a bold marker before the headline's
link reads "LES OGSÅ Ny skole i Bergen". A sentence whose first word is in capitals, a marker of one
word, or a marker followed by words in lower case stays."""

from __future__ import annotations

import pytest
from helpers import LINE_BODY

from core.text import clean_text

BODY = LINE_BODY

JUNK = [
    "LES OGSÅ Ny skole i Bergen åpner til høsten", "LÆS OGSÅ Ny skole i Aarhus",
    "READ MORE Mayor warns of cuts",
    "SEE ALSO Mayor warns of cuts", "ALSO READ Mayor warns of cuts", "► LES OGSÅ Ny skole i Bergen",
    "LEIA TAMBÉM Novo plano para as escolas", "LEE TAMBIÉN Nuevo plan de riego", "LIRE AUSSI Nouveau plan",
    "BACA JUGA Harga beras naik lagi", "LESEN SIE AUCH Neue Schule in Köln",
]

PROSE = [
    "MORE than 100 people died in the floods, officials said.", "READ MORE about it here",
    "RELATED Mayor warns of cuts to the ferry", "SEE ALSO the report", "Les også boka om skolen i Bergen",
    "US READ MORE Books, a survey found.",
]


@pytest.mark.parametrize("line", JUNK)
def test_the_line_is_junk(line: str) -> None:
    assert clean_text(f"{BODY}\n{line}\n{BODY}") == f"{BODY}\n{BODY}"


@pytest.mark.parametrize("line", PROSE)
def test_a_sentence_with_the_same_words_stays(line: str) -> None:
    text = f"{BODY}\n{line}\n{BODY}"
    assert clean_text(text) == text
