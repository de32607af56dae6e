"""A line that writes the last update's day and time before the publication's, longer than a date
line's 80 characters (issue 14): "Last Updated: Apr 13 2024 | 9:00 AM IST First Published: Apr 12
2024 | 2:46 PM IST", "Aktualisiert am 13.04.2024, 09:00 Uhr · Erstveröffentlichung am 12.04.2024,
14:46 Uhr". Such a line (up to twice as long, labelling an update or the print edition and writing
two days: cleaner.date.page_lines.short_line) is read as the shorter ones are: the publication's day
and time, not the update's day at noon."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract


def _published(line: str, lang: str, url: str, more: str = "") -> datetime | None:
    page = (f"<html lang='{lang}'><head><title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1><p class='meta'>{line}</p>{more}{BUDGET_BODY}"
            "</article></body></html>")
    return extract(page, url=url).published_at


@pytest.mark.parametrize(("line", "lang", "url", "hours"), [
    ("Last Updated: Apr 13 2024 | 9:00 AM IST First Published: Apr 12 2024 | 2:46 PM IST", "en",
     "https://www.example.in/a/1", 5.5),
    ("Aktualisiert am 13.04.2024, 09:00 Uhr · Erstveröffentlichung am 12.04.2024, 14:46 Uhr", "de",
     "https://www.example.de/a/1", 2),
    ("Aktualisiert am Samstag, 13. April 2024, 09:00 Uhr · Veröffentlicht am Freitag, 12. April 2024, "
     "14:46 Uhr", "de", "https://www.example.de/a/1", 2),
    ("Mis à jour le samedi 13 avril 2024 à 09h00 · Publié le vendredi 12 avril 2024 à 14h46", "fr",
     "https://www.example.fr/a/1", 2),
    # guards: the same in under 80 characters
    ("Updated: April 13, 2024 09:00 Published: April 12, 2024 14:46", "en",
     "https://www.example.in/a/1", 5.5),
    ("Aktualisiert am 13.04.2024 09:00 Erstveröffentlichung am 12.04.2024 14:46", "de",
     "https://www.example.de/a/1", 2),
])
def test_the_publication_after_the_update(line: str, lang: str, url: str, hours: float) -> None:
    assert _published(line, lang, url) == datetime(2024, 4, 12, 14, 46,
                                                   tzinfo=timezone(timedelta(hours=hours)))


def test_a_sentence_with_an_update_and_two_days_is_no_date_line() -> None:
    # guard: the dateline stays the publication, the sentence in the text (no label before its days
    # as a stamp) does not displace it
    sentence = ("<p>The rules were updated on 13 April 2024 after the ministry changed them on 2 March "
                "2024, officials said.</p>")
    published = _published("12 April 2024, 14:46", "en", "https://www.example.de/a/1", sentence)
    assert published == datetime(2024, 4, 12, 14, 46, tzinfo=timezone(timedelta(hours=2)))
