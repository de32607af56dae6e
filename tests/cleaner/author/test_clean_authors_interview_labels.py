"""Labels before a byline's names that are no name (issue 14): Vietnamese "Bài và ảnh:" (text and
photos), "Bài:" (text), French "Propos recueillis par" (interview collected by). Before, the first
gave "Bài" for the author and the second the whole line."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.author.byline_text import byline_language
from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("language", "text", "names"), [
    ("vi", "Bài và ảnh: Hoàng Long", ["Hoàng Long"]),
    ("vi", "Bài, ảnh: Minh Anh", ["Minh Anh"]),
    ("vi", "Bài: Thu Hà", ["Thu Hà"]),
    ("fr", "Propos recueillis par Claire Bernard", ["Claire Bernard"]),
    ("fr", "Entretien réalisé par Paul Petit et Marie Martin", ["Paul Petit", "Marie Martin"]),
    # guards: a name that holds such a word, a label with no colon, a French "par" alone
    ("vi", "Bùi Bài", ["Bùi Bài"]),
    ("fr", "Par Claire Bernard", ["Claire Bernard"]),
    ("en", "By Jane Doe", ["Jane Doe"]),
])
def test_labels_before_names(language: str, text: str, names: list[str]) -> None:
    with byline_language(language):
        assert byline_names(text) == names


def test_vietnamese_text_and_photos_byline_on_a_page() -> None:
    page = byline_page('<div class="author"><span class="name">Bài và ảnh: Hoàng Long</span></div>')
    assert extract(page).authors == ["Hoàng Long"]
