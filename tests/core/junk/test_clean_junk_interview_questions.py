"""An interview's question that opens with a prompt's verb ("Unterstützen Sie die Pläne der Regierung ...?",
"Soutenez-vous la réforme ...?", "Подпишитесь ли вы ...?") is the story's text: the prompt rule
(core.junk.prompts.is_prompt) took it as a sign-up or support prompt. Guards: a prompt's short question
("Already a subscriber?", "Déjà abonné ?"), a prompt with a question after it, a prompt ending in its
question mark with a space before it."""

from __future__ import annotations

import pytest

from core.text import clean_text

_ANSWER = ("Wir unterstützen das Ziel, halten aber die Umsetzung für falsch, weil sie die Kommunen mit den "
           "Kosten allein lässt und keine Übergangsfrist vorsieht.")
_INTRO = ("Die Fraktionschefin der Grünen im Landtag spricht im Interview über die Wohnungspolitik, die "
          "Koalition und ihre Pläne für die nächste Wahl.")


@pytest.mark.parametrize("question", [
    "Unterstützen Sie die Pläne der Regierung für eine Mietpreisbremse in allen Großstädten?",
    "Unterstützen Sie als Partei die Forderung der Gewerkschaften nach mehr Lohn?",
    "Soutenez-vous la réforme des retraites présentée par le gouvernement ?",
    "Подпишитесь ли вы под этим письмом, если его опубликуют?",
])
def test_question_stays(question: str) -> None:
    text = f"{_INTRO}\n{question}\n{_ANSWER}"
    assert clean_text(text) == text


@pytest.mark.parametrize("prompt", ["Already a subscriber?", "Déjà abonné ?",
                                    "Ya eres suscriptor? Inicia sesión", "Abonnez-vous pour lire la suite ?",
                                    "Subscribe now to keep reading"])
def test_prompt_goes(prompt: str) -> None:
    assert clean_text(f"{_INTRO}\n{prompt}\n{_ANSWER}") == f"{_INTRO}\n{_ANSWER}"
