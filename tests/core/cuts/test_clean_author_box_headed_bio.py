"""An author's bio run into its heading after a colon stayed in the body (issue 14): "About the author:
Jane Doe is a reporter ...", "Über den Autor: Max Mustermann ist ...", "Sobre el autor: ..." as the
text's last paragraph was kept, while the same bio under its heading alone on a line, or in its own box,
was cut (core.cuts.author_boxes). Now the headed paragraph, a bio's length and one of the text's last two
lines, goes from it. Guards: the heading's words inside a sentence, a headed paragraph followed by more
of the story, a heading at the top."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORY = [
    "The city council approved the new budget for the coming year after a debate that lasted until late.",
    "Opposition members argued that the spending on roads and schools was too low given rising costs.",
    "The mayor said the plan balanced the needs of residents with the limits of the city's finances.",
    "A final vote on the detailed measures is expected next month, when the committee presents its report.",
]


@pytest.mark.parametrize("bio", [
    "About the author: Jane Doe is a reporter covering city politics. She worked at the Daily Star.",
    "Über den Autor: Max Mustermann ist seit 2015 Redakteur im Ressort Politik und berichtet über die Stadt.",
    "Sobre el autor: Juan Pérez es periodista y cubre la información municipal desde hace diez años.",
    "À propos de l'auteur : Claire Martin est journaliste au service politique depuis 2018.",
    "O autorze: Jan Kowalski jest dziennikarzem działu miejskiego, pisze o samorządzie i transporcie.",
])
def test_the_headed_bio_goes(bio: str) -> None:
    assert clean_text("\n".join([*_STORY, bio])) == "\n".join(_STORY)


def test_other_lines_stay() -> None:
    sentence = ("The book says much about the author: Jane Doe spent ten years on it, and the council "
                "bought copies for every school.")
    assert sentence in clean_text("\n".join([*_STORY, sentence]))
    headed = "About the author: Jane Doe is a historian who has written three books on the city's finances."
    text = "\n".join([*_STORY[:2], headed, *_STORY[2:]])
    assert headed in clean_text(text)
