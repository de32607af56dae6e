"""A post's meta line, its labels with their values side by side (core.junk.furniture.is_post_meta):
two labels or more of a post (author, category, tags, published) in the languages of the news."""

from __future__ import annotations

import re

import pytest

from core.junk import is_junk


def _words(line: str) -> list[str]:
    return re.findall(r"\w+", line)


@pytest.mark.parametrize("line", [
    "05/10/2018 - Publicado por: Ana Lima - Categoria: Saúde - Tags: hospital",
    "Posted by admin | Category: News | Tags: budget, council",
    "Veröffentlicht am: 12.05.2024 · Autor: Max Mustermann · Kategorie: Politik",
    "Publié le : 12 mai 2024 | Catégorie : Politique | Mots-clés : budget",
    "Publicado el: 12 de mayo de 2024 - Categoría: Política - Etiquetas: presupuesto",
    "Pubblicato il: 12 maggio 2024 - Categoria: Politica",
    "Geplaatst door: redactie | Categorie: Politiek",
    "Opublikowano: 12.05.2024 | Kategoria: Polityka | Tagi: budżet",
    "Автор: Иван Петров | Рубрика: Политика | Теги: бюджет",
    "Yazar: Ahmet Yılmaz | Kategori: Gündem",
])
def test_a_post_meta_line_is_junk(line: str) -> None:
    assert is_junk(line, _words(line))


@pytest.mark.parametrize("line", [
    "Datum: 12. Mai, Ort: Berlin, Eintritt frei für alle Besucher der Ausstellung",
    "The category: fiction. The author: unknown, said the librarian who found the manuscript.",
    "Autor: Juli Zeh, Titel: Unterleuten, Verlag: Luchterhand, 640 Seiten, 24 Euro",
    "Kategorie: Die Jury vergab den Preis in der Kategorie Roman an eine Debütantin aus Wien",
])
def test_a_story_line_with_one_label_or_a_sentence_stays(line: str) -> None:
    assert not is_junk(line, _words(line))
