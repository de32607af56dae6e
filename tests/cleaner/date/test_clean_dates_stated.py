"""Publication times the page states in more than one place that disagree in form (issue 14): a
JSON-LD day without its time beside a timed meta tag, a naive JSON-LD time that is the meta tag's
instant in UTC, htmldate's fallback on the last update's time where nothing states the
publication, and ISO timestamps as some CMSs loosen them. Page structures of the usual kinds
(JSON-LD ``NewsArticle``, ``article:`` meta tags, a meta line under the headline)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.date.dates import parse_time, zone
from cleaner.extract import extract

BERLIN = timezone(timedelta(hours=2))  # Europe/Berlin in April
NEW_YORK_WINTER = timezone(timedelta(hours=-5))
BODY = BUDGET_BODY


def _ld(**fields: str) -> str:
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council votes on budget",
           **fields}
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _published(head: str, line: str = "", url: str = "https://example.com/news/council-votes",
               timezone_name: str | None = None) -> datetime | None:
    page = (f"<html><head>{head}<title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1><p class='meta'>{line}</p>{BODY}</article></body></html>")
    return extract(page, url=url, timezone=timezone_name).published_at


@pytest.mark.parametrize(("value", "expected"), [
    # The zone's name after the offset (the offset states the instant).
    ("2024-04-12T14:46:00+02:00 CEST", datetime(2024, 4, 12, 14, 46, tzinfo=BERLIN)),
    ("2024-04-12T14:46:00+02:00 (CEST)", datetime(2024, 4, 12, 14, 46, tzinfo=BERLIN)),
    # A space between the fraction of a second and the offset.
    ("2024-04-12T14:46:00.000 +02:00", datetime(2024, 4, 12, 14, 46, tzinfo=BERLIN)),
    ("2024-04-12 14:46:00.123 +0200", datetime(2024, 4, 12, 14, 46, 0, 123000, tzinfo=BERLIN)),
    # Month, day or hour of one digit.
    ("2024-4-2T9:05:00+02:00", datetime(2024, 4, 2, 9, 5, tzinfo=BERLIN)),
    ("2024-4-12T14:46:00Z", datetime(2024, 4, 12, 14, 46, tzinfo=UTC)),
    ("2024-4-2", datetime(2024, 4, 2)),
    # The CJK form of the day, as East Asian sites state it in their meta tags: naive.
    ("2024年04月12日 14:46", datetime(2024, 4, 12, 14, 46)),
    ("2024年4月12日", datetime(2024, 4, 12)),
    # A 12-hour time with its half of the day.
    ("2024-04-12 02:46 PM", datetime(2024, 4, 12, 14, 46)),
    ("2024-04-12 12:05 a.m.", datetime(2024, 4, 12, 0, 5)),
    # An IANA zone's name instead of the offset: that zone on that day (summer time kept).
    ("2024-04-12T14:46:00 Europe/Berlin", datetime(2024, 4, 12, 14, 46, tzinfo=BERLIN)),
    ("2024-01-12 14:46 America/New_York", datetime(2024, 1, 12, 14, 46, tzinfo=NEW_YORK_WINTER)),
    # Not dates: still none.
    ("2024-04-12 13:46 PM", None),
    ("2024-04-12T14:46:00 Nowhere/Atlantis", None),
    ("2024-13-45", None),
    ("2024-04-12T25:46:00+02:00", None),
    ("2024-4-2T9:05:00+02:00 and more", None),
])
def test_iso_timestamps_as_cmss_loosen_them(value: str, expected: datetime | None) -> None:
    parsed = parse_time(value)
    assert parsed == expected
    if expected is not None:
        assert parsed.utcoffset() == expected.utcoffset()


def test_json_ld_day_without_its_time_takes_the_time_the_meta_tags_state_for_that_day() -> None:
    head = _ld(datePublished="2024-04-12") + \
        '<meta property="article:published_time" content="2024-04-12T14:46:00+02:00">'
    found = _published(head)
    assert found == datetime(2024, 4, 12, 14, 46, tzinfo=BERLIN)
    assert found.utcoffset() == timedelta(hours=2)


def test_json_ld_day_keeps_noon_where_the_other_time_is_of_another_day() -> None:
    head = _ld(datePublished="2024-04-12") + \
        '<meta property="article:published_time" content="2024-04-13T09:00:00+02:00">'
    # Noon in the zone of the meta tag's offset, the day the JSON-LD states.
    assert _published(head) == datetime(2024, 4, 12, 12, 0, tzinfo=BERLIN)


def test_json_ld_day_takes_a_naive_time_of_that_day_only_in_a_known_zone() -> None:
    head = _ld(datePublished="2024-04-12") + \
        '<meta property="article:published_time" content="2024-04-12T23:46:00">'
    # No zone known: noon UTC, the day itself in every zone (23:46 read as UTC would be the next day
    # east of Greenwich).
    assert _published(head) == datetime(2024, 4, 12, 12, 0, tzinfo=UTC)
    # The source's zone known: the time the meta tag states, in it.
    found = _published(head, timezone_name="Europe/Berlin")
    assert found == datetime(2024, 4, 12, 23, 46, tzinfo=zone("Europe/Berlin"))


@pytest.mark.parametrize("timezone_name", [None, "Europe/Berlin"])
def test_naive_json_ld_time_that_is_the_meta_tags_instant_in_utc_is_utc(timezone_name: str | None) -> None:
    # A CMS writing UTC without saying so in its JSON-LD, its local time with the offset in the meta
    # tags: read in the meta tags' offset, 23:30 would be the 12th; the publication is the 13th.
    head = _ld(datePublished="2024-04-12T23:30:00") + \
        '<meta property="article:published_time" content="2024-04-13T01:30:00+02:00">'
    found = _published(head, timezone_name=timezone_name)
    assert found == datetime(2024, 4, 13, 1, 30, tzinfo=BERLIN)
    assert found.utcoffset() == timedelta(hours=2)


def test_naive_json_ld_time_with_the_meta_tags_wall_clock_takes_their_offset() -> None:
    head = _ld(datePublished="2024-04-12T14:46:00") + \
        '<meta property="article:published_time" content="2024-04-12T14:46:00+02:00">'
    found = _published(head)
    assert found == datetime(2024, 4, 12, 14, 46, tzinfo=BERLIN)
    assert found.utcoffset() == timedelta(hours=2)


@pytest.mark.parametrize("head", [
    '<meta property="article:modified_time" content="2024-04-14T09:00:00+02:00">',
    _ld(dateModified="2024-04-14T09:00:00+02:00"),
])
def test_last_update_is_not_the_publication_where_the_page_writes_an_earlier_day(head: str) -> None:
    # htmldate falls back on the update's time where nothing states the publication.
    assert _published(head, "Published 12 April 2024, 14:46") == datetime(2024, 4, 12, 14, 46, tzinfo=BERLIN)
    # The day without a time: noon in the zone the update's offset gives.
    assert _published(head, "12 April 2024") == datetime(2024, 4, 12, 12, 0, tzinfo=BERLIN)


@pytest.mark.parametrize("line", [
    "",  # the page writes no day: the update's time is all there is
    "Updated 14 April 2024, 09:00",  # the day written is the update's
])
def test_last_update_stays_where_the_page_writes_no_other_day(line: str) -> None:
    head = '<meta property="article:modified_time" content="2024-04-14T09:00:00+02:00">'
    assert _published(head, line) == datetime(2024, 4, 14, 9, 0, tzinfo=BERLIN)


def test_day_among_teasers_is_not_taken_for_the_publication_before_an_update() -> None:
    head = '<meta property="article:modified_time" content="2024-04-14T09:00:00+02:00">'
    page = (f"<html><head>{head}</head><body><aside class='related'><ul>"
            "<li><a href='/a'>Another story about the council and its budget</a> 3 March 2024</li>"
            "<li><a href='/b'>A story about the roads and the schools budget</a> 4 March 2024</li>"
            "</ul></aside>"
            f"<article><h1>Council votes on budget</h1>{BODY}</article></body></html>")
    found = extract(page, url="https://example.com/news/council-votes").published_at
    assert found == datetime(2024, 4, 14, 9, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(("lang", "line"), [
    ("ru", "12 апреля 2024, 23:46"),  # Russian: Russia's zones span eleven offsets
    ("en", "April 12, 2024 11:46 pm"),
    ("es", "12 de abril de 2024, 00:15"),  # read as UTC, the day before anywhere in the Americas
])
def test_time_htmldate_reads_in_no_known_zone_is_its_day_at_noon_utc(lang: str, line: str) -> None:
    # No registry zone, no offset or zone on the page, no country (.com; a language of several
    # countries): 23:46 read as UTC would be the 13th east of Greenwich. The day, at noon UTC, as a
    # day found in the text is.
    page = (f"<html lang='{lang}'><head><title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1><p class='date'>{line}</p>{BODY}</article></body></html>")
    found = extract(page, url="https://example.com/news/council-votes").published_at
    assert found == datetime(2024, 4, 12, 12, 0, tzinfo=UTC)


def test_time_htmldate_reads_in_a_known_zone_keeps_its_time() -> None:
    page = ("<html lang='ru'><head><title>Council votes on budget</title></head><body><article>"
            "<h1>Council votes on budget</h1><p class='date'>12 апреля 2024, 23:46</p>"
            f"{BODY}</article></body></html>")
    found = extract(page, url="https://example.ru/news/council-votes").published_at
    assert found == datetime(2024, 4, 12, 23, 46, tzinfo=zone("Europe/Moscow"))


@pytest.mark.parametrize("meta_line", [
    # A WordPress theme's post that was updated: the update's <time> first on the line.
    "<time class='updated' datetime='2024-04-14T09:00:00+02:00'>14 April 2024</time>"
    "<time class='entry-date published' datetime='2024-04-12T14:46:00+02:00'>12 April 2024</time>",
    "<time class='date-modified' datetime='2024-04-14T09:00:00+02:00'>14/04/2024</time> "
    "<time class='date-published' datetime='2024-04-12T14:46:00+02:00'>12/04/2024</time>",
    # Never updated: both classes on the one element.
    "<time class='entry-date published updated' datetime='2024-04-12T14:46:00+02:00'>12 April 2024</time>",
])
def test_time_element_whose_class_names_the_publication_is_a_stated_time(meta_line: str) -> None:
    assert _published("", meta_line) == datetime(2024, 4, 12, 14, 46, tzinfo=BERLIN)



REPUBLISHED = '<meta property="article:published_time" content="2024-06-20T09:00:00+02:00">'
DATED_URL = "https://example.com/2024/04/12/council-votes-on-budget/"


def test_stated_time_days_after_the_urls_day_gives_way_to_it_where_the_page_writes_that_day() -> None:
    # A story republished (or a template stamping its last edit as published) two months on: its
    # address and its own meta line still give the day it first ran.
    found = _published(REPUBLISHED, "12 April 2024, 14:46", url=DATED_URL)
    assert found == datetime(2024, 4, 12, 14, 46, tzinfo=BERLIN)
    # The day without a time: noon in the stated time's zone.
    assert _published(REPUBLISHED, "Friday 12 April 2024", url=DATED_URL) == \
        datetime(2024, 4, 12, 12, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(("head", "line", "url"), [
    # The page does not write the URL's day: the stated time stands.
    (REPUBLISHED, "By Jane Doe", DATED_URL),
    # The URL's day written only as an update's: the stated time stands.
    (REPUBLISHED, "Updated 12 April 2024", DATED_URL),
    # No day in the URL.
    (REPUBLISHED, "12 April 2024, 14:46", "https://example.com/news/council-votes-on-budget/"),
])
def test_stated_time_stands_without_the_urls_day_on_the_page(head: str, line: str, url: str) -> None:
    assert _published(head, line, url=url) == datetime(2024, 6, 20, 9, 0, tzinfo=BERLIN)


@pytest.mark.parametrize("stated", [
    "2024-04-13T01:30:00+02:00",  # the next day in the page's zone: the same publication
    "2024-04-11T18:00:00+02:00",  # before the URL's day (a print edition's address)
])
def test_stated_time_within_a_day_of_the_urls_day_or_before_it_stands(stated: str) -> None:
    head = f'<meta property="article:published_time" content="{stated}">'
    assert _published(head, "12 April 2024, 14:46", url=DATED_URL) == datetime.fromisoformat(stated)


def test_urls_day_among_teasers_does_not_displace_the_stated_time() -> None:
    page = (f"<html><head>{REPUBLISHED}</head><body><aside class='related'><ul>"
            "<li><a href='/a'>Another story about the council and its budget</a> 12 April 2024</li>"
            "<li><a href='/b'>A story about the roads and the schools budget</a> 4 March 2024</li>"
            f"</ul></aside><article><h1>Council votes on budget</h1>{BODY}</article></body></html>")
    assert extract(page, url=DATED_URL).published_at == datetime(2024, 6, 20, 9, 0, tzinfo=BERLIN)
