"""Comment counters and tag lists left in the body where the junk rules did not know their form or
language (issue 14): the counter after its label with no brackets ("Коментарі: 9", "Пікірлер: 3", "댓글 37",
"コメント 24件", "ความคิดเห็น 5"), the Czech "Diskuse (18)", the Hindi "टिप्पणियां (14)", the Hebrew "11
תגובות"; tag lists labelled in Czech, Greek, Hebrew, Azerbaijani, Ukrainian ("Témata: ČNB, úrokové
sazby", "Ετικέτες: ακίνητα, τιμές", "תגיות: בנק ישראל, ריבית", "Teqlər: Mərkəzi Bank", "Мітки: НБУ").
Guards: the audio player's length as before, the same words in a story's sentence, a count in a
sentence."""

from __future__ import annotations

import pytest

from core.junk.prompts import is_prompt
from core.text import clean_text

_LEAD = ("Die Regierung hat am Montag ein neues Gesetz vorgestellt, das die Mietpreise in Großstädten "
         "begrenzen soll und ab Januar gilt.")
_REST = ("Kritiker sagen, das Gesetz gehe nicht weit genug, und fordern strengere Regeln für Vermieter in "
         "allen Bundesländern.")


@pytest.mark.parametrize("line", [
    # the comments' counter after its label, no brackets
    "Коментарі: 9", "Пікірлер: 3", "Şərhlər: 6", "댓글 37", "コメント 24件", "ความคิดเห็น 5", "Comments: 12",
    # labels of comments not known before
    "Diskuse (18)", "Diskuze", "टिप्पणियां (14)", "11 תגובות",
    # tag lists
    "Témata: ČNB, úrokové sazby, inflace", "Ετικέτες: ακίνητα, τιμές, στέγαση", "ΕΤΙΚΕΤΕΣ: ακίνητα",
    "תגיות: בנק ישראל, ריבית, אינפלציה", "Teqlər: Mərkəzi Bank, uçot dərəcəsi", "Мітки: НБУ, інфляція",
])
def test_line_goes(line: str) -> None:
    assert clean_text(f"{_LEAD}\n{line}\n{_REST}") == f"{_LEAD}\n{_REST}"


@pytest.mark.parametrize("line", [
    # the audio player's label with its length: read as before (goes), not as a counter
    "Слушать новость 2 мин",
])
def test_players_length_goes_as_before(line: str) -> None:
    assert clean_text(f"{_LEAD}\n{line}\n{_REST}") == f"{_LEAD}\n{_REST}"


@pytest.mark.parametrize("line", [
    "Diskuse o rozpočtu pokračovala ve sněmovně až do pozdních nočních hodin, uvedla mluvčí.",
    "Коментарі 9 експертів, опитаних агентством, збіглися: ставку знизять у червні.",
    "Témata jako inflace a úrokové sazby budou hlavním bodem jednání vlády ve čtvrtek.",
    "Ετικέτες προϊόντων με τιμές θα είναι υποχρεωτικές από τον Ιούνιο, ανακοίνωσε το υπουργείο.",
    "ในการประชุมครั้งนี้มีความคิดเห็น 5 ข้อจากผู้แทนภาคเอกชนที่ได้รับการบันทึกไว้",
    "Nach 18 Diskussionen schloss die Redaktion das Forum.",
])
def test_sentence_stays(line: str) -> None:
    assert clean_text(f"{_LEAD}\n{line}\n{_REST}") == f"{_LEAD}\n{line}\n{_REST}"


def test_greek_labels_in_capitals_are_searched() -> None:
    """The cheap look finds the label whatever its case (the hint holds no final sigma)."""
    assert is_prompt("ΕΤΙΚΕΤΕΣ: ακίνητα") and is_prompt("Ετικέτες: τιμές")
