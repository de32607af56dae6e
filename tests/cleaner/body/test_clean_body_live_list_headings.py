"""A live blog laid out in rows of plain <div>s: its headline and lead in the top row, its entries in a
column of a row below as untimed list items (<li class="update">), each with a heading of its own. The
fast pass read the whole page and kept the entries' paragraphs but not their headings, and the
container was the top column alone. The block around the headline's row and the row of entries after
it is the container (cleaner.body.entries.entries_column_after), and the entries' headings are the body's
(cleaner.body.recall._in_live_entries: untimed entries too, cleaner.body.entries.feed_entry). The site's other
stories beside the entries, and a list of other stories' posts with linked titles, stay out."""

from __future__ import annotations

import re

import pytest
from helpers import live_entry, news_page

from cleaner.extract import extract

LEAD = ("<p>The storm reached the coast early on Tuesday, bringing winds of up to 120 km/h and heavy rain to "
        "the northern districts, where the river burst its banks overnight.</p>"
        "<p>Thousands of homes are without power, schools are closed and the council has asked people to "
        "stay indoors while crews clear fallen trees from the main roads.</p>")
SIDE = ("<div class='col side'><h2>More news</h2>" + "".join(
    f"<div class='card'><h3><a href='/s{n}'>Other story {n}</a></h3><p>The summary of other story {n}, "
    "long enough to be a sentence of prose.</p></div>" for n in range(4)) + "</div>")


def _item(n: int, kind: str = "update") -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in live_entry(n))
    return f"<li class='{kind}'><h2>Crews reach district {n}</h2>{paragraphs}</li>"


def _page(items: str, deep: bool = False) -> str:
    head = f"<div class='col top'><h1>Storm live</h1>{LEAD}</div>"
    feed = f"<div class='col feed'><ul class='updates'>{items}</ul></div>"
    if deep:
        return news_page(f"<div class='page'><div class='grid'><div class='row'><div class='c'>{head}</div>"
                         f"</div><div class='row'><div class='c'>{feed}</div>{SIDE}</div></div></div>")
    return news_page(f"<div class='page'><div class='row'>{head}</div><div class='row'>{feed}{SIDE}</div>"
                     "</div>")


def _entries(text: str) -> set[int]:
    return {int(n) for n in re.findall(r"Update (\d+): crews", text)}


@pytest.mark.parametrize("deep", [False, True])
def test_the_entries_headings_are_kept(deep: bool) -> None:
    text = extract(_page("".join(_item(n) for n in range(8)), deep)).text
    assert _entries(text) == set(range(8)) and "120 km/h and heavy rain" in text
    assert all(f"Crews reach district {n}\n" in text for n in range(8))
    assert "Other story" not in text and "summary of other story" not in text


def test_a_list_of_other_stories_posts_below_the_story_stays_out() -> None:
    story = "".join(f"<p>{line}</p>" for n in range(3) for line in live_entry(n))
    posts = "".join(f"<li class='post'><h3><a href='/s{n}'>Other story {n}</a></h3><p>The summary of other "
                    f"story {n}, long enough to be a sentence of prose.</p></li>" for n in range(6))
    page = news_page(f"<div class='page'><div class='row'><div class='col top'><h1>Storm live</h1>{LEAD}"
                     f"{story}</div></div><div class='row'><ul class='more'>{posts}</ul>{SIDE}</div></div>")
    text = extract(page).text
    assert "120 km/h and heavy rain" in text and _entries(text) == {0, 1, 2}
    assert "Other story" not in text and "summary of other story" not in text
