"""A Russian regional outlet prints its local times with no zone beside them and names its zone once,
in words, in a note ("Время на сайте — пермское", "Указано новосибирское время", "Все время указано
по красноярскому времени"): its times were read at Moscow's +03:00 (the .ru domain's zone), hours off
(issue 14). A note naming one of the country's zones (``written_zones.regional_note``) gives the
page's naive times that zone; a sentence giving some event's time in another region does not."""

from __future__ import annotations

from datetime import datetime

import pytest

from cleaner.extract import extract

_TEXT = ("Областное правительство утвердило программу ремонта дорог на следующий год. По словам министра "
         "транспорта, в первую очередь отремонтируют мосты и подъезды к сельским школам района.")


def _page(line: str, note: str = "", head: str = "", lang: str = "ru") -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Программа ремонта дорог</title>{head}"
            f"</head><body><article><h1>Программа ремонта дорог</h1><div class='news-date'>{line}</div>"
            f"<p>{_TEXT}</p><p>{_TEXT}</p><p>{_TEXT}</p></article><footer><p>{note}</p><p>© 2026 Вести"
            "</p></footer></body></html>")


@pytest.mark.parametrize(("url", "line", "note", "head", "expected"), [
    ("https://example.ru/news/dorogi", "4 декабря 2026, 08:15", "Время на сайте — пермское.", "",
     "2026-12-04T08:15:00+05:00"),
    ("https://example.ru/news/dorogi", "04.12.2026 01:20", "Указано новосибирское время", "",
     "2026-12-04T01:20:00+07:00"),
    ("https://example.ru/news/dorogi", "4 декабря 2026 года, 00:40", "Все время указано по красноярскому "
     "времени.", "", "2026-12-04T00:40:00+07:00"),
    ("https://example.ru/news/dorogi", "3 декабря 2026, 22:30", "Время калининградское (UTC+2)", "",
     "2026-12-03T22:30:00+02:00"),
    # a stated naive time, and a Russian page at a .com host (no country's zone)
    ("https://example.ru/news/dorogi", "", "Время владивостокское",
     "<meta property='article:published_time' content='2026-12-04T09:05:00'>", "2026-12-04T09:05:00+10:00"),
    ("https://example.com/news/dorogi", "4 декабря 2026, 09:05", "Время: владивостокское", "",
     "2026-12-04T09:05:00+10:00"),
])
def test_a_regional_note_gives_the_zone(url: str, line: str, note: str, head: str, expected: str) -> None:
    assert extract(_page(line, note, head), url=url).published_at == datetime.fromisoformat(expected)


@pytest.mark.parametrize(("url", "line", "note", "head", "expected"), [
    # a sentence about an event's time in another region; no note; an aware time keeps its instant
    ("https://example.ru/news/dorogi", "4 декабря 2026, 08:15", "Трансляция начнётся в 10 часов по "
     "пермскому времени", "", "2026-12-04T08:15:00+03:00"),
    ("https://example.ru/news/dorogi", "4 декабря 2026, 08:15", "Редакция: ул. Ленина, 1", "",
     "2026-12-04T08:15:00+03:00"),
    ("https://example.ru/news/dorogi", "", "Время на сайте — пермское.",
     "<meta property='article:published_time' content='2026-12-04T08:15:00+03:00'>",
     "2026-12-04T08:15:00+03:00"),
    # no zone known and no note: the day at noon UTC, as before
    ("https://example.com/news/dorogi", "4 декабря 2026, 09:05", "", "", "2026-12-04T12:00:00+00:00"),
])
def test_guards(url: str, line: str, note: str, head: str, expected: str) -> None:
    assert extract(_page(line, note, head), url=url).published_at == datetime.fromisoformat(expected)


@pytest.mark.parametrize(("url", "line", "note", "expected"), [
    # the region's time written right after the time of day, in words, in brackets or not
    ("https://example.ru/news/dorogi", "4 декабря 2026, 08:15 (время пермское)", "",
     "2026-12-04T08:15:00+05:00"),
    ("https://example.ru/news/dorogi", "04.12.2026 01:20 по новосибирскому времени", "",
     "2026-12-04T01:20:00+07:00"),
    ("https://example.com/news/dorogi", "4 декабря 2026, 09:05 (по Владивостоку)", "",
     "2026-12-04T09:05:00+10:00"),
    ("https://example.ru/news/dorogi", "04.12.2026 00:40 (Омское время)", "", "2026-12-04T00:40:00+06:00"),
    ("https://example.ru/news/dorogi", "04.12.2026 00:40 по Томскому времени", "",
     "2026-12-04T00:40:00+07:00"),
    # a note naming the city ("по Новосибирску") or the time of the site's publications
    ("https://example.ru/news/dorogi", "04.12.2026 01:20", "Время указано по Новосибирску",
     "2026-12-04T01:20:00+07:00"),
    ("https://example.ru/news/dorogi", "04.12.2026 09:05", "Время публикаций — по Владивостоку",
     "2026-12-04T09:05:00+10:00"),
    # guards: local time in words names no zone; Moscow's as before
    ("https://example.ru/news/dorogi", "4 декабря 2026, 08:15 (время местное)", "",
     "2026-12-04T08:15:00+03:00"),
    ("https://example.com/news/dorogi", "4 декабря 2026, 08:15 (время московское)", "",
     "2026-12-04T08:15:00+03:00"),
])
def test_a_regions_time_written_with_the_clock(url: str, line: str, note: str, expected: str) -> None:
    assert extract(_page(line, note), url=url).published_at == datetime.fromisoformat(expected)
