"""The publication stamp's label left alone on its line (core.junk.date_lines.PUBLISHED_LINE, through
core.text.clean_text): trafilatura drops a <time>'s text, so "Publié le : <time>01/12/2026</time>"
reaches the text as "Publié le :". The label with its colon and nothing after it is furniture; a label
opening a sentence stays."""

from __future__ import annotations

import pytest
from helpers import LINE_BODY

from cleaner.extract import extract
from core.text import clean_text

BODY = LINE_BODY


@pytest.mark.parametrize("line", [
    "Publié le :", "Published on:", "Published:", "Veröffentlicht am:", "Publicado el:", "Pubblicato il:",
    "Updated:", "Опубликовано:",
])
def test_the_label_alone_is_junk(line: str) -> None:
    assert clean_text(f"{BODY}\n{line}\n{BODY}") == f"{BODY}\n{BODY}"


@pytest.mark.parametrize("line", [
    "Published: the council's report on the ferry service, with its figures for the winter",
    "Publicado el informe, el consejo votó la ampliación del servicio de ferris",
    "Publié le rapport du conseil sur le service de ferry, les élus ont réagi",
])
def test_a_label_opening_a_sentence_stays(line: str) -> None:
    text = f"{BODY}\n{line}\n{BODY}"
    assert clean_text(text) == text


def test_a_stamp_with_its_time_leaves_no_label_in_the_extract() -> None:
    paragraphs = "".join(f"<p>{BODY} ({n})</p>" for n in range(1, 5))
    page = ("<html lang='fr'><head><title>Conseil</title></head><body><article>"
            "<h1>Le conseil vote le budget</h1>"
            "<p class='dates'><span>Publié le : <time datetime='2026-12-01T17:20:00+00:00'>01/12/2026 - 17:20"
            f"</time></span></p>{paragraphs}</article></body></html>")
    text = extract(page, "https://example.org/fr/2026/12/01/conseil").text
    assert "Publié le" not in text
    assert text.count("Paragraph one") == 4
