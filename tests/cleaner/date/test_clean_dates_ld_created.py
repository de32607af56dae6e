"""A JSON-LD article object that states its publication as ``dateCreated`` only (no
``datePublished``), or as a number of Unix seconds or milliseconds (issue 14). The creation was not
read: the page's last modification (``article:modified_time``, days later) or nothing stood as its
publication. ``datePublished`` where stated comes first, and so does a published time of the meta
tags (a CMS may stamp a later edit as ``dateCreated``); a page's modification stays its own."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract


def _published(ld: dict, metas: str = "", lang: str = "en") -> datetime | None:
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council votes on budget",
           **ld}
    script = f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'
    page = (f"<html lang='{lang}'><head><title>Council votes on budget</title>{script}{metas}</head><body>"
            f"<article><h1>Council votes on budget</h1>{BUDGET_BODY}</article></body></html>")
    return extract(page, url="https://www.example.com/news/council-votes-on-budget").published_at


_MODIFIED = '<meta property="article:modified_time" content="2024-04-16T10:00:00+00:00">'


@pytest.mark.parametrize(("ld", "lang", "expected"), [
    ({"dateCreated": "2024-04-12T10:00:00+00:00"}, "en", datetime(2024, 4, 12, 10, tzinfo=UTC)),
    ({"dateCreated": "2024-04-12T22:30:00+02:00", "dateModified": "2024-04-14T08:00:00+02:00"}, "fr",
     datetime(2024, 4, 12, 22, 30, tzinfo=timezone(timedelta(hours=2)))),
    ({"dateCreated": "2024-04-12T09:15:00+03:00", "dateModified": "2024-04-15T11:00:00+03:00"}, "sw",
     datetime(2024, 4, 12, 9, 15, tzinfo=timezone(timedelta(hours=3)))),
    # An empty datePublished: the creation.
    ({"datePublished": "", "dateCreated": "2024-04-12T07:45:00-04:00"}, "es",
     datetime(2024, 4, 12, 7, 45, tzinfo=timezone(timedelta(hours=-4)))),
])
def test_date_created_is_the_publication(ld: dict, lang: str, expected: datetime) -> None:
    published = _published(ld, _MODIFIED, lang)
    assert published == expected and published.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("stamp", [1712932200, 1712932200000, 1712932200.0])
def test_a_number_is_unix_time(stamp: float) -> None:
    assert _published({"datePublished": stamp}, _MODIFIED) == datetime(2024, 4, 12, 14, 30, tzinfo=UTC)


def test_date_published_comes_before_date_created() -> None:
    # Guard: the draft's creation two days before the publication.
    assert _published({"dateCreated": "2024-04-10T10:00:00Z", "datePublished": "2024-04-12T10:00:00Z"}) \
        == datetime(2024, 4, 12, 10, tzinfo=UTC)


def test_a_modification_alone_is_not_the_publication_day() -> None:
    # Guard: only dateModified in the JSON-LD; the page writes its day.
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council votes on budget",
           "dateModified": "2024-04-14T10:00:00Z"}
    page = (f'<html lang="en"><head><title>Council votes on budget</title><script type="application/ld+json">'
            f"{json.dumps(obj)}</script></head><body><article><h1>Council votes on budget</h1>"
            f"<p>April 12, 2024</p>{BUDGET_BODY}</article></body></html>")
    published = extract(page, url="https://www.example.com/news/council-votes-on-budget").published_at
    assert published is not None and published.date() == datetime(2024, 4, 12).date()


@pytest.mark.parametrize("created", ["2017-11-17T10:41:09Z", "2017-11-17T01:18:13Z"])
def test_the_meta_tags_published_time_comes_before_date_created(created: str) -> None:
    # Guard: a CMS whose JSON-LD stamps a later edit (or the same instant in UTC) as dateCreated,
    # its meta tags the publication with its offset.
    meta = '<meta property="article:published_time" content="2017-11-16T17:18:13-08:00">'
    published = _published({"dateCreated": created}, meta)
    assert published == datetime(2017, 11, 16, 17, 18, 13, tzinfo=timezone(timedelta(hours=-8)))
    assert published.utcoffset() == timedelta(hours=-8)
