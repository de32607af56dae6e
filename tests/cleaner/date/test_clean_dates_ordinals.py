"""English days with their ordinal's ending, and a URL's day with its month's name (issue 14).

"Published: Friday, April 12th, 2024 at 2:46 p.m. EDT" and "12th of April 2024" were no day to the
date lines (the day's number had to end at a word boundary), so the time and zone written beside
htmldate's day were lost. Django's date-based addresses ("/2024/apr/12/", PolitiFact's, The
Spokesman-Review's) were no URL day: htmldate, which takes a URL's day before the page's, took a
day written higher on the page instead (a fact-check's claim, made weeks before)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.date.day_forms import days_in
from cleaner.date.url_days import numeric_url, url_day
from cleaner.extract import extract

BODY = BUDGET_BODY


@pytest.mark.parametrize(("text", "day"), [
    ("Published: Friday, April 12th, 2024 at 2:46 p.m.", datetime(2024, 4, 12)),
    ("May 1st, 2024", datetime(2024, 5, 1)),
    ("June 2nd 2024", datetime(2024, 6, 2)),
    ("12th of April 2024", datetime(2024, 4, 12)),
    ("23rd March 2024", datetime(2024, 3, 23)),
])
def test_an_english_ordinal_day(text: str, day: datetime) -> None:
    assert [found for _, _, found in days_in(text, None)] == [day]


@pytest.mark.parametrize(("url", "numeric", "day"), [
    ("https://www.example.com/factchecks/2024/apr/12/jane-doe/claim/",
     "https://www.example.com/factchecks/2024/04/12/jane-doe/claim/", datetime(2024, 4, 12)),
    ("https://www.example.com/stories/2024/sept/3/council-votes/",
     "https://www.example.com/stories/2024/09/03/council-votes/", datetime(2024, 9, 3)),
    # No month: the address as it is.
    ("https://www.example.com/2024/novel/3/a", "https://www.example.com/2024/novel/3/a", None),
])
def test_a_url_day_with_the_months_name(url: str, numeric: str, day: datetime | None) -> None:
    assert numeric_url(url) == numeric and url_day(url) == day


def _published(meta: str, url: str, before: str = "") -> datetime | None:
    page = (f"<html lang='en'><head><title>Council votes on budget</title></head><body>{before}<article>"
            f"<h1>Council votes on budget</h1>{meta}{BODY}</article></body></html>")
    return extract(page, url=url).published_at


def test_the_time_and_zone_beside_an_ordinal_day() -> None:
    published = _published("<p class='byline'>By Jane Doe | Published: Friday, April 12th, 2024 at 2:46 p.m."
                           " EDT</p>", "https://www.example.com/news/council-votes-on-budget")
    assert published == datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=-4)))


def test_the_url_day_with_the_months_name_before_a_claims_day() -> None:
    # A fact-check: the claim's day above the headline, the article's under it.
    claim = ("<div class='statement'><div class='statement__text'>\"The county spends $5 million a week on"
             " roads.\"</div><p class='statement__meta'>— John Smith on Sunday, March 10th, 2024 in a TV"
             " interview</p></div>")
    published = _published("<div class='byline'>By Jane Doe • April 12th, 2024</div>",
                           "https://www.example.com/factchecks/2024/apr/12/john-smith/county-roads/",
                           before=claim)
    assert published == datetime(2024, 4, 12, 12, 0, tzinfo=UTC)
