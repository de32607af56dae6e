"""A live blog's pinned entry carries its label inline in its first paragraph (<p><span class="pin">Pinned
</span>The minister said...): trafilatura glued the two ("PinnedUpdate 0: crews..."), and the junk rules,
which drop the label as a line of its own, did not see it. The label is cut where a capital letter or a
digit follows it with no space (cleaner.body.pinned); a sentence that opens with the word stays."""

from __future__ import annotations

import pytest
from helpers import STORM_LEAD as LEAD
from helpers import live_entry, news_page

from cleaner.body.pinned import without_pinned_labels
from cleaner.extract import extract


def _entry(n: int, first: str = "") -> str:
    lines = live_entry(n)
    return f"<article class='entry'><p>{first}{lines[0]}</p><p>{lines[1]}</p><p>{lines[2]}</p></article>"


@pytest.mark.parametrize("label", ["<span class='pin'>Pinned</span>", "<strong>Pinned</strong>",
                                   "<span class='badge'><svg><path d='M0'/></svg>Pinned post</span>",
                                   "<span>Épinglé</span>", "<b>Angeheftet</b>", "<span>Fijado</span>",
                                   "<span>Закреплено</span>"])
def test_a_label_glued_to_an_entrys_first_line_is_cut(label: str) -> None:
    page = news_page(f"<main><h1>Storm live</h1>{LEAD}{_entry(0, label)}"
                     + "".join(_entry(n) for n in range(1, 8)) + "</main>")
    text = extract(page).text
    first = next(line for line in text.split("\n") if "Update 0: crews" in line)
    assert first.startswith("Update 0: crews in the northern districts"), first
    assert "120 km/h and heavy rain" in text and "Update 7, last:" in text


@pytest.mark.parametrize(("line", "expected"), [
    ("PinnedThe minister said the roads would reopen.", "The minister said the roads would reopen."),
    ("Pinned10:42 The minister said so.", "10:42 The minister said so."),
    ("ÉpingléLe ministre a parlé.", "Le ministre a parlé."),
    # Guards: the word in a sentence, a label alone (the junk rules' to judge), a word that goes on.
    ("Pinned down by fire, the soldiers waited.", None),
    ("Pinned to the wall was a map of the district.", None),
    ("Pinned", None),
    ("Pinned The", None),
    ("Fijadores y tintes", None),
    ("The post was Pinned\nPinnedown", None),
])
def test_only_the_glued_label_goes(line: str, expected: str | None) -> None:
    assert without_pinned_labels(line) == (expected if expected is not None else line)
