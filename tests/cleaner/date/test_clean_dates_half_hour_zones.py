"""A time printed with a zone's abbreviation of a half or three quarters of an hour, or one the
table lacked (issue 14: "2:30pm ACST", "14:30 NPT", "14:30 Uhr OESZ", "2:30 p.m. NDT"): the zone's
offset (``clocks.ZONE_OFFSETS``). Before, the page (en at a .com host, no other zone) had noon UTC.
Guards: abbreviations read before, and "GST" (the Gulf's or South Georgia's) left to the page's
country as before."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract


def _page(line: str, lang: str) -> str:
    return (f"<html lang='{lang}'><head><title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1><p class='meta'>{line}</p>{BUDGET_BODY}"
            "</article></body></html>")


def _at(hour: int, minute: int, offset: float) -> datetime:
    return datetime(2024, 5, 3, hour, minute, tzinfo=timezone(timedelta(hours=offset)))


@pytest.mark.parametrize(("line", "lang", "expected"), [
    ("3 May 2024 2:30pm ACST", "en", _at(14, 30, 9.5)),
    ("3 May 2024 2:30pm ACDT", "en", _at(14, 30, 10.5)),
    ("3 May 2024 14:30 NPT", "en", _at(14, 30, 5.75)),
    ("May 3, 2024 14:30 SLST", "en", _at(14, 30, 5.5)),
    ("3 May 2024 14:30 IRST", "en", _at(14, 30, 3.5)),
    ("3 May 2024 14:30 AFT", "en", _at(14, 30, 4.5)),
    ("3 May 2024 14:30 MMT", "en", _at(14, 30, 6.5)),
    ("May 3, 2024 2:30 p.m. NDT", "en", _at(14, 30, -2.5)),
    ("May 3, 2024 2:30 p.m. ADT", "en", _at(14, 30, -3)),
    ("3 de mayo de 2024, 14:30 CLT", "es", _at(14, 30, -4)),
    ("03.05.2024, 14:30 Uhr OESZ", "de", _at(14, 30, 3)),
])
def test_the_zone_written_gives_its_offset(line: str, lang: str, expected: datetime) -> None:
    published = extract(_page(line, lang), url="https://www.example.com/a/1").published_at
    assert published == expected and published.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("line", "lang", "expected"), [
    ("May 3, 2024 — 2:30pm AEST", "en", _at(14, 30, 10)),
    ("3 May 2024 14:30 ICT", "en", _at(14, 30, 7)),
    ("Jumat, 03 Mei 2024 14:30 WIT", "id", _at(14, 30, 9)),
    ("May 3, 2024 14:30 IST", "en-IN", _at(14, 30, 5.5)),
    ("3 May 2024 14:30 GST", "en", _at(12, 0, 0)),
])
def test_zones_read_before_stay(line: str, lang: str, expected: datetime) -> None:
    published = extract(_page(line, lang), url="https://www.example.com/a/1").published_at
    assert published == expected and published.utcoffset() == expected.utcoffset()
