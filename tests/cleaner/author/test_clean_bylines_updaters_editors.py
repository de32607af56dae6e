"""Names beside a byline that are not its authors (issue 14): who updated or reviewed the story ("By A |
Updated Dec 3, 2024 by B", "Mis à jour par B", "Aktualisiert von B"), the editor labelled in more
languages (Estonian "Toimetaja:", Turkish "Editör:", Croatian "Urednica:", Greek "Επιμέλεια:"; the
editor is the author only where no one else is named), and an author box's sentence on the person
("About John Smith; John writes about city hall.": no name)."""

from __future__ import annotations

import pytest

from cleaner.author.bylines import byline_names
from cleaner.extract import extract


@pytest.mark.parametrize(("byline", "names"), [
    ("By Sam Wu | Updated Dec 3, 2024 by Kim Lee", ["Sam Wu"]),
    ("By Sam Wu; Last updated by Kim Lee", ["Sam Wu"]),
    ("Par Jean Dupont, mis à jour par Marie Curie", ["Jean Dupont"]),
    ("Von Anna Schmidt | Aktualisiert am 3. Dezember von Hans Müller", ["Anna Schmidt"]),
    ("Por Juan Pérez | Actualizado por María López", ["Juan Pérez"]),
    ("Mari Tamm; Toimetaja: Kadri Kask", ["Mari Tamm"]),
    ("Yazar: Mehmet Demir; Editör: Ayşe Kaya", ["Mehmet Demir"]),
    ("Piše: Ivana Horvat; Urednica: Ana Kovač", ["Ivana Horvat"]),
    ("Γιώργος Παπαδόπουλος; Επιμέλεια: Ελένη Γεωργίου", ["Γιώργος Παπαδόπουλος"]),
    ("About John Smith; John writes about city hall.", []),
    # guards: an editor alone is the author; a name with particles and a full stop; a role after
    # the name; "Updated" as a name's word with no "by"; a name alone
    ("Toimetaja: Kadri Kask", ["Kadri Kask"]),
    ("Editör: Ayşe Kaya", ["Ayşe Kaya"]),
    ("By Juan de la Cruz y María López.", ["Juan de la Cruz", "María López"]),
    ("Por Juan Pérez, corresponsal en Bogotá.", ["Juan Pérez"]),
    ("By Jane Doe, updated", ["Jane Doe"]),
    ("Jane Doe.", ["Jane Doe"]),
])
def test_byline_updaters_and_editors(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


_TEXT = "The committee met for the third time this month to review the proposals of the offices. " * 3


def _page(head: str, byline: str, foot: str) -> str:
    body = "".join(f"<p>{_TEXT}</p>" for _ in range(4))
    return (f"<html lang='en'><head><meta charset='utf-8'><title>Committee reviews proposals</title>{head}"
            f"</head><body><article><h1>Committee reviews proposals</h1>{byline}{body}{foot}</article>"
            "</body></html>")


@pytest.mark.parametrize(("head", "byline", "foot", "names"), [
    # the author box under the story: its name, not its sentence
    ('<meta property="article:author" content="https://example-news.com/author/john-smith/">', "",
     '<div class="author-bio"><h4>About John Smith</h4><p>John writes about city hall.</p></div>',
     ["John Smith"]),
    ("", '<div class="byline">By Sam Wu<span class="updated"> | Updated Dec 3, 2024 by Kim Lee</span></div>',
     "", ["Sam Wu"]),
    # guard: the byline alone
    ("", '<div class="byline">By Sam Wu</div>', "", ["Sam Wu"]),
])
def test_pages_updaters_and_author_boxes(head: str, byline: str, foot: str, names: list[str]) -> None:
    assert extract(_page(head, byline, foot)).authors == names
