"""A live blog laid out in rows of plain <div>s (no <main>, no <article> around the story): its headline,
lead and "Key points" in the top row, its entries (untimed <article class="entry"> or <div class="post">)
in a column of a row below, beside a column of other stories. The container was the entries' row and
the lead was lost: the block around the entries' column and the column before it holding the headline
and prose is the container (cleaner.body.entries.headline_column_before), read as a body
(cleaner.body.body_documents._unlocked). The other stories beside the entries, and a row of teaser posts with
linked titles under a story, stay out."""

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


def _entry(n: int, tag: str, kind: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in live_entry(n))
    return f"<{tag} class='{kind}'>{paragraphs}</{tag}>"


def _page(feed: str, top: str = "", deep: bool = False) -> str:
    head = f"<div class='col top'><h1>Storm live</h1>{LEAD}{top}</div>"
    if deep:
        return news_page(f"<div class='page'><div class='grid'><div class='row'><div class='c'>{head}</div>"
                         f"</div><div class='row'><div class='c'><div class='feed'>{feed}</div></div>{SIDE}"
                         "</div></div></div>")
    return news_page(f"<div class='page'><div class='row'>{head}</div>"
                     f"<div class='row'><div class='col feed'>{feed}</div>{SIDE}</div></div>")


def _entries(text: str) -> set[int]:
    return {int(n) for n in re.findall(r"Update (\d+): crews", text)}


@pytest.mark.parametrize(("why", "tag", "kind", "deep"), [
    ("<article class='entry'>s", "article", "entry", False),
    ("<div class='post'>s", "div", "post", False),
    ("<article class='entry'>s, the columns nested deeper", "article", "entry", True),
    ("<div class='post'>s, the columns nested deeper", "div", "post", True),
])
def test_the_lead_in_the_row_above_is_read_with_the_entries(why: str, tag: str, kind: str,
                                                            deep: bool) -> None:
    text = extract(_page("".join(_entry(n, tag, kind) for n in range(8)), deep=deep)).text
    assert _entries(text) == set(range(8)), why
    assert "120 km/h and heavy rain" in text and "fallen trees" in text, why
    assert "Other story" not in text and "summary of other story" not in text, why


def test_a_key_points_list_in_the_row_above_is_kept() -> None:
    text = extract(_page("".join(_entry(n, "article", "entry") for n in range(8)), KEY_POINTS)).text
    assert _entries(text) == set(range(8)) and "120 km/h and heavy rain" in text
    assert "Schools are closed and the council asks" in text


def test_teaser_posts_with_linked_titles_under_a_story_stay_out() -> None:
    story = "".join(f"<p>{line}</p>" for n in range(3) for line in live_entry(n))
    posts = "".join(f"<div class='post'><h3><a href='/s{n}'>Other story {n}</a></h3><p>The summary of "
                    f"other story {n}, long enough to be a sentence of prose.</p></div>" for n in range(6))
    page = news_page(f"<div class='page'><div class='row'><div class='col top'><h1>Storm live</h1>{LEAD}"
                     f"{story}</div></div><div class='row'><div class='col more'>{posts}</div>{SIDE}</div>"
                     "</div>")
    text = extract(page).text
    assert "120 km/h and heavy rain" in text and _entries(text) == {0, 1, 2}
    assert "Other story" not in text and "summary of other story" not in text
