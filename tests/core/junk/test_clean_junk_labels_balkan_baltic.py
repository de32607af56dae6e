"""Share, comments and picture labels alone on a line in Serbo-Croatian, Slovenian, Bulgarian, Slovak and
the Baltic languages stayed in the text (issue 14): "Podijeli", "Deli", "Dalīties", "Jaga", "Dalintis",
"Komentari (5)", "Komentāri", "Kommentaarid (3)", "Ilustračné foto", "Ilustrativna fotografija",
"Илюстративна снимка" (labels.LABELS had none of these languages but Czech and Slovak's articles'
share labels). Guards: sentences that open with the words."""

from __future__ import annotations

import pytest

from core.text import clean_text

_BEFORE = "The council approved the new budget for the coming year after a long debate in the city hall."
_AFTER = "Opposition members argued that the spending on roads and schools was too low for the city."


@pytest.mark.parametrize("line", [
    "Podijeli", "Podijeli članak", "Подели", "Deli", "Dalīties", "Jaga", "Dalintis",
    "Komentari (5)", "Komentari", "Коментари", "Komentarji", "Komentāri", "Kommentaarid (3)", "Komentarai",
    "Ilustračné foto", "Ilustrativna fotografija", "Илюстративна снимка", "Simbolična fotografija",
])
def test_the_label_goes(line: str) -> None:
    assert line not in clean_text(f"{_BEFORE}\n{line}\n{_AFTER}")


@pytest.mark.parametrize("line", [
    "Komentari su isključeni za ovaj članak, rekao je urednik.",
    "Deli mesta so zaprti do ponedeljka zaradi del na cesti.",
    "Ilustrativna fotografija je izazvala brojne reakcije čitatelja.",
])
def test_sentences_stay(line: str) -> None:
    assert line in clean_text(f"{_BEFORE}\n{line}\n{_AFTER}")
