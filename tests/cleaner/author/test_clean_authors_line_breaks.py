"""A ``<br>`` in a byline after the name parts it from what follows (issue 14): a job title, a
beat, the dateline ("Por Juan Pérez<br>Madrid, 12 abr (EFE)" read "Juan Pérez Madrid"); the job
titles a byline gives after the name ("Chief Political Analyst", Turkish "İstanbul Muhabiri", a
beat after "Senior Editor, ", "— Staff Reporter"), a weekday's abbreviation before the day, a
credential with dots ("M.D.") and a copyright line under the credits are no names."""

from __future__ import annotations

import pytest
from helpers import byline_page

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("markup", "names"), [
    ('<p class="autor">Por <strong>Juan Pérez</strong><br>Madrid, 12 abr (EFE)</p>', ["Juan Pérez", "EFE"]),
    ('<div class="byline">Ahmet Yılmaz<br>İstanbul Muhabiri</div>', ["Ahmet Yılmaz"]),
    ('<div class="byline">Jane Doe<br>Chief Political Analyst</div>', ["Jane Doe"]),
    ('<div class="byline">Jane Doe<br>Senior Editor, Politics</div>', ["Jane Doe"]),
    ("<p>Pewarta: Budi Santoso<br>Editor: Rina Wulandari<br>COPYRIGHT © ANTARA 2024</p>", ["Budi Santoso"]),
    # guards: a "by" alone before the break; the outlet after it; a person after it
    ('<p class="byline">By<br>Jane Doe</p>', ["Jane Doe"]),
    ('<div class="byline">Jane Doe<br>The Chronicle</div>', ["Jane Doe", "The Chronicle"]),
    ('<div class="byline">Jane Doe<br>Staff Writer<br>April 12, 2024</div>', ["Jane Doe"]),
])
def test_a_line_break_parts_the_name(markup: str, names: list[str]) -> None:
    assert extract(byline_page(markup)).authors == names


@pytest.mark.parametrize(("text", "names"), [
    ("Jane Doe; Senior Editor, Politics", ["Jane Doe"]),
    ("Jane Doe, CNN Chief Political Analyst", ["Jane Doe"]),
    ("Anna Schmidt; Politik-Redakteurin", ["Anna Schmidt"]),
    ("Budi Santoso; © Antara", ["Budi Santoso"]),
    # a weekday's abbreviation before the day, a credential with dots, a title after a dash
    ("Jane Doe Tue 12 Apr 2024 14.46 BST", ["Jane Doe"]),
    ("By Jane Doe, M.D.", ["Jane Doe"]),
    ("Jane Doe — Staff Reporter", ["Jane Doe"]),
    ("Maria Silva Repórter", ["Maria Silva"]),
    # guards: two names; a name of a weekday's letters
    ("Jane Doe and John Smith", ["Jane Doe", "John Smith"]),
    ("Sat Sun Lee", ["Sat Sun Lee"]),
])
def test_roles_after_the_name(text: str, names: list[str]) -> None:
    assert byline_names(text) == names
