"""When a source is due for a scheduled crawl: its registry ``schedule`` (a cron expression or a
preset such as ``@hourly`` / ``@daily``, read in UTC) has fired since its last crawl started.

A source never crawled is due. Every run counts as its last crawl, whatever its status or trigger:
an unreachable ``@daily`` source is tried again the next day, not on every run of the DAG. A source
is crawled at most as often as the ``news_crawl`` DAG ticks (``NEWSFLOW_CRAWL_SCHEDULE``, every 5
minutes by default).

A source with ``min_interval`` / ``max_interval`` (minutes) polls adaptively instead: it is due when
``poll_interval`` has passed since its last crawl started, an interval that is the mean gap between its
recent publications (feed/sitemap dates, else when a page was first stored), kept within its bounds.
A busy source is then crawled at its minimum, a quiet one at its maximum, and conditional requests
keep the quiet one's polls to a 304. The DAG's tick should be no longer than the smallest minimum."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from croniter import croniter

from core.store.db import transaction
from crawlers import store
from crawlers.registry import Source


def is_due(schedule: str, last_started: datetime | None, now: datetime) -> bool:
    """True when ``schedule`` fired after ``last_started`` and at or before ``now``
    (both timezone-aware), or when there was no crawl yet."""
    if last_started is None:
        return True
    fired = croniter(schedule, last_started.astimezone(UTC)).get_next(datetime)
    return fired <= now


RATE_WINDOW = timedelta(days=3)  # publications this recent set a source's pace
RATE_SAMPLE = 20  # at most this many of the newest publications
TICK_SLACK = timedelta(minutes=1)  # a run starts a little after its tick: do not skip it for seconds


def poll_interval(published: list[datetime], now: datetime, min_minutes: int, max_minutes: int) -> timedelta:
    """How long to wait between crawls of a source that published at ``published`` (any order):
    the mean gap between its recent publications up to ``now``, within ``[min, max]`` minutes.
    No publication in the window: the maximum."""
    lower, upper = timedelta(minutes=min_minutes), timedelta(minutes=max_minutes)
    recent = sorted((t for t in published if now - RATE_WINDOW <= t <= now), reverse=True)[:RATE_SAMPLE]
    if not recent:
        return upper
    # n publications over the span from the oldest of them to now: n gaps (the next one is pending).
    gap = (now - recent[-1]) / len(recent)
    return min(upper, max(lower, gap))


def is_due_adaptive(last_started: datetime | None, interval: timedelta, now: datetime) -> bool:
    if last_started is None:
        return True
    return now >= last_started + interval - min(TICK_SLACK, interval / 5)


def source_is_due(
    source: Source, last_started: datetime | None, published: list[datetime], now: datetime
) -> bool:
    """The one rule: adaptive when the source has polling bounds, else its cron ``schedule``."""
    if source.min_interval is not None and source.max_interval is not None:
        interval = poll_interval(published, now, source.min_interval, source.max_interval)
        return is_due_adaptive(last_started, interval, now)
    return is_due(source.schedule, last_started, now)


def due_sources(
    database_url: str, sources: list[Source], source_ids: dict[str, int], now: datetime | None = None
) -> list[Source]:
    """The ``sources`` (with their ``sources`` row ids) that are due at ``now`` (default: now)."""
    now = now or datetime.now(UTC)
    with transaction(database_url) as conn:
        last = store.last_started(conn, [source_ids[source.name] for source in sources])
        adaptive = [source_ids[s.name] for s in sources if s.min_interval is not None]
        published = store.recent_publications(conn, adaptive, now - RATE_WINDOW, now, RATE_SAMPLE)
    return [
        s for s in sources
        if source_is_due(s, last.get(source_ids[s.name]), published.get(source_ids[s.name], []), now)
    ]
