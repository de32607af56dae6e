"""The translator's credit closing a translated or syndicated story stayed in the body ("Translator: Zhang
Mei" after "Editor: Liu Yang" on a partner's copy of agency news; "Переводчик: A", "Tərcümə: A", "Người
dịch: A"): ``credits._STAFF_CREDIT`` knew "translated by", "Перевод:" and the editor's labels only. Guards:
a long sentence after the label, the word inside a sentence, the labels read before."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORY = ["The ministry launched a national campaign on Wednesday to raise awareness of cybersecurity among "
          "citizens.",
          "It includes workshops in universities and schools across the country, the minister said."]


@pytest.mark.parametrize("line", [
    "Translator: Zhang Mei", "Traductor: Luis Gómez", "Traductrice : Anne Martin", "Tradutora: Ana Sousa",
    "Übersetzerin: Anna Schmidt", "Переводчик: Анна Смирнова", "Перекладач: Олена Коваль",
    "Çevirmen: Ayşe Yılmaz", "Tərcümə: Aysel Məmmədova", "Tarjimon: Dilshod Karimov", "Người dịch: Minh Anh",
    # read before
    "Editor: Liu Yang", "Перевод: Анна Смирнова", "Translated by: Zhang Mei",
])
def test_the_credit_goes(line: str) -> None:
    assert clean_text("\n".join([*_STORY, line])) == "\n".join(_STORY)


@pytest.mark.parametrize("line", [
    "Translator: the app translates menus into 40 languages, the company said on Monday in a statement.",
    "The translator said the text had been changed twice before it was published.",
])
def test_a_line_stays(line: str) -> None:
    lines = [_STORY[0], line, _STORY[1]]
    assert clean_text("\n".join(lines)) == "\n".join(lines)
