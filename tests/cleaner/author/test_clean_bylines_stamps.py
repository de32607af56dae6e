"""What a byline's line holds beside its names, in more of the forms templates write (issue 14): a
day after a bullet operator or a pipe ("Jane Doe ∙ 3 min read ∙ Apr 12, 2024": 'Apr' was a second
author), a time stamp's label before its day ("Giriş: 12.04.2024 14:46"), an Indonesian credit line
without colons ("Penulis A | Editor B"), a Turkish reporter's block (class "muhabir") and a city in
Hindi after the name."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("byline", "names"), [
    ("Jane Doe ∙ 3 min read ∙ Apr 12, 2024", ["Jane Doe"]),
    ("Jane Doe • Apr 12, 2024", ["Jane Doe"]),
    ("Jane Doe | Sept. 4, 2024", ["Jane Doe"]),
    ("Jane Doe ⋅ Updated 3 hours ago", ["Jane Doe"]),
    ("Giriş: 12.04.2024 14:46 | Güncelleme: 12.04.2024 15:00", []),
    ("Ahmet Yılmaz | Güncelleme: 12.04.2024 15:00", ["Ahmet Yılmaz"]),
    ("Penulis Budi Santoso | Editor Ani Wijaya", ["Budi Santoso"]),
    ("कुमार शर्मा | नई दिल्ली", ["कुमार शर्मा"]),
])
def test_what_stands_beside_the_names(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("Jane Doe, Mayo Smith", ["Jane Doe", "Mayo Smith"]),  # a name that opens like a month
    ("Jane Doe | Editor: Mark Potter", ["Jane Doe"]),
    ("Editor Ani Wijaya", ["Ani Wijaya"]),  # the editor alone is the one named
    ("Penulis buku ini", ["Penulis buku ini"]),  # no name after the word: not read as its label
])
def test_guards(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


@pytest.mark.parametrize(("markup", "names"), [
    ('<div class="byline">Jane Doe ∙ 3 min read ∙ Apr 12, 2024</div>', ["Jane Doe"]),
    ('<p class="author">Giriş: 12.04.2024 14:46 | Güncelleme: 12.04.2024 15:00</p>'
     '<p class="author">Ahmet Yılmaz</p>', ["Ahmet Yılmaz"]),
    ('<div class="read__credit">Penulis Budi Santoso | Editor Ani Wijaya</div>', ["Budi Santoso"]),
    ('<div class="muhabir">Ahmet Yılmaz</div>', ["Ahmet Yılmaz"]),
    ('<div class="author">कुमार शर्मा | नई दिल्ली</div>', ["कुमार शर्मा"]),
])
def test_page_bylines(markup: str, names: list[str]) -> None:
    assert extract(byline_page(markup)).authors == names


@pytest.mark.parametrize(("byline", "names"), [
    ("Jane Doe il y a 3 heures", ["Jane Doe"]),  # was 'Jane Doe il' and 'A' ('y', 'a' read as "and")
    ("Jane Doe hace 2 horas", ["Jane Doe"]),
    ("Jane Doe vor 3 Stunden", ["Jane Doe"]),
    ("Mario Rossi 3 ore fa", ["Mario Rossi"]),
    ("Ana Ruiz y Juan Pérez", ["Ana Ruiz", "Juan Pérez"]),  # guard
])
def test_a_time_ago_after_the_name(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names
