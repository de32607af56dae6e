"""A stated time at +00:00 that the page prints as its local time with its zone (issue 14).

Some CMSs mark their local time "Z" or "+00:00" ("datePublished": "2024-04-12T23:40:00+00:00") while
the page prints the same wall-clock time beside the same day with its zone ("Jumat, 12 April 2024
23:40 WIB", "12/4/2024, 23:40 (GMT+7)", "23:40 (بتوقيت مكة المكرمة)"): the stated instant was hours
off. Only where the page prints that very time on the day's line with a zone other than UTC; the
stated instant stands where the page prints another time (a true UTC stamp shown as "23:40 BST"
for 22:40Z), no zone ("12 Nisan 2024 23:40"), or UTC's ("23:40 GMT"), and where the stated offset is
not zero."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from cleaner.extract import extract

_BODY = "The council voted on Friday to fund new roads, schools and hospitals in the region. "


def _found(published: str, line: str, lang: str = "en", url: str = "https://www.portal-news.com/a/1"):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council backs the plan",
          "datePublished": published}
    page = (f'<html lang="{lang}"><head><title>Council backs the plan</title>'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body><article>'
            f'<h1>Council backs the plan</h1><div class="meta"><span>{line}</span></div><p>{_BODY * 6}</p>'
            f'</article></body></html>')
    return extract(page, url).published_at


def _at(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.mark.parametrize(("published", "line", "lang", "offset"), [
    ("2024-04-12T23:40:00+00:00", "Jumat, 12 April 2024 23:40 WIB", "id", 7),
    ("2024-04-12T23:40:00Z", "Thứ sáu, 12/4/2024, 23:40 (GMT+7)", "vi", 7),
    ("2024-04-12T23:40:00Z", "12 أبريل 2024 - 23:40 (بتوقيت مكة المكرمة)", "ar", 3),
    ("2024-04-12T21:15:00Z", "April 12, 2024 9:15 PM EDT", "en", -4),
    ("2024-04-12T14:46:00.000Z", "12.04.2024, 14:46 Uhr MESZ", "de", 2),
])
def test_local_time_marked_utc_takes_the_printed_zone(published, line, lang, offset) -> None:
    found = _found(published, line, lang)
    hour, minute = (int(part) for part in published[11:16].split(":"))
    assert found == datetime(2024, 4, 12, hour, minute, tzinfo=_at(offset))
    assert found.utcoffset() == timedelta(hours=offset)


@pytest.mark.parametrize(("published", "line", "lang"), [
    ("2024-04-12T22:40:00Z", "12 April 2024, 23:40 BST", "en"),  # a true UTC stamp, local time printed
    ("2024-04-12T23:40:00Z", "12 Nisan 2024 23:40", "tr"),  # no zone printed: the stated instant
    ("2024-04-12T23:40:00Z", "12 April 2024 23:40 GMT", "en"),
    ("2024-04-12T23:40:00Z", "11 April 2024 23:40 WIB", "id"),  # another day's line
])
def test_stated_utc_instant_stands_without_that_evidence(published, line, lang) -> None:
    found = _found(published, line, lang)
    assert found == datetime.fromisoformat(published.replace("Z", "+00:00"))
    assert found.utcoffset() == timedelta(0)


def test_a_stated_non_zero_offset_is_never_moved() -> None:
    found = _found("2024-04-12T23:40:00+08:00", "Jumat, 12 April 2024 23:40 WIB", "id")
    assert found.utcoffset() == timedelta(hours=8) and found == datetime(2024, 4, 12, 15, 40, tzinfo=UTC)


def _with_meta(published: str, meta: str, lang: str) -> datetime | None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council backs the plan",
          "datePublished": published}
    page = (f'<html lang="{lang}"><head><title>Council backs the plan</title>'
            f'<meta property="article:published_time" content="{meta}">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body><article>'
            f'<h1>Council backs the plan</h1><p>{_BODY * 6}</p></article></body></html>')
    return extract(page, "https://www.portal-news.com/a/1").published_at


@pytest.mark.parametrize(("published", "meta", "lang", "offset"), [
    # The JSON-LD marks local time "Z"; the meta tags state the same wall clock with its offset.
    ("2024-04-12T23:40:00Z", "2024-04-12T23:40:00+03:00", "ar", 3),
    ("2024-04-12T23:40:00+00:00", "2024-04-12T23:40:00-05:00", "es", -5),
    ("2024-04-12T08:15:00.000Z", "2024-04-12T08:15:00+05:30", "en", 5.5),
])
def test_local_time_marked_utc_takes_the_offset_stated_elsewhere(published, meta, lang, offset) -> None:
    found = _with_meta(published, meta, lang)
    assert found == datetime.fromisoformat(meta) and found.utcoffset() == timedelta(hours=offset)


@pytest.mark.parametrize(("published", "meta"), [
    ("2024-04-12T20:40:00Z", "2024-04-12T23:40:00+03:00"),  # one instant in two offsets: kept
    ("2024-04-12T23:40:00Z", "2024-04-13T02:40:00+03:00"),  # a true UTC stamp
    ("2024-04-12T23:40:00Z", "2024-04-12T23:40:00Z"),
    ("2024-04-12T23:40:00+02:00", "2024-04-12T23:40:00+03:00"),  # a non-zero stated offset stands
])
def test_stated_instant_stands_where_no_other_offset_states_its_wall_clock(published, meta) -> None:
    found = _with_meta(published, meta, "ar")
    expected = datetime.fromisoformat(published.replace("Z", "+00:00"))
    assert found == expected and found.utcoffset() == expected.utcoffset()
