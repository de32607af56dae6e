"""A live blog laid out in rows of plain <div>s (no <main> or <article>), its headline, lead and a
"Key points" list ("Summary", "Das Wichtigste", "L'essentiel") in the top column, its entries as list
items in a row below: the fast pass read the whole page, so there was no second reading, and it
dropped the list. The list right after its label, heading the story, is put back before the first
line kept after it (cleaner.body.key_points). A list of links to the entries ("Key events"), a list
the text holds already, and one after all the kept text stay as they were."""

from __future__ import annotations

import re

import pytest
from helpers import STORM_KEY_POINTS as KEY_POINTS
from helpers import STORM_LEAD as LEAD
from helpers import live_entry, news_page

from cleaner.extract import extract

SIDE = ("<div class='col side'><h2>More news</h2>" + "".join(
    f"<div class='card'><h3><a href='/s{n}'>Other story {n}</a></h3><p>The summary of other story {n}, "
    "long enough to be a sentence of prose.</p></div>" for n in range(4)) + "</div>")
ITEMS = ("Winds of up to 120 km/h hit the coast on Tuesday morning.",
         "Schools are closed and the council asks people to stay indoors.")


def _item(n: int) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in live_entry(n))
    return f"<li class='update'><h2>Crews reach district {n}</h2>{paragraphs}</li>"


def _page(top: str, after: str = "") -> str:
    items = "".join(_item(n) for n in range(8))
    feed = f"<div class='col feed'><ul class='updates'>{items}</ul>{after}</div>"
    return news_page(f"<div class='page'><div class='row'><div class='col top'><h1>Storm live</h1>{top}</div>"
                     f"</div><div class='row'>{feed}{SIDE}</div></div>")


def _entries(text: str) -> set[int]:
    return {int(n) for n in re.findall(r"Update (\d+): crews", text)}


@pytest.mark.parametrize("label", ["Key points", "Summary", "Das Wichtigste", "L'essentiel", "Key points:"])
def test_a_key_points_list_heading_the_story_is_kept(label: str) -> None:
    text = extract(_page(LEAD + KEY_POINTS.replace("Key points", label))).text
    lines = text.split("\n")
    assert _entries(text) == set(range(8)) and "120 km/h and heavy rain" in text
    at = lines.index(f"- {ITEMS[0]}")
    assert lines[at - 1] == label.rstrip(":") and lines[at + 1] == f"- {ITEMS[1]}"
    assert "fallen trees" in lines[at - 2] and lines[at + 2] == "Crews reach district 0"
    assert "Other story" not in text


def test_the_list_is_not_written_twice_where_the_text_holds_it() -> None:
    story = news_page(f"<div class='page'><div class='story'><h1>Storm live</h1>{KEY_POINTS}{LEAD}"
                      f"<ul class='updates'>{''.join(_item(n) for n in range(8))}</ul></div>{SIDE}</div>")
    text = extract(story).text
    assert text.count(ITEMS[0]) == 1 and text.count("Key points") == 1


def test_a_list_of_links_to_the_entries_under_another_label_stays_out() -> None:
    events = ("<div class='key-events'><h2>Key events</h2><ul>" + "".join(
        f"<li><a href='#update-{n}'>Crews reach district {n} and open a shelter</a></li>" for n in range(3))
        + "</ul></div>")
    text = extract(_page(LEAD + events)).text
    assert "Key events" not in text and _entries(text) == set(range(8))
    linked = events.replace("Key events", "Key points")
    assert "Key points" not in extract(_page(LEAD + linked)).text


def test_a_summary_list_after_all_the_kept_text_is_not_put_back() -> None:
    text = extract(_page(LEAD, after=KEY_POINTS.replace("Key points", "Summary"))).text
    assert _entries(text) == set(range(8)) and ITEMS[0] not in text
