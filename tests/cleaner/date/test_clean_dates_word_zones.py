"""Zones a page writes beside its time in words or in a country's own abbreviations (issue 14), and
the zone of a country of several that the page prints with its very time. Before: "10:40 p.m. Eastern
Time", "22h40 (horário de Brasília)", "21:40 hrs (hora del Centro de México)", "01:40 (время
московское)", "23:40 (МСК+2)" and Canadian French "21 h 40 HAE" named no zone, so a naive stated time
on a .com page with no country was read as UTC; and on an Indonesian or Russian page (Jakarta's or
Moscow's zone taken for the country) a printed "23:40 WITA" or "23:40 WIT" was not read: the time
came out in Jakarta's zone, an hour or two off."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.date.clocks import clock_time
from cleaner.extract import extract

SUMMER = datetime(2024, 7, 12)
WINTER = datetime(2024, 1, 12)


@pytest.mark.parametrize(("text", "day", "hours"), [
    ("10:40 p.m. Eastern Time", WINTER, -5),
    ("9:40 PM Pacific Daylight Time", SUMMER, -7),
    ("12/07/2024 22h40 (horário de Brasília)", SUMMER, -3),
    ("21:40 hrs (hora del Centro de México)", SUMMER, -6),
    ("21:40 (Tiempo del Centro)", SUMMER, -6),
    ("01:40 (время московское)", SUMMER, 3),
    ("в 15:00 по московскому времени", SUMMER, 3),
    ("23:40 (МСК+2)", SUMMER, 5),
    ("23:40 MSK-1", SUMMER, 2),
    ("21 h 40 HAE", SUMMER, -4),
    ("21 h 40 HNE", WINTER, -5),
])
def test_zones_in_words_and_offsets_from_moscow(text: str, day: datetime, hours: float) -> None:
    clock = clock_time(text, day)
    assert clock is not None and clock[3] == int(hours * 3600)


@pytest.mark.parametrize("text", [
    "21:40 hora del Centro",  # also the United States' Central in Spanish: not read
    "21:40 central",
    "10:40 eastern",
    "23:40 (CET+1)",  # an offset only after GMT, UTC or Moscow's
])
def test_no_zone_from_other_words(text: str) -> None:
    clock = clock_time(text, SUMMER)
    assert clock is not None and clock[3] is None


def _page(lang: str, published: str, line: str, extra: str = "") -> str:
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          f'"headline": "Council votes on budget", "datePublished": "{published}"}}</script>')
    return (f"<html lang='{lang}'><head><title>Council votes on budget</title>{ld}</head><body><article>"
            f"<h1>Council votes on budget</h1><div class='meta'>{line}</div>{BUDGET_BODY}{extra}"
            "</article></body></html>")


def _at(year, month, day, hour, minute, hours: float) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=timezone(timedelta(hours=hours)))


@pytest.mark.parametrize(("lang", "published", "line", "url", "expected"), [
    ("en", "2024-01-12T22:40:00", "Jan. 12, 2024, 10:40 p.m. Eastern Time",
     "https://www.example.com/n/1", _at(2024, 1, 12, 22, 40, -5)),
    ("pt", "2024-07-12T22:40:00", "12/07/2024 22h40 (horário de Brasília)",
     "https://www.example.com/n/2", _at(2024, 7, 12, 22, 40, -3)),
    ("es", "2024-07-12T21:40:00", "12/07/2024 21:40 hrs (hora del Centro de México)",
     "https://www.example.com/n/3", _at(2024, 7, 12, 21, 40, -6)),
    ("ru", "2024-03-12T01:40:00", "12 марта 2024, 01:40 (время московское)",
     "https://www.example.com/n/4", _at(2024, 3, 12, 1, 40, 3)),
    ("fr-CA", "2024-07-12T21:40:00", "Publié le 12 juillet 2024 à 21 h 40 HAE",
     "https://www.example.com/n/5", _at(2024, 7, 12, 21, 40, -4)),
    # A country of several zones: the one of its own printed with the stated time.
    ("id", "2024-07-12T23:40:00", "Jumat, 12 Jul 2024 23:40 WITA",
     "https://www.example.com/n/6", _at(2024, 7, 12, 23, 40, 8)),
    ("id", "2024-07-12T23:40:00", "12 Juli 2024, 23:40 WIT",
     "https://www.example.co.id/n/7", _at(2024, 7, 12, 23, 40, 9)),
    ("ru", "2024-07-12T23:40:00", "12 июля 2024, 23:40 (МСК+2)",
     "https://www.example.ru/n/8", _at(2024, 7, 12, 23, 40, 5)),
    ("ru", "2024-07-12T23:40:00", "12.07.2024 23:40 MSK+4",
     "https://www.example.com/n/9", _at(2024, 7, 12, 23, 40, 7)),
])
def test_a_naive_time_in_the_zone_printed_with_it(lang, published, line, url, expected) -> None:
    found = extract(_page(lang, published, line), url=url).published_at
    assert found == expected and found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("lang", "published", "line", "extra", "url", "expected"), [
    # Another time's zone (a match's kickoff) on an Indonesian page: Jakarta's, as before.
    ("id", "2024-07-12T23:40:00", "12 Juli 2024, 23:40", "<p>Laga dimulai pukul 19.30 WIT.</p>",
     "https://www.example.co.id/n/10", _at(2024, 7, 12, 23, 40, 7)),
    # A zone of another country printed with the time: the country's own zone, as before.
    ("id", "2024-07-12T23:40:00", "12 Juli 2024, 23:40 CET", "",
     "https://www.example.co.id/n/11", _at(2024, 7, 12, 23, 40, 7)),
    # Moscow's own time on a Russian page: Moscow's zone.
    ("ru", "2024-07-12T23:40:00", "12 июля 2024, 23:40 МСК", "",
     "https://www.example.ru/n/12", _at(2024, 7, 12, 23, 40, 3)),
    # "hora del Centro" alone on a .com page: no zone known, the stated time's day at noon UTC.
    ("es", "2024-07-12T21:40:00", "12/07/2024 21:40 hora del Centro", "",
     "https://www.example.com/n/13", _at(2024, 7, 12, 12, 0, 0)),
])
def test_guards(lang, published, line, extra, url, expected) -> None:
    found = extract(_page(lang, published, line, extra), url=url).published_at
    assert found == expected and found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("text", "day", "hours"), [
    ("23:40 (hora de Lisboa)", SUMMER, 1),
    ("23:40 h (hora peninsular)", WINTER, 1),
    ("23:40 (hora canaria)", WINTER, 0),
    ("21:40 (hora de Argentina)", SUMMER, -3),
    ("21:40 hs (hora chilena)", SUMMER, -4),
    ("21:40 (hora de Colombia)", SUMMER, -5),
    ("23h40 (heure de Paris)", WINTER, 1),
    ("21 h 40 (heure de l'Est)", SUMMER, -4),
    ("23:40 (время киевское)", WINTER, 2),
    ("23:40 по киевскому времени", SUMMER, 3),
    ("23:40 (время Астаны)", SUMMER, 5),
    ("23:40 по времени Минска", SUMMER, 3),
    ("23:40 за київським часом", SUMMER, 3),
    ("10:40 p.m. NT", SUMMER, -2.5),  # Newfoundland's, as Canada's press writes it
])
def test_a_city_or_country_time_in_words(text: str, day: datetime, hours: float) -> None:
    clock = clock_time(text, day)
    assert clock is not None and clock[3] == int(hours * 3600)


@pytest.mark.parametrize("text", [
    "23:40 hora local",  # the place's own: no zone named
    "23:40 (hora de verano)",
    "23:40 heure locale",
    "23:40 по местному времени",
])
def test_no_zone_from_local_time_words(text: str) -> None:
    clock = clock_time(text, SUMMER)
    assert clock is not None and clock[3] is None


@pytest.mark.parametrize(("lang", "published", "line", "expected"), [
    ("pt", "2024-07-12T23:40:00", "12 jul 2024, 23:40 (hora de Lisboa)", _at(2024, 7, 12, 23, 40, 1)),
    ("es", "2024-03-12T23:40:00", "12/03/2024 23:40 h (hora peninsular)", _at(2024, 3, 12, 23, 40, 1)),
    ("fr", "2024-03-12T23:40:00", "Publié le 12 mars 2024 à 23h40 (heure de Paris)",
     _at(2024, 3, 12, 23, 40, 1)),
    ("ru", "2024-03-12T23:40:00", "12 марта 2024, 23:40 (время киевское)", _at(2024, 3, 12, 23, 40, 2)),
])
def test_a_naive_time_in_a_city_time_printed_with_it(lang, published, line, expected) -> None:
    found = extract(_page(lang, published, line), url="https://www.example.com/n/20").published_at
    assert found == expected and found.utcoffset() == expected.utcoffset()
