"""Adaptive polling (``crawlers.schedule``): a source's interval follows how often it publishes,
within its bounds; due_sources reads its publications from raw_pages (real PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from helpers import cursor

from core.store.migrate import upgrade
from crawlers.registry import Source, sync_sources
from crawlers.schedule import due_sources, is_due_adaptive, poll_interval

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def every(minutes: int, count: int) -> list[datetime]:
    return [NOW - timedelta(minutes=minutes * k) for k in range(count)]


def test_interval_follows_the_pace_within_the_bounds() -> None:
    assert poll_interval(every(2, 30), NOW, 5, 120) == timedelta(minutes=5)  # busy: the minimum
    assert poll_interval(every(30, 10), NOW, 5, 120) == timedelta(minutes=27)  # 10 over 270 min
    assert poll_interval(every(600, 5), NOW, 5, 120) == timedelta(minutes=120)  # quiet: the maximum
    assert poll_interval([], NOW, 5, 120) == timedelta(minutes=120)  # nothing recent
    assert poll_interval(every(30, 10), NOW - timedelta(days=10), 5, 120) == timedelta(minutes=120)


def test_due_after_the_interval_less_a_little_slack() -> None:
    assert is_due_adaptive(None, timedelta(minutes=5), NOW)
    assert is_due_adaptive(NOW - timedelta(minutes=4, seconds=30), timedelta(minutes=5), NOW)
    assert not is_due_adaptive(NOW - timedelta(minutes=3), timedelta(minutes=5), NOW)


def source(name: str, **fields) -> Source:
    return Source(name=name, domains=["example.org"],
                  entry_points=[{"kind": "feed", "url": "https://example.org/feed"}], **fields)


def test_due_sources_reads_each_pace_from_raw_pages(db: str) -> None:
    upgrade(db)
    busy, quiet = (source(name, min_interval=5, max_interval=120) for name in ("busy", "quiet"))
    ids = sync_sources(db, [busy, quiet])
    with cursor(db) as cur:
        for name, times in (("busy", every(3, 20)), ("quiet", every(400, 2))):
            cur.execute("INSERT INTO crawl_runs (source_id, started_at, status) VALUES (%s, %s, 'ok')",
                        (ids[name], NOW - timedelta(minutes=10)))
            for k, at in enumerate(times):
                cur.execute(
                    "INSERT INTO raw_pages (source_id, url, canonical_url, listed_published_at) "
                    "VALUES (%s, %s, %s, %s)", (ids[name], f"u{name}{k}", f"u{name}{k}", at))
    assert [s.name for s in due_sources(db, [busy, quiet], ids, now=NOW)] == ["busy"]
    later = NOW + timedelta(hours=2)
    assert [s.name for s in due_sources(db, [busy, quiet], ids, now=later)] == ["busy", "quiet"]


def test_the_default_tick_keeps_each_cron_schedule() -> None:
    """The crawl DAG ticks every 5 minutes by default; a source without polling bounds is still
    crawled on its own schedule (hourly by default), a bounded busy one at its minimum."""
    from croniter import croniter

    from core.settings import Settings
    from crawlers.schedule import source_is_due

    tick = Settings.model_fields["crawl_schedule"].default
    start = NOW + timedelta(seconds=5)  # a scheduled run starts a few seconds after its tick
    fires = croniter(tick, NOW - timedelta(seconds=1))
    ticks = [fires.get_next(datetime) + timedelta(seconds=5) for _ in range(36)]  # three hours of it
    assert ticks[0] == start and ticks[-1] == start + timedelta(minutes=175)  # every 5 minutes
    plain, daily = source("plain"), source("daily", schedule="@daily")
    busy = source("busy", min_interval=15, max_interval=120)
    published = [NOW - timedelta(minutes=2 * k) for k in range(30)]  # every 2 minutes: busy
    crawled: dict[str, list[datetime]] = {"plain": [], "daily": [], "busy": []}
    for now in ticks:
        for s in (plain, daily, busy):
            last = crawled[s.name][-1] if crawled[s.name] else None
            if source_is_due(s, last, published, now):
                crawled[s.name].append(now)
    assert plain.schedule == "@hourly" and [t.hour for t in crawled["plain"]] == [12, 13, 14]
    assert all(t.minute == 0 for t in crawled["plain"])
    assert len(crawled["daily"]) == 1
    assert [t.minute for t in crawled["busy"][:4]] == [0, 15, 30, 45]
