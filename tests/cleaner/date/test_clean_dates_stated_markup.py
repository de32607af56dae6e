"""Publication times stated in markup the date reading missed (issue 14): The New York Times'
``<meta property="article:published" itemprop="datePublished dateCreated">`` (its own property name,
and an itemprop that lists several), and RFE/RL's and VOA's ``<div class="published"><span
class="date"><time datetime="...">`` (a ``<time>`` of no class inside an element whose class names
the publication) beside a JSON-LD day without its time. Such pages had the day at noon UTC, the
instant lost."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract

BODY = BUDGET_BODY


def _ld(**fields: str) -> str:
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council votes on budget",
           **fields}
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _published(head: str, meta: str = "") -> datetime | None:
    page = (f"<html lang='en'><head><title>Council votes on budget</title>{head}</head><body><article>"
            f"<h1>Council votes on budget</h1>{meta}{BODY}</article></body></html>")
    return extract(page, url="https://www.example.com/news/council-votes-on-budget").published_at


@pytest.mark.parametrize(("head", "meta", "expected"), [
    # The New York Times' meta tags, the page writing only the day.
    ('<meta data-rh="true" property="article:published" itemprop="datePublished dateCreated"'
     ' content="2024-04-12T09:00:07.000Z"><meta data-rh="true" property="article:modified"'
     ' itemprop="dateModified" content="2024-04-12T14:30:00.000Z">',
     "<p class='css-date'><time datetime='2024-04-12'>April 12, 2024</time></p>",
     datetime(2024, 4, 12, 9, 0, 7, tzinfo=UTC)),
    # An itemprop that lists the publication among others, on a <time>.
    ("", "<p><time itemprop='datePublished dateCreated' datetime='2024-04-12T05:00:00-04:00'>April 12,"
     " 2024</time></p>", datetime(2024, 4, 12, 5, 0, tzinfo=timezone(timedelta(hours=-4)))),
    # RFE/RL's and VOA's CMS: the JSON-LD's day, the time in the published block's <time>.
    (_ld(datePublished="2024-04-12"), "<div class='publishing-details'><div class='published'><span class="
     "'date'><time datetime='2024-04-12T20:28:55+00:00'>April 12, 2024</time></span></div></div>",
     datetime(2024, 4, 12, 20, 28, 55, tzinfo=UTC)),
])
def test_the_stated_publication_time(head: str, meta: str, expected: datetime) -> None:
    published = _published(head, meta)
    assert published == expected and published.utcoffset() == expected.utcoffset()


def test_a_time_in_an_update_block_is_not_the_publication() -> None:
    # The JSON-LD's day at noon, as before: the <time> is the update's.
    meta = ("<div class='published updated'><span class='date'><time datetime='2024-04-12T20:28:55+00:00'>"
            "April 12, 2024</time></span></div>")
    published = _published(_ld(datePublished="2024-04-12"), meta)
    assert published is not None and published.date() == datetime(2024, 4, 12).date()
    assert (published.hour, published.minute) != (20, 28)


_BERLIN = timezone(timedelta(hours=2))  # the stated modification's offset: the day at noon there
_RELATED = ("<aside class='related-articles'><ul><li><a href='/news/other'>Another story on the council</a>"
            "<time datetime='2024-04-12T08:15:00+02:00'>12.04.2024</time></li></ul></aside>")


@pytest.mark.parametrize(("meta", "expected"), [
    # A <time datetime> of no class with its time and offset, the page writing only the day beside
    # it and stating only its modification: its instant, not the day at noon.
    ("<p class='info'><time datetime='2024-04-12T14:46:00+02:00'>12.04.2024</time></p>",
     datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=2)))),
    # Guards: another story's <time> of the same day in a related list, an update's <time>.
    (f"<p class='info'>12.04.2024</p>{_RELATED}", datetime(2024, 4, 12, 12, 0, tzinfo=_BERLIN)),
    ("<p class='info'>12.04.2024</p><p><time class='updated' datetime='2024-04-12T18:30:00+02:00'>"
     "Updated 18:30</time></p>", datetime(2024, 4, 12, 12, 0, tzinfo=_BERLIN)),
])
def test_a_timed_element_of_htmldates_day(meta: str, expected: datetime) -> None:
    head = "<meta property='article:modified_time' content='2024-04-14T09:00:00+02:00'>"
    found = _published(head, meta)
    assert found == expected and found.utcoffset() == expected.utcoffset()
