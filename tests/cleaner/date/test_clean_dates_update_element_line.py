"""A ``<time class="updated">`` (the page's only machine-readable time) printed on one line with the
publication's day ("<time class='updated'>04.05.2024, 09:00</time> <span>Erstveröffentlichung:
03.05.2024, 14:30 Uhr</span>"): the line's first day was the update element's own, so the update was
taken as the publication (issue 14). ``datelines.day_before_update`` reads the line without the
update elements' texts: the publication's day, at the time printed beside it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract


def _page(line: str, lang: str) -> str:
    return (f"<html lang='{lang}'><head><title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1><p class='meta'>{line}</p>{BUDGET_BODY}"
            "</article></body></html>")


def _at(day: int, hour: int, minute: int, offset: float) -> datetime:
    return datetime(2024, 5, day, hour, minute, tzinfo=timezone(timedelta(hours=offset)))


def _updated(text: str, value: str) -> str:
    return f"<time class='updated' datetime='{value}'>{text}</time>"


@pytest.mark.parametrize(("line", "lang", "url", "expected"), [
    (_updated("04.05.2024, 09:00", "2024-05-04T09:00:00+02:00")
     + " <span>Erstveröffentlichung: 03.05.2024, 14:30 Uhr</span>", "de", "https://www.example.de/a/1",
     _at(3, 14, 30, 2)),
    (_updated("4 mai 2024 à 9h00", "2024-05-04T09:00:00+02:00")
     + " <span>Publié le 3 mai 2024 à 14h30</span>", "fr", "https://www.example.fr/a/1", _at(3, 14, 30, 2)),
    ("Updated " + _updated("May 4, 2024 9:00 a.m.", "2024-05-04T09:00:00-04:00")
     + " <span>Published May 3, 2024 2:30 p.m. ET</span>", "en", "https://www.example.com/a/1",
     _at(3, 14, 30, -4)),
])
def test_the_publication_beside_the_update_element(line: str, lang: str, url: str,
                                                   expected: datetime) -> None:
    published = extract(_page(line, lang), url=url).published_at
    assert published == expected and published.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("line", "lang", "url", "expected"), [
    # Guard: the update element alone.
    (_updated("04.05.2024, 09:00", "2024-05-04T09:00:00+02:00"), "de", "https://www.example.de/a/1",
     _at(4, 9, 0, 2)),
])
def test_guards(line: str, lang: str, url: str, expected: datetime) -> None:
    published = extract(_page(line, lang), url=url).published_at
    assert published == expected and published.utcoffset() == expected.utcoffset()


def test_a_publication_on_the_update_day_keeps_that_day() -> None:
    """Guard: published and updated on one day, the day stays (its time is left as before)."""
    line = (_updated("04.05.2024, 16:00", "2024-05-04T16:00:00+02:00")
            + " <span>Erstveröffentlichung: 04.05.2024, 09:00 Uhr</span>")
    published = extract(_page(line, "de"), url="https://www.example.de/a/1").published_at
    assert published.date() == _at(4, 9, 0, 2).date() and published.utcoffset() == timedelta(hours=2)
