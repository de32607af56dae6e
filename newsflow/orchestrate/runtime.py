"""Small helpers the DAG tasks share (kept out of the DAG files so those stay declarative)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from typing import Any


def as_dict(result: Any) -> dict:
    """A stage result (dataclass, pydantic model, named tuple or dict) as a JSON-able dict for XCom."""
    if result is None:
        return {}
    if dataclasses.is_dataclass(result) and not isinstance(result, type):
        data = dataclasses.asdict(result)
    elif hasattr(result, "model_dump"):
        data = result.model_dump()
    elif hasattr(result, "_asdict"):
        data = result._asdict()
    elif isinstance(result, dict):
        data = dict(result)
    else:
        return {"value": result}
    return {k: v if isinstance(v, str | int | float | bool | type(None) | list | dict) else str(v)
            for k, v in data.items()}


def parse_since(value: str | None) -> date | None:
    """The Params form's since-date (YYYY-MM-DD, empty for none)."""
    return date.fromisoformat(value) if value else None


def select_sources(enabled: list[str], requested: list[str] | None) -> list[str]:
    """The sources to crawl: the requested ones (all enabled when none), in a stable order.
    Naming a source that is not enabled is an error, not a silent no-op."""
    if not requested:
        return sorted(enabled)
    unknown = sorted(set(requested) - set(enabled))
    if unknown:
        raise ValueError(
            f"unknown or disabled source(s): {', '.join(unknown)}; enabled: {', '.join(enabled)}"
        )
    return sorted(set(requested))


def digest_day(requested: str | None, run_time: datetime | None, *, scheduled: bool,
               today: date | None = None) -> date:
    """The day a digest run reports: the form's ``day``; for a scheduled run the day before the one
    it runs on (the day that just ended: Airflow 3's cron timetable gives a midnight run a zero-length
    data interval starting on the new day); else today (a manual run without a day)."""
    if requested:
        try:
            return date.fromisoformat(requested)
        except ValueError as exc:
            raise ValueError(f"day must be YYYY-MM-DD, got {requested!r}") from exc
    if scheduled and run_time is not None:
        return run_time.date() - timedelta(days=1)
    return today or datetime.now(UTC).date()
