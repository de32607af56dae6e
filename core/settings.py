"""One config source: environment variables (prefix-free for DATABASE_URL, ``NEWSFLOW_`` for the rest).

No secret has a default here; credentials arrive through ``DATABASE_URL`` or an Airflow connection.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSFLOW_", extra="ignore")

    database_url: str | None = Field(
        default=None, validation_alias=AliasChoices("DATABASE_URL", "NEWSFLOW_DATABASE_URL")
    )
    data_dir: Path = PROJECT_ROOT / ".data"
    seeds_dir: Path = PROJECT_ROOT / "seeds"
    sources_file: Path = PROJECT_ROOT / "crawlers" / "sources.toml"
    model_dir: Path = PROJECT_ROOT / ".data" / "models"
    # Crawling identity: an honest User-Agent with a way to reach the operator.
    user_agent: str = "newsflow/0.1 (+https://github.com/newsflow/newsflow)"
    contact: str = ""
    # Sources may not point at private/loopback addresses unless this is set (the tests set it).
    allow_private_addresses: bool = False
    # The sample site's port (newsflow demo, demo-site, up --demo): the registry's `demo` source
    # reads `{demo_site_port}` in its URLs from here, so the site and its source move together.
    demo_site_port: int = 8765
    # The Airflow UI/API port of `newsflow up` (and of `newsflow airflow`, which runs beside it).
    airflow_port: int = 8080
    # The Celery executor's broker (newsflow up --executor celery).
    redis_url: str = Field(default="redis://127.0.0.1:6379/0",
                           validation_alias=AliasChoices("REDIS_URL", "NEWSFLOW_REDIS_URL"))
    crawl_timeout_seconds: int = 1800
    # Languages the analysts read; articles in others are kept but marked.
    languages: list[str] = ["en"]
    min_words: int = 80
    process_batch_size: int = 500
    # Days a processed page's raw body is kept (then dropped, hash/headers/lineage kept; it can no
    # longer be re-extracted). None: kept for ever.
    raw_retention_days: float | None = None
    # Orchestration: cron expressions or presets (@hourly, ...); "none" leaves a DAG to manual runs.
    # The crawl DAG's tick: a scheduled run crawls only the sources due by their own schedule or
    # adaptive interval (crawlers.schedule), so a short tick costs a registry read, not requests.
    crawl_schedule: str = "*/5 * * * *"
    retrain_schedule: str = "@weekly"
    quality_schedule: str = "@daily"
    digest_schedule: str = "@daily"
    # Where the news_digest DAG writes digest-YYYY-MM-DD.html.
    digest_dir: Path = PROJECT_ROOT / ".data" / "digests"
    # Sources crawled at once, and processing batches run at once: by default one per core
    # (extraction overlaps; dedup and story writes run one batch at a time, in id order).
    crawl_parallelism: int = 4
    process_parallelism: int = Field(default_factory=lambda: len(os.sched_getaffinity(0))
                                     if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    retries: int = 2
    retry_delay_seconds: int = 60
    max_retry_delay_seconds: int = 1800


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


def reset_settings() -> None:
    """Forget cached settings (tests change the environment)."""
    get_settings.cache_clear()
