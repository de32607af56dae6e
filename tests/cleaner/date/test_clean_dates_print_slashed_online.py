"""A page that states the print edition's day as its publication (a day at midnight) and prints the
online day before it as a slashed day of two numbers up to 12 ("12/04/2024 18:30 h" above "Edición
impresa del 13 de abril de 2024"; issue 14): the online day was read in neither order, so the print
edition's midnight stood. Now, in the print edition's two weeks before, the one of its two readings
there (Spanish, Portuguese day first; an American page's month first), with the time beside it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract


def _page(lang: str, lines: str, stated: str = "2024-04-13T00:00:00+02:00") -> str:
    return (f"<html lang='{lang}'><head><title>Council votes on budget</title>"
            f"<meta property='article:published_time' content='{stated}'></head><body><article>"
            f"<h1>Council votes on budget</h1>{lines}{BUDGET_BODY}</article></body></html>")


def _at(month, day, hour, minute, hours: float) -> datetime:
    return datetime(2024, month, day, hour, minute, tzinfo=timezone(timedelta(hours=hours)))


@pytest.mark.parametrize(("lang", "lines", "url", "expected"), [
    ("es", "<p>12/04/2024 18:30 h</p>"
     "<p>Este artículo se publicó en la edición impresa del 13 de abril de 2024</p>",
     "https://www.example.es/a/1", _at(4, 12, 18, 30, 2)),
    ("pt", "<p>12/04/2024 18h30</p><p>Publicado na edição impressa de 13 de abril de 2024</p>",
     "https://www.example.pt/a/2", _at(4, 12, 18, 30, 2)),
    ("en-US", "<p>04/12/2024 6:30 PM EDT</p>"
     "<p>A version of this article appears in print on 13 April 2024</p>",
     "https://www.example.com/a/3", _at(4, 12, 18, 30, -4)),
    ("es", "<p>05/04/2024 18:30 h</p><p>Edición impresa del 13 de abril de 2024</p>",
     "https://www.example.es/a/4", _at(4, 5, 18, 30, 2)),
])
def test_the_online_day_before_the_print_edition(lang, lines, url, expected) -> None:
    found = extract(_page(lang, lines), url=url).published_at
    assert found == expected and found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("lang", "lines", "url"), [
    # Neither reading within two weeks before the print edition: its day stands.
    ("es", "<p>03/02/2024 18:30 h</p><p>Edición impresa del 13 de abril de 2024</p>", "https://www.example.es/a/5"),
    # No print edition's label: the stated day stands.
    ("es", "<p>12/04/2024 18:30 h</p><p>13 de abril de 2024</p>", "https://www.example.es/a/6"),
])
def test_guards_the_stated_day_stands(lang, lines, url) -> None:
    found = extract(_page(lang, lines), url=url).published_at
    assert found is not None and found.date() == datetime(2024, 4, 13).date()
