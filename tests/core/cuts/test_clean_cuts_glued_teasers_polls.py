"""Two widgets the clean stage kept inside a story's text (issue 14):
- a "read also" teaser glued to a paragraph's end, in bold inside its <p> ("... inflacji bazowej. Czytaj
  też: Kredyty hipoteczne znów drożeją"): core.cuts.glued_teasers keeps the paragraph's sentences only;
- an embedded poll's results, its question and its answers with their shares ("Kiedy RPP obniży stopy
  procentowe?", "- W tym roku 45%", ...): core.cuts.poll_results drops them.
Guards: a colon in a story's sentence, a generic English word before a colon, a headline ending with a
full stop, a teaser marker with no sentence before it (the line rules' case), a list of results after a
sentence, shares that are not a whole, a question followed by prose."""

from __future__ import annotations

import pytest

from core.text import clean_text

_LEAD = ("Rada Polityki Pieniężnej po raz kolejny pozostawiła stopy procentowe bez zmian, a decyzja była "
         "zgodna z oczekiwaniami ekonomistów.")
_REST = ("Kolejne posiedzenie Rady Polityki Pieniężnej zaplanowano na maj, a analitycy nie oczekują wtedy "
         "zmian.")


@pytest.mark.parametrize(("paragraph", "kept"), [
    ("Ekonomiści zwracają uwagę na dynamikę płac. Czytaj też: Kredyty hipoteczne znów drożeją",
     "Ekonomiści zwracają uwagę na dynamikę płac."),
    ("Kurul, hizmet fiyatlarındaki katılığın sürdüğüne dikkat çekti. Ayrıca okuyun: Dolar nasıl başladı?",
     "Kurul, hizmet fiyatlarındaki katılığın sürdüğüne dikkat çekti."),
    ("次の利上げの判断材料になるとみられている。 あわせて読みたい: 春闘の賃上げ率、中小企業にも広がる",
     "次の利上げの判断材料になるとみられている。"),
    ("एक अर्थशास्त्री ने कहा कि मानसून की स्थिति अहम होगी। यह भी पढ़ें: पेट्रोल-डीजल की नई कीमतें जारी",
     "एक अर्थशास्त्री ने कहा कि मानसून की स्थिति अहम होगी।"),
    ("นักวิเคราะห์มองว่า กนง. อาจลดอัตราดอกเบี้ย หากตัวเลขออกมาต่ำกว่าคาด อ่านเพิ่มเติม: ราคาทองคำวันนี้ปรับขึ้น",
     "นักวิเคราะห์มองว่า กนง. อาจลดอัตราดอกเบี้ย หากตัวเลขออกมาต่ำกว่าคาด"),
    # the headline holds a colon of its own
    ("Ekonomiści zwracają uwagę na dynamikę płac. Czytaj też: Prezes NBP: nie będzie obniżek",
     "Ekonomiści zwracają uwagę na dynamikę płac."),
    ("Il tasso resta al 4 per cento. Leggi anche: Mutui, ecco quanto si risparmia",
     "Il tasso resta al 4 per cento."),
])
def test_a_glued_teaser_goes(paragraph: str, kept: str) -> None:
    assert clean_text(f"{_LEAD}\n{paragraph}\n{_REST}") == f"{_LEAD}\n{kept}\n{_REST}"


@pytest.mark.parametrize("paragraph", [
    "Prezes NBP powiedział dziennikarzom: nie ma przestrzeni do obniżek w tym roku",
    "The turnout was the highest in decades. Also: the count went on until morning in the capital",
    "Ekonomiści zwracają uwagę na dynamikę płac. Czytaj też: raport banku, który ukazał się w piątek.",
    "The board met on Thursday. Its verdict: no change to the rate until the summer at least",
])
def test_a_paragraph_with_a_colon_stays(paragraph: str) -> None:
    assert clean_text(f"{_LEAD}\n{paragraph}\n{_REST}") == f"{_LEAD}\n{paragraph}\n{_REST}"


@pytest.mark.parametrize("poll", [
    ["Kiedy RPP obniży stopy procentowe?", "- W tym roku 45%", "- W 2025 roku 35%", "- Nie wiem 20%"],
    ["日銀の次の利上げはいつだと思いますか？", "- 7月 45%", "- 年内 35%", "- 来年以降 20%"],
    ["Σκοπεύετε να αγοράσετε σπίτι φέτος;", "- Ναι 45%", "- Όχι 35%", "- Ίσως 20%"],
    ["Will the bank cut rates in June?", "Yes 61.5 %", "No 38.5 %"],
])
def test_a_polls_results_go(poll: list[str]) -> None:
    assert clean_text("\n".join([_LEAD, *poll, _REST])) == f"{_LEAD}\n{_REST}"


@pytest.mark.parametrize("lines", [
    # results after a sentence, not a question
    ["The party won the most votes, the electoral commission said on Monday.", "- Labour 45%",
     "- Conservatives 35%", "- Others 20%"],
    # shares that are not a whole
    ["Which sectors grew fastest?", "- Tourism 12%", "- Construction 8%"],
    # a question followed by prose
    ["Why did prices rise?", "Energy costs rose by a fifth in the first quarter, the office said, up 20%"],
])
def test_other_lists_stay(lines: list[str]) -> None:
    text = "\n".join([_LEAD, *lines, _REST])
    assert clean_text(text) == text


def test_a_paragraph_ending_with_its_stop_is_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cost: a paragraph that ends with a full stop holds no glued teaser (its headline ends with none),
    so its colons are not looked at."""
    from core.cuts import glued_teasers

    def searched(line: str) -> str | None:
        raise AssertionError(line)

    monkeypatch.setattr(glued_teasers, "_without_teaser", searched)
    lines = ["Prezes NBP powiedział: nie ma przestrzeni do obniżek.", "総裁は述べた：注意深く見ていく。",
             "मंत्री ने कहा: दरें स्थिर रहेंगी।"]
    words = [line.split() for line in lines]
    assert glued_teasers.without_glued_teasers(lines, words) == (lines, words)
