"""The line that says the article goes on after the advertisement, in Central, Eastern and Southern
European languages, stayed in the text (issue 14): "Dalsza część artykułu pod materiałem wideo",
"Pokračovanie článku pod reklamou", "Continuarea articolului după reclamă", "Статията продължава след
рекламата", "Članak se nastavlja ispod oglasa", "Η συνέχεια του άρθρου μετά τη διαφήμιση", "Raksts
turpinās pēc reklāmas", "O artigo continua após a publicidade" (players._PLAYER_LABEL knew Polish
"czytaj dalej pod reklamą", German, French, Russian and a few more). Guards: sentences that use the
words and go on."""

from __future__ import annotations

import pytest

from core.text import clean_text

_BEFORE = "The council approved the new budget for the coming year after a long debate in the city hall."
_AFTER = "Opposition members argued that the spending on roads and schools was too low for the city."


@pytest.mark.parametrize("line", [
    "Dalsza część artykułu pod materiałem wideo",
    "Dalszy ciąg materiału pod reklamą",
    "Pokračovanie článku pod reklamou",
    "Reklama, pokračovanie článku nižšie",
    "Continuarea articolului după reclamă",
    "Статията продължава след рекламата",
    "Članak se nastavlja ispod oglasa",
    "Tekst se nastavlja ispod oglasa",
    "Текст се наставља испод огласа",
    "Članek se nadaljuje pod oglasom",
    "Η συνέχεια του άρθρου μετά τη διαφήμιση",
    "Продовження статті під рекламою",
    "Raksts turpinās pēc reklāmas",
    "Artikkel jätkub pärast reklaami",
    "Straipsnis tęsiasi po reklamos",
    "O artigo continua após a publicidade",
    "Continúa leyendo tras la publicidad",
])
def test_the_line_goes(line: str) -> None:
    assert line not in clean_text(f"{_BEFORE}\n{line}\n{_AFTER}")


@pytest.mark.parametrize("line", [
    "Dalsza część artykułu pod reklamą została usunięta przez redakcję po skardze czytelników.",
    "Continuarea articolului după reclamă a fost criticată de cititori, spune redactorul.",
    "O artigo continua após a publicidade a ser discutido pelos deputados no parlamento.",
])
def test_sentences_stay(line: str) -> None:
    assert line in clean_text(f"{_BEFORE}\n{line}\n{_AFTER}")
