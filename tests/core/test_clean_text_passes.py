"""core.text.clean_text runs its passes to a fixed point: one pass where the text is already clean
(it would return the same again), more where a pass changes it."""

from __future__ import annotations

import pytest

import core.text as text_module
from core.text import clean_text

CLEAN = ("The council voted on Tuesday to extend the opening hours of the central library.\n"
         "Students and parents had asked for it for a year, the mayor said after the vote.")


def _passes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    once = text_module._clean_once

    def counting(text: str, kept: set[str], words_of: dict[str, list[str]]) -> str:
        seen.append(text)
        return once(text, kept, words_of)

    monkeypatch.setattr(text_module, "_clean_once", counting)
    return seen


def test_a_clean_text_takes_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _passes(monkeypatch)
    assert clean_text(CLEAN) == CLEAN
    assert len(seen) == 1


def test_a_changed_text_is_passed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _passes(monkeypatch)
    messy = CLEAN.replace("central  library", "central library").replace(" the central", "  the central")
    assert clean_text(messy) == CLEAN
    assert len(seen) == 2  # the second pass confirms the first's answer


@pytest.mark.parametrize("text", ["", None, "Share this\n" + CLEAN, CLEAN + "\n\nRead more:\nLink one"])
def test_answers_are_a_fixed_point(text: str | None) -> None:
    once = clean_text(text)
    assert clean_text(once) == once


def test_lines_of_the_last_text_are_not_judged_again(monkeypatch: pytest.MonkeyPatch) -> None:
    # The body cleaned again without its headline (cleaner.body.opening): every line was kept by the
    # line rules a moment ago, and a verdict is the line's own.
    headline = "Library hours extended after a year of petitions"
    first = clean_text(headline + "\n" + CLEAN)
    assert first == headline + "\n" + CLEAN
    monkeypatch.setattr(text_module, "is_junk", lambda line, words: pytest.fail(f"judged again: {line}"))
    assert clean_text(CLEAN) == CLEAN


def test_a_new_line_is_judged_and_the_answer_is_the_same() -> None:
    # Guards: a line the last text did not hold is judged (junk goes), in English, German and Spanish;
    # the answer is the one a fresh start gives.
    texts = [CLEAN,
             "Der Stadtrat hat am Dienstag die Öffnungszeiten der Bibliothek verlängert, nach einem Jahr "
             "voller Petitionen.\nTeilen Sie diesen Artikel\n" + CLEAN,
             "El ayuntamiento amplió el horario de la biblioteca central tras un año de peticiones de los "
             "vecinos.\nShare this\n" + CLEAN]
    remembered = [clean_text(text) for text in texts]
    fresh = []
    for text in texts:
        text_module._last_kept = (frozenset(), {})
        fresh.append(clean_text(text))
    assert remembered == fresh
    assert "Share this" not in remembered[2] and remembered[2].endswith(CLEAN)
