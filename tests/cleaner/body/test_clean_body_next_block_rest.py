"""A live blog with no ``<article>`` or ``<main>`` around it, its summary and lead in the body's block
(``<div class="article-text">``) and its entries in the next block, set without prose ``<p>``s (each
entry's time in a short ``<p>``, its text straight in a ``<div>`` split by ``<br>``). The fast pass kept
the summary and lead, and the container stopped at their block: next to it, only a sibling holding two
prose ``<p>``s counted as the body's rest, so the cut went unnoticed. The next block with text now counts
there too when it reads as the body's rest by the test the levels further up use
(cleaner.body.containers: prose runs, ``<p>``s or bare text, few links, no teaser cards, not named for
other content) and its prose is in no list (a list of paragraphs stays no body's rest there, but for a
live blog's timed entries), so the entries are read."""

from __future__ import annotations

import pytest
from helpers import article_lines, two_paragraph_story

from cleaner.extract import extract

_TITLES = {"en": "Storm live: rivers rise across the north", "de": "Unwetter im Liveblog: Flüsse steigen",
           "es": "Directo: el temporal sube los ríos del norte", "fr": "En direct : les rivières montent"}


def _page(lang: str, after: str) -> str:
    return two_paragraph_story(lang, _TITLES[lang], after)


def _entry_lines(lang: str, count: int) -> list[str]:
    return article_lines(2 + 2 * count, lang)[2:]


@pytest.mark.parametrize("lang", sorted(_TITLES))
def test_entries_of_bare_text_after_the_lead_are_read(lang: str) -> None:
    lines = _entry_lines(lang, 8)
    entries = "".join(f"<div class='live-entry'><p class='time'>1{n}:30</p><div class='live-entry__body'>"
                      f"{lines[2 * n]}<br><br>{lines[2 * n + 1]}</div></div>" for n in range(8))
    text = extract(_page(lang, f"<div class='liveblog'>{entries}</div>")).text
    assert article_lines(1, lang)[0] in text
    assert all(line in text for line in lines)


# Guards: a block after the body that is not its rest stays out.

def test_a_disclaimer_of_bare_text_after_the_body_stays_out() -> None:
    note = ("<div class='disclaimer'>This live coverage is provided for information only and does not "
            "replace the advice of the emergency services.<br><br>Times are local; updates may be corrected "
            "after publication without further notice to readers.</div>")
    text = extract(_page("en", note)).text
    assert article_lines(2)[1] in text
    assert "emergency services" not in text


def test_a_box_of_teaser_cards_after_the_body_stays_out() -> None:
    cards = "".join(f"<div class='item'><h3><a href='/s{n}'>Other story {n}</a></h3>Teaser {n}: the "
                    "harbour's new pier opens in May, and the ferries will call there from the spring."
                    "</div>" for n in range(4))
    text = extract(_page("en", f"<div class='more-box'>{cards}</div>")).text
    assert article_lines(2)[1] in text
    assert "Teaser" not in text
