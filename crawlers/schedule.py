"""When a source is due for a scheduled crawl: its registry ``schedule`` (a cron expression or a
preset such as ``@hourly`` / ``@daily``, read in UTC) has fired since its last crawl started.

A source never crawled is due. Every run counts as its last crawl, whatever its status or trigger:
an unreachable ``@daily`` source is tried again the next day, not on every run of the DAG. A source
is crawled at most as often as the ``news_crawl`` DAG runs (``NEWSFLOW_CRAWL_SCHEDULE``)."""

from __future__ import annotations

from datetime import UTC, datetime

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


def due_sources(
    database_url: str, sources: list[Source], source_ids: dict[str, int], now: datetime | None = None
) -> list[Source]:
    """The ``sources`` (with their ``sources`` row ids) that are due at ``now`` (default: now)."""
    now = now or datetime.now(UTC)
    with transaction(database_url) as conn:
        last = store.last_started(conn, [source_ids[source.name] for source in sources])
    return [s for s in sources if is_due(s.schedule, last.get(source_ids[s.name]), now)]
