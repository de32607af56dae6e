"""A page whose JSON-LD lists another story's NewsArticle before its own, with no canonical link nor
og:url to tell them apart (issue 14: the date of an embedded or related story chosen over the
article's): the object whose ``url``, ``@id`` or ``mainEntityOfPage`` is the address the page was
fetched from is the page's own (``cleaner.jsonld._own_urls``). Before, the first object was
taken, its date and headline."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract

URL = "https://www.example.com/news/council-votes-on-budget"
OTHER = {"@type": "NewsArticle", "headline": "Bridge closes for repairs", "url": "https://www.example.com/b/2",
         "datePublished": "2024-04-20T10:00:00-04:00"}


def _page(own: dict, head: str = "") -> str:
    own = {"@type": "NewsArticle", "headline": "Council votes on budget",
           "datePublished": "2024-05-03T14:30:00-04:00", **own}
    ld = f'<script type="application/ld+json">{json.dumps([OTHER, own])}</script>'
    return (f"<html lang='en'><head><title>Council votes on budget</title>{ld}{head}</head><body><article>"
            f"<h1>Council votes on budget</h1>{BUDGET_BODY}</article></body></html>")


OWN = datetime(2024, 5, 3, 14, 30, tzinfo=timezone(timedelta(hours=-4)))


@pytest.mark.parametrize("own", [{"url": URL}, {"mainEntityOfPage": {"@id": URL}}, {"@id": URL + "#article"},
                                 {"url": URL.replace("https://www.", "http://")}])
def test_the_object_of_the_fetched_address(own: dict) -> None:
    assert extract(_page(own), url=URL + "?utm_source=feed").published_at == OWN


def test_a_canonical_link_still_decides() -> None:
    """Guard: a canonical link names the page's own; the fetched address (an AMP copy) is not read."""
    canonical = '<link rel="canonical" href="https://www.example.com/b/2">'
    published = extract(_page({"url": URL}, canonical), url=URL).published_at
    assert published == datetime(2024, 4, 20, 10, 0, tzinfo=timezone(timedelta(hours=-4)))

