"""A print edition's day stated as its local midnight in UTC (issue 14): "2024-04-14T04:00:00Z" on a
US page (midnight in UTC-04:00), "2024-04-13T22:00:00Z" on a German one (midnight in UTC+02:00),
where the page writes that day as the print edition's and an online day before it, gives way to the
online publication, as a stated midnight does (cleaner.date.restamps.print_restamp)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract

BODY = BUDGET_BODY
EAST = timezone(timedelta(hours=2))
WEST = timezone(timedelta(hours=-4))


def _published(lines: str, lang: str, head: str) -> datetime | None:
    page = (f"<html lang='{lang}'><head>{head}<title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1><div class='meta'>{lines}</div>{BODY}</article></body></html>")
    return extract(page, url="https://example.com/news/council-votes").published_at


def _ld(published: str) -> str:
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council votes on budget",
           "datePublished": published}
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _meta(published: str) -> str:
    return f"<meta property='article:published_time' content='{published}'>"


US_LINES = "<p>Print edition: April 14, 2024</p><p>Published online April 12, 2024, 2:46 p.m.</p>"
DE_LINES = "<p>Print edition: 14 April 2024</p><p>Published online 12 April 2024, 14:46</p>"


@pytest.mark.parametrize(("lines", "lang", "head", "expected"), [
    (US_LINES, "en", _ld("2024-04-14T04:00:00Z"), datetime(2024, 4, 12, 14, 46, tzinfo=WEST)),
    (US_LINES, "en", _meta("2024-04-14T04:00:00Z"), datetime(2024, 4, 12, 14, 46, tzinfo=WEST)),
    (DE_LINES, "en", _ld("2024-04-13T22:00:00Z"), datetime(2024, 4, 12, 14, 46, tzinfo=EAST)),
    (DE_LINES, "en", _meta("2024-04-13T22:00:00+00:00"), datetime(2024, 4, 12, 14, 46, tzinfo=EAST)),
])
def test_a_print_editions_local_midnight_in_utc_gives_way(lines: str, lang: str, head: str,
                                                          expected: datetime) -> None:
    found = _published(lines, lang, head)
    assert found == expected
    assert found is not None and found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("lines", "head", "expected"), [
    # a time of day that is no whole hour stands
    (US_LINES, _ld("2024-04-14T04:30:00Z"), datetime(2024, 4, 14, 4, 30, tzinfo=UTC)),
    # a whole hour whose local day the page does not write as the print edition's stands
    (US_LINES, _ld("2024-04-14T15:00:00Z"), datetime(2024, 4, 14, 15, 0, tzinfo=UTC)),
    # a whole hour in another offset than UTC's stands
    (US_LINES, _ld("2024-04-14T04:00:00+02:00"), datetime(2024, 4, 14, 4, 0, tzinfo=EAST)),
    # the day written without a print label stands
    ("<p>Published April 14, 2024</p>", _ld("2024-04-14T04:00:00Z"),
     datetime(2024, 4, 14, 4, 0, tzinfo=UTC)),
])
def test_guard_other_stated_times_stand(lines: str, head: str, expected: datetime) -> None:
    found = _published(lines, "en", head)
    assert found == expected
    assert found is not None and found.utcoffset() == expected.utcoffset()
