"""A capital's time written in English after the clock ("14:05 Moscow time", "2026-12-02 14:05 Beijing
Time", "(Tehran time)"), as agencies' English editions on generic domains print it: no zone was read
from it (only "Eastern Time" and its kin, Russian, Portuguese, Spanish and French words), so a page on a
.com domain came out at noon UTC (issue 14). ``clocks._CAPITAL_TIMES`` names the capitals' zones.
Guards: the words the rule knew before, a time with no zone, a capital's name that is no zone's label."""

from __future__ import annotations

from datetime import datetime

import pytest

from cleaner.extract import extract

_TEXT = ("The ministry launched a national campaign on Wednesday to raise awareness of cybersecurity among "
         "citizens, with workshops in universities and schools across the whole country.")


def _page(line: str) -> str:
    return ("<html lang='en'><head><meta charset='utf-8'><title>Campaign launched</title></head><body>"
            f"<article><h1>Campaign launched</h1><div class='date'>{line}</div><p>{_TEXT}</p><p>{_TEXT}</p>"
            f"<p>{_TEXT}</p></article></body></html>")


@pytest.mark.parametrize(("line", "expected"), [
    ("2 December 2026 14:05 Moscow time", "2026-12-02T14:05:00+03:00"),
    ("2026-12-02 14:05 Beijing Time", "2026-12-02T14:05:00+08:00"),
    ("Wednesday, 02 December 2026 14:05 Baku time", "2026-12-02T14:05:00+04:00"),
    ("2 December 2026 - 14:05 (Tehran time)", "2026-12-02T14:05:00+03:30"),
    ("02.12.2026, 14:05 (Minsk time)", "2026-12-02T14:05:00+03:00"),
    ("Dec 2, 2026 2:05 PM Hanoi time", "2026-12-02T14:05:00+07:00"),
    ("02.12.2026 14:05 Abu Dhabi time", "2026-12-02T14:05:00+04:00"),
    # guards: read before
    ("December 2, 2026 2:05 PM Eastern Time", "2026-12-02T14:05:00-05:00"),
    ("2 December 2026 14:05 MSK", "2026-12-02T14:05:00+03:00"),
    # no zone written: noon UTC of the day, as before
    ("2 December 2026 14:05", "2026-12-02T12:00:00+00:00"),
    ("2 December 2026 14:05 Moscow", "2026-12-02T12:00:00+00:00"),
])
def test_the_capitals_time(line: str, expected: str) -> None:
    assert extract(_page(line), "https://example.com/news/1").published_at == datetime.fromisoformat(expected)
