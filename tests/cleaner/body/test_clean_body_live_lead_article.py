"""A live blog whose headline and lead stand in the story's own <article>, its entries (each an
<article> of one class) in the block after it: the fast pass reads the first entry, the container is
the entries' block, and the lead before it was not counted as the live blog's summary because it
stands in an <article> (cleaner.body.containers._prose_before: the <article> holding the headline counts).
Another <article> before the entries, without the headline (a promoted story), is not the lead."""

from __future__ import annotations

import re

import pytest
from helpers import live_entry, news_page

from cleaner.extract import extract

LEAD = ("<p>The storm reached the coast early on Tuesday, bringing winds of up to 120 km/h and heavy rain to "
        "the northern districts, where the river burst its banks overnight.</p>"
        "<p>Thousands of homes are without power, schools are closed and the council has asked people to "
        "stay indoors while crews clear fallen trees from the main roads.</p>")


def _entry(n: int, timed: bool) -> str:
    stamp = f"<time datetime='2024-04-02T10:{n:02d}:00Z'>10:{n:02d}</time>" if timed else ""
    return (f"<article class='entry'>{stamp}<h3>Crews reach district {n}</h3>"
            + "".join(f"<p>{line}</p>" for line in live_entry(n)) + "</article>")


def _entries(text: str) -> set[int]:
    return {int(n) for n in re.findall(r"Update (\d+): crews", text)}


@pytest.mark.parametrize("timed", [False, True])
def test_the_lead_in_the_storys_article_before_the_entries_is_read(timed: bool) -> None:
    feed = "".join(_entry(n, timed) for n in range(8))
    page = news_page(f"<div class='wrap'><article class='story'><h1>Storm live</h1>{LEAD}</article>"
                     f"<div class='ad-slot'></div><div class='live-feed'>{feed}</div></div>")
    text = extract(page).text
    assert _entries(text) == set(range(8))
    assert "120 km/h" in text and "fallen trees" in text


def test_an_article_without_the_headline_before_the_entries_is_not_the_lead() -> None:
    feed = "".join(_entry(n, False) for n in range(8))
    promoted = ("<article class='promoted'><p>Promoted: our guide to the best walks along the coast this "
                "summer, with maps for each of them.</p><p>Sponsored by the regional tourist office, which "
                "pays for the guide and its maps.</p></article>")
    page = news_page(f"<h1>Storm live</h1><div class='wrap'>{promoted}<div class='live-feed'>{feed}</div>"
                     "</div>")
    text = extract(page).text
    assert _entries(text) == set(range(8))
    assert "Promoted" not in text and "Sponsored" not in text
