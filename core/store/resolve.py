"""The database a command should use, found once per process."""

from __future__ import annotations

import logging
import os

from core.settings import get_settings, reset_settings
from core.store.server import ensure_database

log = logging.getLogger(__name__)


def resolve_database_url() -> str:
    """DATABASE_URL when set; else a local or embedded server, exported as DATABASE_URL so that
    child processes (spiders, Airflow) use the same database."""
    url = get_settings().database_url
    if url:
        return url
    url, origin = ensure_database(get_settings().data_dir)
    log.info("using PostgreSQL from %s", origin)
    os.environ["DATABASE_URL"] = url
    reset_settings()
    return url
