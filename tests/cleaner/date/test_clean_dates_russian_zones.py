"""Naive times on Russian-language pages (issue 14). Moscow time written beside a time as Russian
pages write it, in Cyrillic ("12 апреля 2024, 14:46 МСК", "14:46 (мск)"), is +03:00
(cleaner.date.clocks.ZONE_OFFSETS), as "MSK" is. With no evidence at all (a .com or .info host, no
locale, no zone written, no registry zone) no zone is guessed: a stated naive time is read as UTC,
its wall-clock time kept, and a day found in the text is noon UTC (cleaner.date.zones, module docstring);
Russian is spoken in several countries' zones. Any evidence gives Moscow's zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from helpers import BUDGET_BODY

from cleaner.extract import extract

MOSCOW = timezone(timedelta(hours=3))
NAIVE_META = '<meta property="article:published_time" content="2024-04-12T23:46:00">'


def _published(line: str, url: str, head: str = "", tz: str | None = None) -> datetime | None:
    page = (f"<html lang='ru'><head><title>Совет принял бюджет</title>{head}</head><body><article>"
            f"<h1>Совет принял бюджет</h1><p class='meta'>{line}</p>{BUDGET_BODY}"
            "</article></body></html>")
    return extract(page, url=url, timezone=tz).published_at


@pytest.mark.parametrize("line", ["12 апреля 2024, 23:46 МСК", "12 апреля 2024, 23:46 (мск)",
                                  "12.04.2024 23:46 Мск", "12.04.2024, 23:46 MSK"])
def test_moscow_time_written_beside_the_time(line: str) -> None:
    assert _published(line, "https://www.example.com/news/1") == datetime(2024, 4, 12, 23, 46, tzinfo=MOSCOW)


def test_moscow_time_written_for_a_naive_stated_time() -> None:
    published = _published("Обновлено 12.04.2024, 23:46 МСК", "https://www.example.info/news/1", NAIVE_META)
    assert published == datetime(2024, 4, 12, 23, 46, tzinfo=MOSCOW)


# No evidence: no zone guessed (documented in cleaner.date.zones).
def test_a_naive_stated_time_with_no_evidence_is_its_day_at_noon_utc() -> None:
    for url in ("https://www.example.com/news/1", "https://www.example.info/news/1"):
        assert _published("", url, NAIVE_META) == datetime(2024, 4, 12, 12, tzinfo=UTC)


def test_a_printed_time_with_no_evidence_is_its_day_at_noon_utc() -> None:
    for line in ("12 апреля 2024, 23:46", "12.04.2024 23:46"):
        assert _published(line, "https://www.example.info/news/1") == datetime(2024, 4, 12, 12, tzinfo=UTC)


@pytest.mark.parametrize(("url", "head", "tz"), [
    ("https://www.example.ru/news/1", "", None),
    ("https://www.example.com/news/1", '<meta property="og:locale" content="ru_RU">', None),
    ("https://www.example.com/news/1", "", "Europe/Moscow"),
])
def test_any_evidence_gives_its_zone(url: str, head: str, tz: str | None) -> None:
    assert _published("12 апреля 2024, 23:46", url, head, tz) == datetime(2024, 4, 12, 23, 46, tzinfo=MOSCOW)
    assert _published("", url, head + NAIVE_META, tz) == datetime(2024, 4, 12, 23, 46, tzinfo=MOSCOW)
