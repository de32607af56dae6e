"""A live blog in a <main> of two rows: its headline, lead (and a "Key points" list) in the top column,
its entries in a column of the row below, each an untimed <article class="entry"> or <div class="post">
(a time in a data attribute only, or a heading of its own). The container (the <main>) is right, but
its second reading went for the first block named like a body, the entries, and lost the lead: the
entries lose their names there (cleaner.body.entries.feed_entry, cleaner.body.body_documents._unlocked). The
site's other stories in the side column, teaser posts with linked titles among them, stay out."""

from __future__ import annotations

import re

import pytest
from helpers import STORM_KEY_POINTS as KEY_POINTS
from helpers import STORM_LEAD as LEAD
from helpers import live_entry, news_page

from cleaner.extract import extract

STAMP = "<div class='meta' data-timestamp='1712000000'></div>"
SIDE = ("<aside class='more'><h2>More news</h2>" + "".join(
    f"<div class='card'><h3><a href='/s{n}'>Other story {n}</a></h3><p>The summary of other story {n}, "
    "long enough to be a sentence of prose.</p></div>" for n in range(4)) + "</aside>")


def _entry(n: int, tag: str, kind: str, extra: str = "") -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in live_entry(n))
    return f"<{tag} class='{kind}'>{extra}{paragraphs}</{tag}>"


def _page(feed: str, top: str = "") -> str:
    return news_page(f"<main><div class='row'><div class='col top'><h1>Storm live</h1>{LEAD}{top}</div></div>"
                     f"<div class='row'><div class='col feed'>{feed}</div><div class='col side'>{SIDE}</div>"
                     "</div></main>")


def _entries(text: str) -> set[int]:
    return {int(n) for n in re.findall(r"Update (\d+): crews", text)}


@pytest.mark.parametrize(("why", "tag", "kind", "extra"), [
    ("untimed <article class='entry'>", "article", "entry", ""),
    ("untimed <div class='post'>", "div", "post", ""),
    ("entries with a data-timestamp only", "article", "entry", STAMP),
    ("entries with a heading of their own", "div", "post", "<h2>Crews reach a district</h2>"),
])
def test_the_lead_in_the_top_column_is_read_with_the_entries(why: str, tag: str, kind: str,
                                                             extra: str) -> None:
    text = extract(_page("".join(_entry(n, tag, kind, extra) for n in range(8)))).text
    assert _entries(text) == set(range(8)), why
    assert "120 km/h and heavy rain" in text and "fallen trees" in text, why
    assert "Other story" not in text and "summary of other story" not in text, why


def test_a_key_points_list_before_the_entries_is_kept() -> None:
    text = extract(_page("".join(_entry(n, "article", "entry") for n in range(8)), KEY_POINTS)).text
    assert _entries(text) == set(range(8))
    assert "120 km/h and heavy rain" in text and "Schools are closed and the council asks" in text


def test_teaser_posts_with_linked_titles_beside_the_entries_stay_out() -> None:
    feed = "".join(_entry(n, "div", "post") for n in range(8))
    text = extract(_page(feed).replace("class='card'", "class='post'")).text
    assert _entries(text) == set(range(8)) and "120 km/h and heavy rain" in text
    assert "Other story" not in text and "summary of other story" not in text
