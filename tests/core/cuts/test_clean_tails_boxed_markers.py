"""A teaser box inside the body whose label is a marker alone in brackets, then its headlines on lines of
their own ("[Zobacz także]", "[관련기사]", "【関連記事】", "[Berita Terkait]", as a body set with <br>s
writes it) stayed: drop_teasers read a marker without brackets only, and one headline after it. A
boxed marker (a "read also" or a related box's words, core.cuts.tails) now goes with up to three
headlines after it, a headline ending with a question mark too. The Ukrainian "Інші новини" and the
Kazakh "Тақырып бойынша" join the related boxes' words. Guards: a bracketed label that is no marker, a
sentence after the boxed marker, a marker without brackets (one headline after it, as before)."""

from __future__ import annotations

import pytest

from core.text import clean_text

_A = ("Rada Polityki Pieniężnej po raz kolejny pozostawiła stopy procentowe bez zmian, a decyzja była "
      "zgodna z oczekiwaniami.")
_B = "Kolejne posiedzenie Rady Polityki Pieniężnej zaplanowano na maj, a analitycy nie oczekują wtedy zmian."


@pytest.mark.parametrize(("marker", "headlines"), [
    ("[Zobacz także]", ["Inflacja w marcu. GUS podał nowe dane", "Kredyty hipoteczne znów drożeją"]),
    ("[관련기사]", ["원·달러 환율 1370원 돌파", "3월 소비자물가 3.1% 상승"]),
    ("【関連記事】", ["円相場、34年ぶり安値を更新", "春闘の賃上げ率、中小企業にも広がる", "日銀総裁が会見"]),
    ("[Berita Terkait]", ["Rupiah Melemah, Ini Kata Menteri Keuangan", "Harga Emas Antam Hari Ini Naik"]),
    ("[İlgili Haberler]", ["Dolar güne nasıl başladı?", "Mart ayı enflasyon rakamları açıklandı"]),
    ("[Інші новини]", ["Курс долара: що буде з гривнею у травні", "Інфляція в Україні сповільнилася"]),
    ("[Тақырып бойынша]", ["Теңге бағамы: доллар арзандады", "Инфляция наурызда баяулады"]),
])
def test_a_boxed_marker_goes_with_its_headlines(marker: str, headlines: list[str]) -> None:
    assert clean_text("\n".join([_A, _A, marker, *headlines, _B, _B, _B])) == "\n".join([_A, _A, _B, _B, _B])


@pytest.mark.parametrize("lines", [
    # a bracketed label that is no marker
    ["[Aktualizacja]", "Prezes NBP odwołał konferencję", "Rada zbierze się ponownie w maju"],
    # a sentence after the boxed marker stays
    ["[Zobacz także]", "Rada zbierze się ponownie w maju, a decyzja zapadnie po publikacji danych."],
])
def test_other_lines_stay(lines: list[str]) -> None:
    cleaned = clean_text("\n".join([_A, _A, *lines, _B, _B, _B])).split("\n")
    assert all(line in cleaned for line in lines[1:])


def test_a_marker_without_brackets_takes_one_headline_as_before() -> None:
    text = "\n".join([_A, _A, "Zobacz także:", "Inflacja w marcu", "Kredyty hipoteczne znów drożeją",
                      _B, _B, _B])
    assert clean_text(text) == "\n".join([_A, _A, "Kredyty hipoteczne znów drożeją", _B, _B, _B])
