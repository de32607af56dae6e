"""Stated timestamps in the forms CMSs write them outside ISO 8601 (issue 14): a numeric day with the
year last and slashes or dashes in the meta tags (Bitrix, older WordPress themes, Vietnamese and
Indian CMSs: "04/05/2024 14:46:00"), read in the page's order of day and month and with its time
of day (htmldate gave the day at noon); a zone written as "GMT+7" after the time; the CJK clock
("14時46分", "14시 46분") and the Korean dotted day ("2024. 5. 4. 14:46")."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.date.dates import parse_time
from cleaner.extract import extract

BODY = BUDGET_BODY


def _zone(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


def _published(head: str, lang: str, url: str, line: str = "") -> datetime | None:
    page = (f"<html lang='{lang}'><head>{head}<title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1><p class='meta'>{line}</p>{BODY}</article></body></html>")
    return extract(page, url=url).published_at


def _meta(name: str, value: str) -> str:
    return f'<meta property="{name}" content="{value}">'


@pytest.mark.parametrize(("head", "lang", "url", "expected"), [
    # Day first by the page's language; the time kept, in the country's zone.
    (_meta("article:published_time", "04/05/2024 14:46:00"), "de", "https://example.de/politik/rat",
     datetime(2024, 5, 4, 14, 46, tzinfo=_zone(2))),
    (_meta("article:published_time", "04-05-2024 14:46"), "vi", "https://example.vn/thoi-su/hoi-dong",
     datetime(2024, 5, 4, 14, 46, tzinfo=_zone(7))),
    # A number above 12 tells the order whatever the locale.
    ('<meta name="pubdate" content="25/05/2024 14:46">', "pl", "https://example.pl/kraj/rada",
     datetime(2024, 5, 25, 14, 46, tzinfo=_zone(2))),
    # Month first where the page is American (en-US and no evidence against it), 12-hour clock.
    (_meta("article:published_time", "05/04/2024 2:46 PM GMT-4"), "en-US", "https://example.com/local/council",
     datetime(2024, 5, 4, 14, 46, tzinfo=_zone(-4))),
    # In the JSON-LD too.
    ('<script type="application/ld+json">' + json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "04/05/2024 14:46:00"})
     + "</script>", "hr", "https://example.hr/vijesti/vijece", datetime(2024, 5, 4, 14, 46, tzinfo=_zone(2))),
])
def test_a_meta_time_with_the_year_last_keeps_its_time(head: str, lang: str, url: str,
                                                      expected: datetime) -> None:
    published = _published(head, lang, url)
    assert published == expected
    assert published is not None and published.utcoffset() == expected.utcoffset()


def test_a_slashed_meta_day_follows_the_url_day() -> None:
    # 05/04/2024 beside the URL's /2024/05/04/: month first (4 May), no locale evidence against it.
    head = _meta("article:published_time", "05/04/2024 14:46")
    assert _published(head, "en", "https://example.com/2024/05/04/council-votes").date() \
        == datetime(2024, 5, 4).date()


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-05-04 14:46 GMT+7", datetime(2024, 5, 4, 14, 46, tzinfo=_zone(7))),
    ("4 May 2024 14:46 (GMT+7)", datetime(2024, 5, 4, 14, 46, tzinfo=_zone(7))),
    ("2024-05-04 14:46:00 (UTC+07:00)", datetime(2024, 5, 4, 14, 46, tzinfo=_zone(7))),
    ("2024-05-04 14:46:00 GMT-3", datetime(2024, 5, 4, 14, 46, tzinfo=_zone(-3))),
    ("2024年5月4日 14時46分", datetime(2024, 5, 4, 14, 46)),
    ("2024年05月04日 14时46分", datetime(2024, 5, 4, 14, 46)),
    ("2024년 5월 4일 14시 46분", datetime(2024, 5, 4, 14, 46)),
    ("2024.05.04. 14:46", datetime(2024, 5, 4, 14, 46)),
    ("2024. 5. 4. 14:46", datetime(2024, 5, 4, 14, 46)),
    # Unchanged: JavaScript's form (GMT+0100 is UTC+1) and RFC 2822.
    ("Tue Nov 19 2019 03:05:46 GMT+0100 (Central European Standard Time)",
     datetime(2019, 11, 19, 3, 5, 46, tzinfo=_zone(1))),
    ("Tue, 19 Nov 2019 03:05:46 GMT", datetime(2019, 11, 19, 3, 5, 46, tzinfo=_zone(0))),
    # Slashed with the year last: not read alone (the page tells the order).
    ("04/05/2024 14:46", None),
])
def test_written_zones_and_cjk_clocks(value: str, expected: datetime | None) -> None:
    parsed = parse_time(value)
    assert parsed == expected
    if expected is not None and parsed is not None:
        assert parsed.utcoffset() == expected.utcoffset()
