"""A paywall's question to the reader that opens its appeal stayed in the text (issue 14): "Enjoying
this article? Click here to subscribe for full access. Just $5 a month." and its kin in other languages
("Gefällt Ihnen dieser Artikel? ...", "¿Te gusta este artículo? ..."). prompts.PROMPT_START reads the
question (its words, then the question mark). Guards: sentences opening with the same words and going
on, a reader's quoted enjoyment, a long line."""

from __future__ import annotations

import pytest

from core.text import clean_text

_BEFORE = "The council approved the new budget for the coming year after a long debate in the city hall."
_AFTER = "Opposition members argued that the spending on roads and schools was too low for the city."


@pytest.mark.parametrize("line", [
    "Enjoying this article? Click here to subscribe for full access. Just $5 a month.",
    "Enjoyed this article? Become a member to support our work.",
    "Did you enjoy this story? Share it with a friend.",
    "Gefällt Ihnen dieser Artikel? Dann unterstützen Sie unseren Journalismus mit einem Abo.",
    "Vous aimez cet article ? Abonnez-vous pour 1 € le premier mois.",
    "¿Te gusta este artículo? Suscríbete por 1 euro al mes.",
    "Ti piace questo articolo? Abbonati per leggerne altri.",
    "Podoba ci się ten artykuł? Wykup subskrypcję i czytaj bez ograniczeń.",
    "Líbí se vám tento článek? Předplaťte si nás.",
])
def test_the_question_and_its_appeal_go(line: str) -> None:
    assert line not in clean_text(f"{_BEFORE}\n{_AFTER}\n{line}")
    assert line not in clean_text(f"{_BEFORE}\n{line}\n{_AFTER}")


@pytest.mark.parametrize("line", [
    "Enjoying the story of the old harbour, visitors stayed on the quay until the evening ferry left.",
    "Liking the article was not enough for the committee, which asked the author for the full data.",
    "Ti piace questo articolo della legge, ha chiesto il presidente al ministro durante il dibattito.",
    "The mayor asked: enjoying this article? Nobody in the hall answered the question, and the session went "
    "on with the next item on the agenda for the coming year and the spending on roads.",
])
def test_sentences_stay(line: str) -> None:
    assert line in clean_text(f"{_BEFORE}\n{line}\n{_AFTER}")
