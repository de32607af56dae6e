"""The details' line of an old CMS's news module, under the story: uCoz's eDetails ("Просмотров: 214 |
Добавил: admin | Рейтинг: 5.0/1", "Views: 20 | Added by: admin"), DLE's day with its views
("13-11-2025, 10:21 | Просмотров: 512"), the adder beside a day in words, in Russian, Ukrainian,
Kazakh, English, Polish, German, Turkish, Vietnamese, French and Spanish: a post's meta line
(core.junk.furniture.is_post_meta), a count or a day in brackets closing it ("Комментарии (0)").
Guards: a story's line with one such label, a place and a day, a sentence with two labels that ends as
one, one label beside a day with a place."""

from __future__ import annotations

import re

import pytest

from core.junk.verdict import is_junk

DETAILS = [
    "Категория: Новости | Просмотров: 214 | Добавил: admin | Дата: 03.12.2026 | Комментарии (0)",
    "Категория: Походы | Добавил: Иван (03.12.2026)",
    "Просмотров: 33 | Рейтинг: 0.0/0",
    "Переглядів: 120 | Додав: admin | Рейтинг: 5.0/1",
    "Санат: Жаңалықтар | Қаралды: 15 | Қосқан: admin | Күні: 03.12.2026",
    "Views: 20 | Added by: admin | Rating: 4.5/2",
    "Odsłon: 77 | Dodał: admin | Ocena: 5.0/1",
    "Aufrufe: 310 | Hinzugefügt von: admin | Bewertung: 4.0/3",
    "Görüntülenme: 88 | Ekleyen: admin | Değerlendirme: 5.0/1",
    "Lượt xem: 342 | Người đăng: admin | Đánh giá: 5.0/2",
    "Ajouté par: admin | Commentaires: 4",
    "Visitas: 90 | Añadido por: admin | Comentarios: 2",
    "13-11-2025, 10:21 | Просмотров: 512",
    "Views: 12 | 12 May 2025",
    "Добавил: admin | 3 Декабря 2026 | 14:25",
    "Dodał: admin | 3 grudnia 2026 | 14:25",
]
STORY = [
    "Рейтинг: губернатор поднялся на третье место",
    "Ort: Berlin | 12.05.2025",
    "Rating: excellent | the best film of the year",
    "Views: the readers wrote in, and the comments: most agreed with the council.",
    "Просмотров было больше, чем в прошлом году: 214 тысяч",
    "Ort: Berlin | 3 Dezember 2026 | 14:25",
    "Рейтинг: лидеры месяца | 3 Декабря 2026 | Москва и область",
]


def _words(line: str) -> list[str]:
    return re.findall(r"\w+", line)


@pytest.mark.parametrize("line", DETAILS)
def test_details_line_is_junk(line):
    assert is_junk(line, _words(line))


@pytest.mark.parametrize("line", STORY)
def test_story_lines_stay(line):
    assert not is_junk(line, _words(line))
