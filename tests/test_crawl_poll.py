"""Adaptive polling (``crawlers.schedule``): a source's interval follows how often it publishes,
within its bounds; due_sources reads its publications from raw_pages (real PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg2

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
    with psycopg2.connect(db) as conn, conn.cursor() as cur:
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
