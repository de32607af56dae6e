"""Polish "Opracowanie:" (compiled by) as a byline's label (issue 14): "Opracowanie: PAP" in a block
whose class names no author went unread (the story was the outlet's); the label is read as "Autor:" is,
with its colon only."""

from __future__ import annotations

import pytest

from cleaner.extract import extract

_TEXT = ("Ministerstwo Spraw Zagranicznych zorganizowało w środę spotkanie poświęcone międzynarodowej "
         "współpracy w dziedzinie cyberbezpieczeństwa, w którym wzięli udział przedstawiciele wielu państw.")


def _page(meta: str) -> str:
    return ("<html lang='pl'><head><meta charset='utf-8'><title>Tytuł - Portal</title>"
            "<meta property='og:site_name' content='Portal'></head><body><header><a href='/'>Portal</a>"
            "</header>"
            f"<article><h1>Spotkanie o cyberbezpieczeństwie</h1><div class='source'>{meta}</div>"
            "<div class='share-bar'><a href='#'>Facebook</a></div><div class='article-body'>"
            f"<p>{_TEXT}</p><p>{_TEXT}</p><p>{_TEXT}</p></div></article><footer><p>© 2024 Portal</p></footer>"
            "</body></html>")


@pytest.mark.parametrize(("meta", "names"), [
    ("Opracowanie: PAP", ["PAP"]),
    ("Opracowanie: Anna Nowak", ["Anna Nowak"]),
    # guards: a sentence that opens with the word, no colon; the label "Autor:" as before
    ("Opracowanie nowej strategii trwa", ["Portal"]),
    ("Autor: Jan Kowalski", ["Jan Kowalski"]),
])
def test_compiled_by(meta: str, names: list[str]) -> None:
    assert extract(_page(meta)).authors == names
