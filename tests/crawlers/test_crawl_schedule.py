"""Per-source schedules: when a scheduled news_crawl run crawls a source (``crawlers.schedule``),
without Airflow, against the real PostgreSQL for the sources' last crawls."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from helpers import rows

from crawlers.registry import RegistryError, Source, parse_sources, sync_sources
from crawlers.schedule import due_sources, is_due

NOON = datetime(2026, 11, 20, 12, 0, 5, tzinfo=UTC)  # a Friday; a scheduled run starts a few s late
MOSCOW = timezone(timedelta(hours=3))


@pytest.mark.parametrize(
    ("schedule", "last", "due"),
    [
        ("@hourly", None, True),  # never crawled
        ("@hourly", NOON - timedelta(hours=1), True),  # last hour's run
        ("@hourly", NOON - timedelta(seconds=4), False),  # this hour's, at 12:00:01
        ("@daily", NOON - timedelta(hours=1), False),  # earlier today
        ("@daily", NOON - timedelta(hours=13), True),  # yesterday evening: midnight has passed
        ("@weekly", NOON - timedelta(days=6), True),  # last Saturday: Sunday midnight has passed
        ("@weekly", NOON - timedelta(days=2), False),  # Wednesday
        ("*/15 * * * *", NOON - timedelta(minutes=14), True),  # 11:46: fired at 12:00
        ("0 6 * * *", NOON - timedelta(hours=7), True),  # 05:00: fired at 06:00
        ("0 6 * * *", NOON - timedelta(hours=5), False),  # 07:00: next at 06:00 tomorrow
        # Schedules are UTC whatever offset the database hands back: 02:30+03 is 23:30 UTC yesterday.
        ("@daily", datetime(2026, 11, 20, 2, 30, tzinfo=MOSCOW), True),
    ],
)
def test_is_due(schedule: str, last: datetime | None, due: bool) -> None:
    assert is_due(schedule, last, NOON) is due


def test_the_registry_refuses_a_schedule_it_cannot_read() -> None:
    text = (
        '[[source]]\nname = "s"\ndomains = ["example.com"]\nschedule = "every hour"\n'
        '[[source.entry_points]]\nkind = "feed"\nurl = "https://example.com/feed"\n'
    )
    with pytest.raises(RegistryError, match=r"source #1 's': schedule: .*cron"):
        parse_sources(text)
    assert parse_sources(text.replace("every hour", "30 5 * * 1-5"))[0].schedule == "30 5 * * 1-5"


def make(name: str, schedule: str) -> Source:
    return Source.model_validate({
        "name": name, "domains": ["example.com"], "schedule": schedule,
        "entry_points": [{"kind": "feed", "url": "https://example.com/feed"}],
    })


def test_due_sources_compares_each_schedule_with_its_last_crawl(db: str) -> None:
    sources = [make("hourly", "@hourly"), make("daily", "@daily"), make("fresh", "@daily")]
    ids = sync_sources(db, sources)
    for name, started in [("hourly", NOON - timedelta(minutes=70)), ("hourly", NOON - timedelta(hours=5)),
                          ("daily", NOON - timedelta(hours=2)), ("daily", NOON - timedelta(days=3))]:
        rows(db, "INSERT INTO crawl_runs (source_id, status, started_at) VALUES (%s, 'ok', %s) RETURNING id",
             (ids[name], started))
    # hourly: crawled 10:50, due at 12:00; daily: crawled today at 10:00, not due; fresh: never crawled.
    assert [s.name for s in due_sources(db, sources, ids, now=NOON)] == ["hourly", "fresh"]
    assert [s.name for s in due_sources(db, sources, ids, now=NOON + timedelta(hours=12))] == [
        "hourly", "daily", "fresh"
    ]
