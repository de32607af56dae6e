"""A live blog's buttons and labels, each a whole line of the text: "Load more updates", "Show 12 new
posts", "Pinned" (core.junk.short_prompts, through core.text.clean_text). A sentence that opens with the
same words stays, and so does a live blog's "Key points" list above its entries."""

from __future__ import annotations

import re

import pytest
from helpers import LINE_BODY, live_entry, news_page

from cleaner.extract import extract
from core.text import clean_text

JUNK = ["Load more updates", "Show 12 new posts", "See older entries", "View all updates", "3 new updates",
        "Pinned", "Pinned post", "PINNED"]
PROSE = ["Load more updates on the storm were expected by noon.",
         "Pinned under the rubble, two men waited for help.",
         "Show more respect for the crews, the mayor said."]


@pytest.mark.parametrize("line", JUNK)
def test_the_line_is_junk(line: str) -> None:
    assert clean_text(f"{LINE_BODY}\n{line}\n{LINE_BODY}") == f"{LINE_BODY}\n{LINE_BODY}"


@pytest.mark.parametrize("line", PROSE)
def test_a_sentence_with_the_same_words_stays(line: str) -> None:
    text = f"{LINE_BODY}\n{line}\n{LINE_BODY}"
    assert clean_text(text) == text


def test_a_load_more_paragraph_after_the_entries_goes_and_the_key_points_stay() -> None:
    entries = "".join("<article class='entry'>" + "".join(f"<p>{line}</p>" for line in live_entry(n))
                      + "</article>" for n in range(8))
    top = ("<h1>Storm live</h1><p>The storm reached the coast early on Tuesday, bringing winds of up to 120 "
           "km/h and heavy rain to the northern districts.</p><h2>Key points</h2><ul>"
           "<li>Schools are closed and the council asks people to stay indoors.</li>"
           "<li>Thousands of homes are without power across the northern districts.</li></ul>")
    page = news_page(f"<main><div class='top'>{top}</div><div class='feed'>{entries}"
                     "<p class='more'>Load more updates</p></div></main>")
    text = extract(page).text
    assert {int(n) for n in re.findall(r"Update (\d+): crews", text)} == set(range(8))
    assert "Schools are closed and the council asks" in text and "Load more" not in text
