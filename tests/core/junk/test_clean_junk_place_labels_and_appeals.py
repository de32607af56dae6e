"""Two kinds of junk line left in other languages (issue 14). A release's place under its label alone on
its line, beside its date ("Ort: Bonn", "Lieu : Paris", "Location: Geneva", "Место: Москва"), stayed in
the text (the day's line under its label went already: core.junk.date_lines); core.junk.furniture
is_place_label. And paywall, membership and donation appeals the lists lacked (core.junk.appeals): German
"Jetzt Abo abschließen und weiterlesen", "Werden Sie Mitglied", Portuguese "Seja assinante e tenha acesso
ilimitado", Polish, Russian, Turkish, Indonesian, Vietnamese, Spanish. Guards: a sentence opening with
the label or the phrase, a line of a day and a place, a lower-case value."""

from __future__ import annotations

import pytest

from core.text import clean_text

_BEFORE = ("Der Stadtrat hat den Haushalt für das kommende Jahr nach einer langen Debatte am Dienstag "
           "beschlossen.")
_AFTER = ("Die Opposition kritisierte, dass die Ausgaben für Straßen und Schulen angesichts der Kosten zu "
          "niedrig seien.")


def _cleaned(line: str) -> str:
    return clean_text(f"{_BEFORE}\n{line}\n{_AFTER}")


@pytest.mark.parametrize("line", [
    "Ort: Bonn", "Ort: Berlin, Bundespressekonferenz", "Lieu : Paris", "Location: Geneva",
    "Lugar: Madrid, Palacio de la Moncloa", "Место: Москва", "Yer: İstanbul", "Địa điểm: Hà Nội",
])
def test_a_place_under_its_label_goes(line: str) -> None:
    assert line not in _cleaned(line)


@pytest.mark.parametrize("line", [
    "Jetzt Abo abschließen und weiterlesen", "Werden Sie Mitglied", "Jetzt Mitglied werden!",
    "Seja assinante e tenha acesso ilimitado", "Przeczytaj cały artykuł z subskrypcją",
    "Станьте нашим подписчиком", "Okumaya devam etmek için abone olun",
    "Baca selengkapnya dengan berlangganan", "Ayo dukung jurnalisme independen", "Đăng ký để đọc tiếp",
    "Ủng hộ báo", "Dona ahora y apoya el periodismo independiente",
])
def test_an_appeal_goes(line: str) -> None:
    assert line not in _cleaned(line)


@pytest.mark.parametrize("line", [
    "Location: the old town hall was chosen because it was the cheapest venue.",
    "Ort: Bonn. Die Ministerin sagte, dass die Mittel im Mai fließen sollen.",
    "Datum: 12. Mai, Ort: Berlin",
    "Location: unknown",
    "Werden Sie Mitglied im Verein, rief der Bürgermeister den Zuhörern am Ende seiner Rede zu.",
    "Dona ahora mismo su sueldo a la fundación, contó el vecino, que vive en el barrio desde hace años.",
])
def test_sentences_and_other_lines_stay(line: str) -> None:
    assert line in _cleaned(line)
