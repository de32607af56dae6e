"""Live blogs whose entries are ``<section>``s, ``<div>``s or list items of one class, each with a
time, a heading and its paragraphs (cleaner.body.entries.timed_entry): the summary above them and every
entry, heading and paragraphs, are the body, in page order. Shapes after real templates: a
``<section class="post">`` per entry with its text in a block named like a body, a WordPress live
blog's ``<div class="entry">``, a timeline of list items (``<li class="liveblog-timeline__update">``)
under a summary."""

from __future__ import annotations

import pytest
from helpers import live_entry, news_page
from lxml import html as lxml_html

SUMMARY = ("Forecasters say the storm will reach the coast by the evening; the council has opened three "
           "shelters and asks people in low-lying streets to leave their homes before dark.")
ENTRIES = range(8)


def _heading(n: int) -> str:
    return f"Rain reaches district {n} as crews close the embankment road"


def _section_entries(n: int) -> str:
    """A section per entry, its text in a block named like an article body."""
    return (f"<section class='post post--live' id='post-{n}'><div class='post__header'>"
            f"<time datetime='2024-03-01T10:{n:02d}:00Z'>10:{n:02d}</time>"
            f"<button class='share'>Share</button></div><h2 class='post__title'>{_heading(n)}</h2>"
            "<div class='entry-content'>" + "".join(f"<p>{line}</p>" for line in live_entry(n, "Entry"))
            + "</div></section>")


def _plain_entries(n: int) -> str:
    """A WordPress live blog's entry: a div named just 'entry', a timestamp span, the text inline."""
    return (f"<div class='entry'><span class='entry-timestamp'>10:{n:02d}</span><h3>{_heading(n)}</h3>"
            + "".join(f"<p>{line}</p>" for line in live_entry(n, "Entry")) + "</div>")


def _timeline_items(n: int) -> str:
    """A timeline's list item: time and heading in the item's header, the text in a body block."""
    return (f"<li class='liveblog-timeline__update' id='update-{n}'><div class='update-header'>"
            f"<span class='date-relative'>{n + 1} hours ago</span><h2 class='update-title'>{_heading(n)}</h2>"
            "</div><div class='update-body'>" + "".join(f"<p>{line}</p>" for line in live_entry(n, "Entry"))
            + "</div></li>")


def _page(entry, listed: bool) -> str:
    feed = "".join(entry(n) for n in ENTRIES)
    if listed:
        feed = f"<ul class='liveblog-timeline'>{feed}</ul>"
    return news_page(f"<div class='page'><h1>Storm live: the coast braces for the wind</h1>"
                     f"<p>{SUMMARY}</p><div id='liveblog-body'>{feed}</div>"
                     "<div class='related'><h2>More on this story</h2></div></div>")


@pytest.mark.parametrize(("entry", "listed"), [(_section_entries, False), (_plain_entries, False),
                                               (_timeline_items, True)])
def test_every_timed_entry_is_read_with_its_heading_after_the_summary(entry, listed) -> None:
    from cleaner.extract import extract

    lines = extract(_page(entry, listed)).text.splitlines()
    expected = [SUMMARY] + [line for n in ENTRIES for line in (_heading(n), *live_entry(n, "Entry"))]
    assert [line for line in lines if line in expected] == expected


def test_related_stories_with_times_and_linked_headlines_are_no_entries() -> None:
    """A list of other stories, each with a time and a headline linking to it, is no live blog; an
    entry's heading linking to the entry itself ('#post-3') is still an entry's."""
    from cleaner.body.entries import timed_entry

    def items(href: str) -> str:
        return "".join(f"<li class='item'><time>10:0{n}</time><h3><a href='{href}{n}'>{_heading(n)}</a></h3>"
                       f"<p>{live_entry(n)[0]}</p></li>" for n in range(3))

    related = lxml_html.fromstring(f"<ul>{items('/news/story-')}</ul>")
    assert not any(timed_entry(item) for item in related)
    own = lxml_html.fromstring(f"<ul>{items('#post-')}</ul>")
    assert all(timed_entry(item) for item in own)
    cards = "".join(f"<div class='card'><h3>{_heading(n)}</h3><p>{live_entry(n)[0]}</p></div>"
                    for n in range(3))
    untimed = lxml_html.fromstring(f"<div>{cards}</div>")
    assert not any(timed_entry(block) for block in untimed)


_AD = "<div class='ad-slot'><div id='ad-{n}' class='dfp'></div><span>Advertisement</span></div>"


def _with_ads(entry):
    return lambda n: entry(n) + _AD.format(n=n)


def _pinned_first(n: int) -> str:
    section = _section_entries(n)
    return section.replace("class='post post--live'", "class='post post--live post--pinned'", 1) if n == 0 \
        else section


@pytest.mark.parametrize(("entry", "listed"), [
    (_with_ads(_section_entries), False), (_with_ads(_plain_entries), False),
    (lambda n: _timeline_items(n) + f"<li class='ad'><div id='ad-{n}'></div></li>", True),
    (_pinned_first, False), (_with_ads(_pinned_first), False)])
def test_entries_apart_by_ad_slots_or_a_pinned_first_entry_are_read_whole(entry, listed) -> None:
    """An ad slot between the entries, or a first entry pinned with a class of its own
    ('post post--live post--pinned'): the entries are still one live blog's."""
    from cleaner.extract import extract

    lines = extract(_page(entry, listed)).text.splitlines()
    expected = [SUMMARY] + [line for n in ENTRIES for line in (_heading(n), *live_entry(n, "Entry"))]
    assert [line for line in lines if line in expected] == expected
