"""What the DAGs derive from the project's one ``Settings`` (schedules, retries, timeouts)."""

from __future__ import annotations

from datetime import timedelta

from core.settings import get_settings


def schedule(value: str) -> str | None:
    """A DAG ``schedule`` from a setting: ``none``/empty means manual runs only."""
    return None if value.strip().lower() in ("", "none", "manual") else value.strip()


def default_args() -> dict:
    """Task defaults shared by every DAG: retries with exponential backoff and a default timeout."""
    s = get_settings()
    return {
        "owner": "newsflow",
        "retries": s.retries,
        "retry_delay": timedelta(seconds=s.retry_delay_seconds),
        "retry_exponential_backoff": 2.0,
        "max_retry_delay": timedelta(seconds=s.max_retry_delay_seconds),
        "execution_timeout": timedelta(minutes=30),
    }
