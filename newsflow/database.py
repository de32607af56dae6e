"""The one database-URL resolver: which PostgreSQL a command or a DAG task uses.

Order: the Airflow connection ``newsflow_db`` (DAG tasks only: set in the UI, ``AIRFLOW_CONN_NEWSFLOW_DB``
or a secrets backend), then ``DATABASE_URL``, then (commands only) a local server on 127.0.0.1:5432,
else an embedded one under ``.data/pg``. Library functions below the application never resolve: they
take the URL as an argument. No credential ever lives in code.
"""

from __future__ import annotations

import logging
import os
from typing import Any
from urllib.parse import quote, urlencode

from core.settings import get_settings, reset_settings
from core.store.db import DatabaseNotConfigured
from core.store.server import ensure_database

log = logging.getLogger(__name__)

CONN_ID = "newsflow_db"
# libpq accepts these as URL query parameters; other Airflow extras (e.g. ``cursor``) would break it.
_LIBPQ_EXTRAS = ("sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout", "options",
                 "target_session_attrs", "application_name")


def resolve_database_url(*, in_airflow: bool = False) -> str:
    """The project database. ``in_airflow``: a DAG task, which asks Airflow's connection first and
    never starts a server of its own. A command that finds or starts a server exports it as
    ``DATABASE_URL`` so that its children (spiders, Airflow) use the same database."""
    if in_airflow:
        url = airflow_connection_url(CONN_ID)
        if url:
            return url
    url = get_settings().database_url
    if url:
        return url
    if in_airflow:
        raise DatabaseNotConfigured(
            f"no Airflow connection {CONN_ID!r} and no DATABASE_URL: set one of them for the DAGs"
        )
    url, origin = ensure_database(get_settings().data_dir)
    log.info("using PostgreSQL from %s", origin)
    os.environ["DATABASE_URL"] = url
    reset_settings()
    return url


def url_from_connection(conn: Any) -> str:
    """A libpq URL from an Airflow ``Connection`` (host, login, password, port, schema, extras)."""
    auth = ""
    if conn.login:
        auth = quote(conn.login, safe="")
        if conn.password:
            auth += ":" + quote(conn.password, safe="")
        auth += "@"
    host = conn.host or "localhost"
    port = f":{conn.port}" if conn.port else ""
    dbname = quote(conn.schema or "", safe="")
    extras = conn.extra_dejson if hasattr(conn, "extra_dejson") else {}
    query = urlencode({k: str(v) for k, v in extras.items() if k in _LIBPQ_EXTRAS})
    return f"postgresql://{auth}{host}{port}/{dbname}" + (f"?{query}" if query else "")


def airflow_connection_url(conn_id: str = CONN_ID) -> str | None:
    """The URL of Airflow connection ``conn_id``, or None when Airflow has no such connection."""
    try:
        from airflow.sdk import BaseHook
    except ImportError:  # Airflow is not installed (a library-only install)
        return None
    try:
        conn = BaseHook.get_connection(conn_id)
    except Exception as exc:  # AirflowNotFoundException, or no metadata DB reachable
        log.debug("no Airflow connection %r (%s); falling back to DATABASE_URL", conn_id, exc)
        return None
    return url_from_connection(conn)
