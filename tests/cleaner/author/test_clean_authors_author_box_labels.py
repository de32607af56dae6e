"""An Azerbaijani or Uzbek author box's label before the name with no colon ("<span>Müəllif</span> <a>Tural
Əliyev</a>", "Muallif Dilshod Karimov"): the label was read as the name's first word ('Müəllif Tural
Əliyev'), as it was not Russian "Автор" (taken without its colon) but only with a colon
(``by_words.BY_PREFIX``). Guards: the labels with their colon and Russian "Автор" (read before), a name
alone."""

from __future__ import annotations

import pytest

from cleaner.author.bylines import byline_names
from cleaner.extract import extract

_AZ = ("Azərbaycanda kritik informasiya infrastrukturunun qorunması haqqında yeni qanun layihəsi hazırlanıb. "
       "Layihəyə əsasən, operatorlar kiberinsidentlər barədə 24 saat ərzində məlumat verməyə borclu olacaq.")


@pytest.mark.parametrize(("byline", "names"), [
    ("Müəllif Tural Əliyev", ["Tural Əliyev"]),
    ("MÜƏLLİF Tural Əliyev", ["Tural Əliyev"]),
    ("Muallif Dilshod Karimov", ["Dilshod Karimov"]),
    # guards: read before
    ("Müəllif: Tural Əliyev", ["Tural Əliyev"]),
    ("Muallif: Dilshod Karimov", ["Dilshod Karimov"]),
    ("Автор Иван Петров", ["Иван Петров"]),
    ("Tural Əliyev", ["Tural Əliyev"]),
])
def test_the_label_is_no_name(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


def test_an_author_box_under_the_story() -> None:
    html = ("<html lang='az'><head><meta charset='utf-8'><title>Qanun layihəsi hazırlanıb | Xəbər Saytı"
            "</title></head><body><article><h1>Qanun layihəsi hazırlanıb</h1><div class='news-date'>02 "
            f"dekabr, 2026 14:05</div><div class='news-text'><p>{_AZ}</p><p>{_AZ}</p><p>{_AZ}</p></div>"
            "<div class='author-info'><span>Müəllif</span> <a href='/muellif/tural-aliyev'>Tural Əliyev</a>"
            "</div></article></body></html>")
    assert extract(html, "https://example.az/ikt/qanun-layihesi/").authors == ["Tural Əliyev"]
