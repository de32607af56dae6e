"""A template's information line under the headline whose labelled piece is the author's (issue 14):
"Objavljeno: 12.04.2024. u 14:46 | Autor: Marko Marić", "12.04.2024 • Yazar: Ahmet Yılmaz", "Datum:
12. 4. 2024 | Autor: Jan Novák | Foto: ČTK", as Croatian, Turkish, Czech and Polish CMSs print it in
one element of plain text (it named no one: the line opens with the date's label, not a byline's).
A photo's credit or a sentence after the label names no one. Lines built from such templates, not
copied from any page."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_BODY

from cleaner.author.credit_lines import info_line_names
from cleaner.extract import extract

BODY = COUNCIL_BODY


def _page(line: str) -> str:
    return ("<html><head><title>Council passes the budget</title></head><body><article>"
            f"<h1>Council passes the budget</h1>{line}{BODY}</article></body></html>")


@pytest.mark.parametrize(("line", "names"), [
    ('<div class="meta">Objavljeno: 12.04.2024. u 14:46 | Autor: Marko Marić</div>', ["Marko Marić"]),
    ('<p class="info">12.04.2024 • Yazar: Ahmet Yılmaz</p>', ["Ahmet Yılmaz"]),
    ('<div class="meta">Datum: 12. 4. 2024 | Autor: Jan Novák | Foto: ČTK</div>', ["Jan Novák"]),
    ('<div class="meta">Opublikowano: 12.04.2024 | Autor: Jan Kowalski i Anna Nowak</div>',
     ["Jan Kowalski", "Anna Nowak"]),
])
def test_the_labelled_author_of_an_information_line(line: str, names: list[str]) -> None:
    assert extract(_page(line)).authors == names


@pytest.mark.parametrize("text", [
    "12.04.2024 | Foto: Jan Novák",  # a photographer
    "12.04.2024 | Autor: der Leser fragt nach",  # a sentence after the label
    "Autor: Jan Novák",  # one piece: a byline, read as one elsewhere
])
def test_no_names_from_other_pieces(text: str) -> None:
    assert info_line_names(text) == []
