"""A publication time the JSON-LD states in local time without its offset, where the meta tags
state the same publication in UTC (issue 14): a CMS that writes "2024-04-12T18:16:00Z" in
``article:published_time`` and "2024-04-12T23:46:00" in the JSON-LD (India's +05:30). The two are
one instant: the meta tags' instant, at the offset the JSON-LD's wall clock shows (it was read as
23:46 UTC, five and a half hours late, the next day in India). Times that are not one instant seen in
a whole offset, and a modification time, leave the naive time as it was read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract

BODY = BUDGET_BODY


def _published(ld: str, metas: str, lang: str = "en") -> datetime | None:
    script = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
              f'"headline": "Council votes on budget", {ld}}}</script>')
    page = (f"<html lang='{lang}'><head><title>Council votes on budget</title>{script}{metas}</head><body>"
            f"<article><h1>Council votes on budget</h1>{BODY}</article></body></html>")
    return extract(page, url="https://www.example.com/news/council-votes-on-budget").published_at


def _meta(name: str, value: str) -> str:
    return f'<meta property="{name}" content="{value}">'


@pytest.mark.parametrize(("ld", "meta", "expected"), [
    ('"datePublished": "2024-04-12T23:46:00"', "2024-04-12T18:16:00Z",
     datetime(2024, 4, 12, 23, 46, tzinfo=timezone(timedelta(hours=5, minutes=30)))),
    # Nepal's quarter hour.
    ('"datePublished": "2024-04-12T10:00:00"', "2024-04-12T04:15:00Z",
     datetime(2024, 4, 12, 10, 0, tzinfo=timezone(timedelta(hours=5, minutes=45)))),
    # Chicago at 01:30 in summer time: 06:30 UTC (read as 01:30 UTC it was the day before there).
    ('"datePublished": "2024-04-12T01:30:00", "dateModified": "2024-04-12T02:00:00"',
     "2024-04-12T06:30:00+00:00",
     datetime(2024, 4, 12, 1, 30, tzinfo=timezone(timedelta(hours=-5)))),
])
def test_the_json_ld_local_time_is_the_meta_tags_instant(ld: str, meta: str, expected: datetime) -> None:
    published = _published(ld, _meta("article:published_time", meta))
    assert published == expected and published.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("ld", "metas"), [
    # Not one instant in a whole offset: another time.
    ('"datePublished": "2024-04-12T23:46:00"', _meta("article:published_time", "2024-04-12T18:20:07Z")),
    # The meta tags state only the last modification: not the same event.
    ('"datePublished": "2024-04-12T23:46:00"', _meta("article:modified_time", "2024-04-12T18:16:00Z")),
])
def test_other_times_leave_the_naive_time_as_read(ld: str, metas: str) -> None:
    assert _published(ld, metas) == datetime(2024, 4, 12, 23, 46, tzinfo=UTC)
