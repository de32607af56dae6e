"""A live blog whose JSON-LD states its opening as ``coverageStartTime`` only (issue 14).

Some CMSs write a ``LiveBlogPosting`` without ``datePublished``: its ``coverageStartTime`` when the
blog opened, its ``liveBlogUpdate`` entries (newest first) and an update's time on the page. The date
was the latest entry's or update's, a day or more after the blog opened. The coverage's start is
the publication where no ``datePublished`` is stated. Guards: a stated ``datePublished`` stands; a
page with no live blog reads as before."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from cleaner.extract import extract

_BODY = {
    "en": "The council voted on Friday to fund new roads, schools and hospitals in the region. ",
    "de": "Der Rat hat am Freitag neue Straßen, Schulen und Krankenhäuser in der Region beschlossen. ",
}


def _found(lang: str, ld: dict, line: str = "") -> datetime | None:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    page = (f'<html lang="{lang}"><head><title>Live: the council votes</title>{script}</head><body><article>'
            f'<h1>Live: the council votes</h1><div class="meta">{line}</div><p>{_BODY[lang] * 6}</p>'
            f'</article></body></html>')
    return extract(page, "https://www.news-portal.com/live/1463345").published_at


def _live(start: str, updates: list[str], published: str | None = None) -> dict:
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Live: the council votes",
          "coverageStartTime": start, "liveBlogUpdate": [
              {"@type": "BlogPosting", "headline": f"Entry {n}", "datePublished": value}
              for n, value in enumerate(updates)]}
    if published:
        ld["datePublished"] = published
    return ld


_ET, _CEST = timezone(timedelta(hours=-4)), timezone(timedelta(hours=2))


@pytest.mark.parametrize(("lang", "ld", "line", "expected"), [
    ("en", _live("2024-04-11T22:00:00-04:00", ["2024-04-12T09:30:00-04:00", "2024-04-11T22:05:00-04:00"]),
     '<time class="updated" datetime="2024-04-12T09:30:00-04:00">Updated 9:30 a.m. ET</time>',
     datetime(2024, 4, 11, 22, tzinfo=_ET)),
    ("de", _live("2024-04-11T23:30:00+02:00", ["2024-04-13T08:00:00+02:00"]),
     "Aktualisiert: 13.04.2024, 08:00 Uhr", datetime(2024, 4, 11, 23, 30, tzinfo=_CEST)),
])
def test_live_blog_opens_at_its_coverage_start(lang, ld, line, expected) -> None:
    found = _found(lang, ld, line)
    assert found == expected and found.utcoffset() == expected.utcoffset()


def test_stated_publication_of_a_live_blog_stands() -> None:
    ld = _live("2024-04-11T20:00:00+02:00", ["2024-04-12T18:30:00+02:00"], "2024-04-12T07:00:00+02:00")
    assert _found("de", ld) == datetime(2024, 4, 12, 7, tzinfo=_CEST)


def test_live_blog_of_entries_only_opens_at_its_first_entry() -> None:
    # No datePublished, no coverageStartTime: the earliest entry (entries are listed newest first).
    ld = _live("", ["2024-04-13T09:30:00+02:00", "2024-04-12T07:05:00+02:00", "2024-04-12T18:00:00+02:00"])
    del ld["coverageStartTime"]
    found = _found("de", ld, "Aktualisiert: 13.04.2024, 09:30 Uhr")
    assert found == datetime(2024, 4, 12, 7, 5, tzinfo=_CEST) and found.utcoffset() == timedelta(hours=2)
