"""Indonesian and Vietnamese "as of" stamps without a label (issue 14), each alone on its line:
"Per tanggal 12 April 2024 pukul 14.00 WIB" (nine words as the text counts them: its time's two
numbers), "Tính đến 14h ngày 12/4". A sentence that goes on after the stamp is prose
(core.junk.short_prompts)."""

from __future__ import annotations

import pytest
from helpers import LINE_BODY

from core.text import clean_text

BODY = LINE_BODY

JUNK = [
    "Per tanggal 12 April 2024 pukul 14.00 WIB",
    "Per tanggal 12 April 2024",
    "Tính đến 14h ngày 12/4",
    "Tính đến 14h30 ngày 12/4/2024.",
    "Tính đến 14 giờ ngày 12/4",
    "Tính đến ngày 12/4/2024",
    "Tính đến 14:00",
    "Tính đến 14h",
]

PROSE = [
    "Per tanggal 12 April 2024 pukul 14.00 WIB, jumlah korban mencapai 30 orang.",
    "Per tanggal 12 April 2024 harga beras naik.",
    "Per tanggal 12 April 2024 pukul 14.00 WIB tercatat 30 korban luka dan 2 korban jiwa di desa itu.",
    "Tính đến 14h ngày 12/4, đã có 30 người bị thương.",
    "Tính đến nay đã có 30 người bị thương.",
    "Tính đến ngày 12/4 có 30 ca mắc mới.",
    "Tính đến 14h, 30 người bị thương.",
]


@pytest.mark.parametrize("line", JUNK)
def test_the_stamp_is_junk(line: str) -> None:
    assert clean_text(f"{BODY}\n{line}\n{BODY}") == f"{BODY}\n{BODY}"


@pytest.mark.parametrize("line", PROSE)
def test_a_sentence_that_goes_on_stays(line: str) -> None:
    text = f"{BODY}\n{line}\n{BODY}"
    assert clean_text(text) == text
