"""Times of day written the local way beside the day (issue 14): the half of the day in Spanish
("2:46 p. m.", with its spaces), Greek ("2:46 μ.μ.") and Arabic ("2:46 م", "مساءً"), Slovenian "ob
14.46"; a 24-hour time followed by a word that looks like a half of the day ("14:46 Am Montag")
kept as written; and the zone of a country whose domain code is also sold generically, under its
registry's second level ("example.com.co" is Colombia's, "example.co" nobody's)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from helpers import BUDGET_BODY

from cleaner.date.clocks import clock_time
from cleaner.date.zones import page_zone
from cleaner.extract import extract

DAY = datetime(2024, 4, 12)
BODY = BUDGET_BODY


@pytest.mark.parametrize(("text", "expected"), [
    ("2:46 p. m.", (14, 46)),
    ("2:46\u00a0p.\u00a0m.", (14, 46)),
    ("9:15 a. m.", (9, 15)),
    ("12:05 a. m.", (0, 5)),
    ("2:46 μ.μ.", (14, 46)),
    ("9:15 π.μ.", (9, 15)),
    ("2:46 م", (14, 46)),
    ("8:30 مساءً", (20, 30)),
    ("9:15 صباحاً", (9, 15)),
    ("ob 14.46", (14, 46)),
    # Unchanged.
    ("2:46 p.m.", (14, 46)),
    ("kl. 14.46", (14, 46)),
    ("下午2:30", (14, 30)),
    # A 24-hour time: the word after it is not its half of the day.
    ("14:46 Am Montag", (14, 46)),
])
def test_local_halves_of_the_day(text: str, expected: tuple[int, int]) -> None:
    clock = clock_time(text, DAY)
    assert clock is not None and clock[:2] == expected


def _published(line: str, lang: str, url: str) -> datetime | None:
    page = (f"<html lang='{lang}'><head><title>Council votes on budget</title></head><body><article>"
            f"<h1>Council votes on budget</h1><p class='meta'>{line}</p>{BODY}</article></body></html>")
    return extract(page, url=url).published_at


@pytest.mark.parametrize(("line", "lang", "url", "expected"), [
    ("12 de abril de 2024 - 2:46 p. m.", "es", "https://www.example.com.co/politica/concejo",
     datetime(2024, 4, 12, 14, 46, tzinfo=ZoneInfo("America/Bogota"))),
    ("12 Απριλίου 2024, 2:46 μ.μ.", "el", "https://www.example.gr/politiki/symvoulio",
     datetime(2024, 4, 12, 14, 46, tzinfo=ZoneInfo("Europe/Athens"))),
    ("12. 4. 2024 ob 14.46", "sl", "https://www.example.si/novice/svet",
     datetime(2024, 4, 12, 14, 46, tzinfo=ZoneInfo("Europe/Ljubljana"))),
])
def test_the_local_time_beside_the_day_is_kept(line: str, lang: str, url: str, expected: datetime) -> None:
    published = _published(line, lang, url)
    assert published == expected
    assert published is not None and published.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("url", "zone"), [
    ("https://www.example.com.co/a", "America/Bogota"),
    ("https://example.gob.ec/a", "America/Guayaquil"),
    ("https://example.co/a", None),          # .co alone: sold generically
    ("https://news.example.tv/a", None),     # a subdomain is no registry's second level
    ("https://www.example.co.uk/a", "Europe/London"),
])
def test_a_generic_code_under_a_registrys_second_level(url: str, zone: str | None) -> None:
    found = page_zone(url, None)
    assert (str(found) if found else None) == zone


@pytest.mark.parametrize(("line", "lang", "url", "expected"), [
    # Month names of the languages the day forms now know: the day, with the time written beside it.
    ("12. marraskuuta 2024 klo 14.46", "fi", "https://www.example.fi/uutiset/valtuusto",
     datetime(2024, 11, 12, 14, 46, tzinfo=ZoneInfo("Europe/Helsinki"))),
    ("12 noiembrie 2024, 14:46", "ro", "https://www.example.ro/stiri/consiliu",
     datetime(2024, 11, 12, 14, 46, tzinfo=ZoneInfo("Europe/Bucharest"))),
    ("12 maart 2024 14:46", "nl", "https://www.example.nl/nieuws/gemeenteraad",
     datetime(2024, 3, 12, 14, 46, tzinfo=ZoneInfo("Europe/Amsterdam"))),
    ("12. juuli 2024 14:46", "et", "https://www.example.ee/uudised/volikogu",
     datetime(2024, 7, 12, 14, 46, tzinfo=ZoneInfo("Europe/Tallinn"))),
    ("12 Μαΐου 2024, 2:46 μ.μ.", "el", "https://www.example.gr/politiki/symvoulio",
     datetime(2024, 5, 12, 14, 46, tzinfo=ZoneInfo("Europe/Athens"))),
])
def test_month_names_of_more_languages(line: str, lang: str, url: str, expected: datetime) -> None:
    published = _published(line, lang, url)
    assert published == expected
    assert published is not None and published.utcoffset() == expected.utcoffset()
