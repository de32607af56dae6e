"""A live blog whose headline, teaser and lead stand in the story's own <article>, its entries (each an
<article> of one class with its time) in the block after it: the fast pass keeps the teaser and the
lead, and the container must widen to the block around both for the body to look cut short
(cleaner.body.next_blocks._cards: a live blog's timed entries are no teaser cards). Teaser cards of other
stories set as <article>s after the story stay out."""

from __future__ import annotations

import re

import pytest
from helpers import live_entry, news_page

from cleaner.extract import extract

LEAD = ("<p class='teaser'>Live: the storm reaches the coast, and thousands of homes are without power.</p>"
        "<p>The storm reached the coast early on Tuesday, bringing winds of up to 120 km/h and heavy rain to "
        "the northern districts, where the river burst its banks overnight.</p>"
        "<p>Thousands of homes are without power, schools are closed and the council has asked people to "
        "stay indoors while crews clear fallen trees from the main roads.</p>"
        "<p>Follow our live coverage below for the latest reports from our reporters across the region.</p>")
AD = "<div class='ad-slot'></div>"


def _entry(n: int, heading: bool = True) -> str:
    title = f"<h2>Crews reach district {n}</h2>" if heading else ""
    return (f"<article class='live-post'><time datetime='2024-04-02T10:{n:02d}:00Z'>10:{n:02d}</time>{title}"
            + "".join(f"<p>{line}</p>" for line in live_entry(n)) + "</article>")


def _page(feed: str, feed_tag: str = "section") -> str:
    return news_page(f"<div class='wrap'><article class='story'><h1>Storm live</h1>{LEAD}</article>{AD}"
                     f"<{feed_tag} class='liveblog'>{feed}</{feed_tag}></div>")


def _entries(text: str) -> set[int]:
    return {int(n) for n in re.findall(r"Update (\d+): crews", text)}


@pytest.mark.parametrize(("why", "feed", "tag"), [
    ("entries with headings, in a <section>", "".join(_entry(n) for n in range(8)), "section"),
    ("entries without headings, in a <div>", "".join(_entry(n, heading=False) for n in range(8)), "div"),
    ("entries with an ad slot between", AD.join(_entry(n) for n in range(8)), "div"),
])
def test_the_entries_after_the_storys_article_are_read(why: str, feed: str, tag: str) -> None:
    text = extract(_page(feed, tag)).text
    assert _entries(text) == set(range(8)), why
    assert "120 km/h" in text, why


def _card(n: int, linked: bool = True, time: bool = True) -> str:
    title = f"<h3><a href='/story-{n}'>Other story {n}</a></h3>" if linked else f"<h3>Other story {n}</h3>"
    stamp = f"<time datetime='2024-04-0{n % 9 + 1}'>{n % 9 + 1} April</time>" if time else ""
    return (f"<article class='card'>{stamp}{title}<p>The summary of other story {n}, long enough to be a "
            f"sentence of prose about the region and its council.</p><p>A second line of story {n}'s "
            f"summary that is long enough to be prose as well.</p></article>")


@pytest.mark.parametrize(("why", "cards"), [
    ("cards with linked titles and times", "".join(_card(n) for n in range(8))),
    ("cards without times", "".join(_card(n, linked=False, time=False) for n in range(8))),
    ("cards of different kinds", "".join(_card(n, linked=False).replace("'card'", f"'card-{'ab'[n % 2]}x'")
                                         for n in range(8))),
])
def test_cards_of_other_stories_after_the_story_stay_out(why: str, cards: str) -> None:
    text = extract(_page(cards, "div")).text
    assert "120 km/h" in text, why
    assert "Other story" not in text and "summary of other story" not in text, why
