"""A live blog with no ``<article>`` or ``<main>`` around it: its summary and lead in the body's block
(``<div class="article-text">``), its entries after it in a list (``<ul><li class="timeline-item">``, each
with its time, a heading and paragraphs). The fast pass kept the summary and lead, and the container (the
summary's block: paragraphs in list items did not count as the body's rest) hid the cut: the story came
out as two paragraphs. Paragraphs in a list item that is a live blog's timed entry
(``cleaner.body.entries.timed_entry``) now count as prose of a block after the first
(cleaner.body.containers), so the entries are read."""

from __future__ import annotations

import pytest
from helpers import article_lines, two_paragraph_story

from cleaner.extract import extract

_TITLES = {"en": "Storm live: rivers rise across the north", "de": "Unwetter im Liveblog: Flüsse steigen",
           "es": "Directo: el temporal sube los ríos del norte", "fr": "En direct : les rivières montent"}
_HEADINGS = {"en": "Update", "de": "Neu", "es": "Última hora", "fr": "Mise à jour"}


def _page(lang: str, entries: str) -> str:
    return two_paragraph_story(lang, _TITLES[lang], f"<div class='liveblog'>{entries}</div>")


def _entries(lang: str, count: int = 8) -> tuple[str, list[str]]:
    lines = article_lines(2 + 2 * count, lang)[2:]
    items = "".join(f"<li class='timeline-item'><time datetime='2024-03-12T1{n}:00'>1{n}:00</time>"
                    f"<h3>{_HEADINGS[lang]} {n}</h3><p>{lines[2 * n]}</p><p>{lines[2 * n + 1]}</p></li>"
                    for n in range(count))
    return f"<ul class='timeline'>{items}</ul>", lines


@pytest.mark.parametrize("lang", sorted(_TITLES))
def test_timed_list_entries_after_the_lead_are_read(lang: str) -> None:
    entries, lines = _entries(lang)
    text = extract(_page(lang, entries)).text
    assert article_lines(1, lang)[0] in text
    assert all(line in text for line in lines)


# Guards: lists that are no live blog's entries stay out as before.

def test_a_list_of_other_stories_with_times_and_linked_headings_stays_out() -> None:
    items = "".join(f"<li class='story-item'><time datetime='2024-03-12T1{n}:00'>1{n}:00</time>"
                    f"<h3><a href='/story-{n}'>Other story {n} on the flood defences</a></h3>"
                    f"<p>Teaser {n}: the flood defences along the river are to be raised by a metre before "
                    "the next winter, the agency said.</p></li>" for n in range(6))
    text = extract(_page("en", f"<ul class='more-stories'>{items}</ul>")).text
    assert article_lines(2)[1] in text
    assert "Teaser" not in text


def test_a_list_of_untimed_items_after_the_body_stays_out() -> None:
    items = "".join(f"<li class='tip'><p>Tip {n}: keep a torch, water and a charged phone ready while the "
                    "river is high, and follow the council's advice.</p></li>" for n in range(6))
    text = extract(_page("en", f"<ul class='tips'>{items}</ul>")).text
    assert article_lines(2)[1] in text
    assert "Tip 3" not in text
