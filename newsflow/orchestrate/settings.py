"""Orchestration settings: the project's one ``Settings`` (environment, ``NEWSFLOW_`` prefix) plus
the schedules and concurrency the DAGs read when the scheduler parses them."""

from __future__ import annotations

from datetime import timedelta
from functools import lru_cache

from newsflow.config import Settings


class OrchestrateSettings(Settings):
    # Cron expressions or presets (@hourly, @daily, ...); "none" leaves a DAG to manual runs.
    crawl_schedule: str = "@hourly"
    retrain_schedule: str = "@weekly"
    quality_schedule: str = "@daily"
    # How many sources crawl at once, and how many processing batches run at once. Batches default
    # to one at a time: dedup and story clustering compare each article with those already stored.
    crawl_parallelism: int = 4
    process_parallelism: int = 1
    retries: int = 2
    retry_delay_seconds: int = 60
    max_retry_delay_seconds: int = 1800


@lru_cache(maxsize=1)
def orchestrate_settings() -> OrchestrateSettings:
    return OrchestrateSettings()


def schedule(value: str) -> str | None:
    """A DAG ``schedule`` from a setting: ``none``/empty means manual runs only."""
    return None if value.strip().lower() in ("", "none", "manual") else value.strip()


def default_args() -> dict:
    """Task defaults shared by every DAG: retries with exponential backoff and a default timeout."""
    s = orchestrate_settings()
    return {
        "owner": "newsflow",
        "retries": s.retries,
        "retry_delay": timedelta(seconds=s.retry_delay_seconds),
        "retry_exponential_backoff": 2.0,
        "max_retry_delay": timedelta(seconds=s.max_retry_delay_seconds),
        "execution_timeout": timedelta(minutes=30),
    }
