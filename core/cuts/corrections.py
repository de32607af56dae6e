"""A correction's or an editor's note at the story's end ("Correction: An earlier version of this article
misstated ...", "Korrektur: ...", "Rectificatif : ...", "Поправка: ..."): the story's text, which the
cuts of what follows the story (a tail marker, a reader-support appeal run to the end) must not take
with them when the note stands after the box they cut at.

Cheap: a line's lowered opening looked up among the labels (``str.startswith``), then its shape: a
sentence of ``_MIN_WORDS`` words or more after the label, closed as a sentence is.
"""

from __future__ import annotations

from core.junk import TERMINAL

# The label, lowered, with its colon (a space before it in French).
_LABELS = tuple(f"{label}{colon}" for label in (
    "correction", "corrections", "clarification", "editor's note", "editor’s note", "editors' note",
    "korrektur", "berichtigung", "anmerkung der redaktion", "rectificatif", "erratum", "précision",
    "note de la rédaction", "corrección", "fe de errores", "fe de erratas", "nota de la redacción",
    "correção", "errata", "nota da redação", "rettifica", "nota della redazione", "поправка", "уточнение",
    "примечание редакции", "виправлення", "уточнення", "sprostowanie", "korekta", "düzeltme", "tashih",
    "koreksi", "ralat", "đính chính", "تصحيح", "اصلاحیه", "सुधार", "更正", "訂正", "정정",
) for colon in (":", " :", "："))
_MIN_WORDS = 6
_MIN_CHARS = 15  # Chinese and Japanese, no spaces


def is_correction(line: str, word_count: int) -> bool:
    """``line`` is a correction's or an editor's note (see above)."""
    return (word_count >= _MIN_WORDS or (len(line) >= _MIN_CHARS and not line.isascii())) \
        and line[:40].lower().startswith(_LABELS) and TERMINAL.search(line) is not None
