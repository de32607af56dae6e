"""The date readers' cost cuts give the answers of the readings they replace.

- ``restamps._prints_clock`` finds the minutes by a substring search for each separator (":40", ".40",
  "h40") where it searched the pattern ``[:.h]40(?![\\d.:])``: the same positions, so the same verdict.
- ``stated.read_meta_times`` reads a page's meta tags once for the same address and zone, and once for
  all where no value is written with the year last (only those are read in the page's order, which the
  address and the zone may decide).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from lxml.html import fromstring

from cleaner.date import restamps, stated
from cleaner.date.restamps import _hour_before, _prints_clock
from cleaner.date.stated import read_meta_times


def _by_pattern(text: str, when: datetime) -> bool:
    """The test as it was: one pattern's search for the minutes."""
    hours = {f"{hour}" for hour in (when.hour, when.hour % 12 or 12)}
    hours |= {f"0{hour}" for hour in hours if len(hour) == 1}
    return any(_hour_before(text, found.start(), hours) and restamps._ZONE_AFTER.match(text, found.end())
               for found in re.finditer(rf"[:.h]{when.minute:02d}(?![\d.:])", text))


@pytest.mark.parametrize("line", [
    "Jumat, 12 April 2024 23:40 WIB",
    "12/4/2024, 23.40 (GMT+7)",
    "12/4/2024 23h40 heure de Paris",
    "12 April 2024 11:40 PM EST",
    "Rp 23:405 WIB, then 23:40 WIB",      # a longer number first, the time after it
    "23:40.5 WIB",                          # a decimal, no time
    "23:40:12 WIB",                         # seconds after it: not read here
    "version 123:40 WIB",                   # the hour is a longer number's end
    "at 23:40",                             # no zone after it
    "h40 WIB 23",                           # the separator at the start of the text
    "23:40",                                # at the very end
    "١٢ أبريل 2024 - 23:40 (بتوقيت مكة المكرمة)",
    "Updated 09:05 ET; 9:05 a.m. ET",
])
def test_prints_clock_as_the_pattern_read_it(line: str) -> None:
    tree = fromstring(f"<html><body><div><span>{line}</span></div><p>Text.</p></body></html>")
    for when in (datetime(2024, 4, 12, 23, 40, tzinfo=UTC), datetime(2024, 4, 12, 9, 5, tzinfo=UTC),
                 datetime(2024, 4, 12, 11, 40, tzinfo=UTC)):
        assert _prints_clock(tree, when) == _by_pattern(restamps._BODY_TEXT(tree), when)


def test_prints_clock_finds_a_later_match() -> None:
    tree = fromstring("<html><body><p>Score 2:40 in the first half.</p><p>12 April 2024 23:40 WIB</p>"
                      "</body></html>")
    assert _prints_clock(tree, datetime(2024, 4, 12, 23, 40, tzinfo=UTC))


def _page(*metas: str) -> str:
    return "<html><head>" + "".join(metas) + "</head><body><p>12.04.2024</p></body></html>"


def test_meta_times_read_once_for_all_arguments(monkeypatch) -> None:
    tree = fromstring(_page('<meta property="article:published_time" content="2024-04-12T14:46:00+02:00">',
                            '<meta property="article:modified_time" content="2024-04-13T09:00:00+02:00">'))
    calls = []
    real = stated._read_meta_times
    monkeypatch.setattr(stated, "_read_meta_times", lambda *args: calls.append(args) or real(*args))
    first = read_meta_times(tree, "https://news.example.com/a/1")
    again = read_meta_times(tree)
    assert first == again
    assert first[0] == [datetime.fromisoformat("2024-04-12T14:46:00+02:00")]
    assert len(calls) == 1
    again[0].append(None)  # a caller's list is its own
    assert read_meta_times(tree)[0] == first[0]


def test_meta_times_written_year_last_read_for_each_address() -> None:
    # "04/05/2024": April or May by the page's evidence; the address's day is some of it.
    metas = ('<meta property="article:published_time" content="04/05/2024 14:46:00">',)
    april = "https://news.example.com/2024/04/05/story"
    may = "https://news.example.com/2024/05/04/story"
    tree = fromstring(_page(*metas))
    read = [read_meta_times(tree, april), read_meta_times(tree, may), read_meta_times(tree, april)]
    fresh = [read_meta_times(fromstring(_page(*metas)), url) for url in (april, may, april)]
    assert read == fresh
