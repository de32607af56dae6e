"""AMP pages whose time is stated only by ``<amp-timeago datetime>`` (issue 14).

An AMP page may print its day in the text ("12.04.2024", "April 12, 2024") and state its time only
in AMP's ``<amp-timeago datetime="2024-04-12T14:46:00+02:00">``: the day was found, at noon, as
``<time datetime>`` elements of that day are read for their time and offset and amp-timeago was not.
Guards: an amp-timeago of another day (the update's) gives no time; a stated JSON-LD time stands."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from cleaner.extract import extract

_BODY = "The council voted on Friday to fund new roads, schools and hospitals in the region. "


def _found(line: str, ld: str | None = None) -> datetime | None:
    script = "" if ld is None else ('<script type="application/ld+json">' + json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council backs the plan",
         "datePublished": ld}) + "</script>")
    page = (f'<!doctype html><html amp lang="en"><head><title>Council backs the plan</title>{script}</head>'
            f'<body><article><h1>Council backs the plan</h1><div class="meta">{line}</div><p>{_BODY * 6}</p>'
            f'</article></body></html>')
    return extract(page, "https://www.news-portal.com/amp/politics/1463345").published_at


def _amp(value: str, text: str) -> str:
    return f'<amp-timeago layout="fixed" width="160" height="20" datetime="{value}">{text}</amp-timeago>'


@pytest.mark.parametrize(("line", "expected"), [
    (_amp("2024-04-12T14:46:00+02:00", "12.04.2024"),
     datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=2)))),
    ("By Jane Roe " + _amp("2024-04-12T21:40:00Z", "April 12, 2024"),
     datetime(2024, 4, 12, 21, 40, tzinfo=UTC)),
])
def test_amp_timeago_gives_the_time_of_the_day(line: str, expected: datetime) -> None:
    found = _found(line)
    assert found == expected and found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("line", "ld", "expected"), [
    # The amp-timeago states another day: the day printed, at noon.
    ("April 12, 2024 | Updated " + _amp("2024-04-13T09:00:00Z", "April 13"), None,
     datetime(2024, 4, 12, 12, tzinfo=UTC)),
    (_amp("2024-04-13T09:00:00+02:00", "13.04.2024"), "2024-04-12T14:46:00+02:00",
     datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=2)))),
])
def test_guards(line: str, ld: str | None, expected: datetime) -> None:
    assert _found(line, ld) == expected
