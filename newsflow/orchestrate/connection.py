"""The project database URL as a DAG task should see it.

Order: the Airflow connection ``newsflow_db`` (set in the UI, ``AIRFLOW_CONN_NEWSFLOW_DB`` or a secrets
backend), else ``DATABASE_URL`` from the environment. No credential ever lives in a DAG file.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote, urlencode

from newsflow.store.db import database_url as env_database_url

log = logging.getLogger(__name__)

CONN_ID = "newsflow_db"
# libpq accepts these as URL query parameters; other Airflow extras (e.g. ``cursor``) would break it.
_LIBPQ_EXTRAS = ("sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout", "options",
                 "target_session_attrs", "application_name")


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
    except ImportError:  # running outside Airflow (CLI, tests of the library)
        return None
    try:
        conn = BaseHook.get_connection(conn_id)
    except Exception as exc:  # AirflowNotFoundException, or no metadata DB reachable
        log.debug("no Airflow connection %r (%s); falling back to DATABASE_URL", conn_id, exc)
        return None
    return url_from_connection(conn)


def resolve_database_url(conn_id: str = CONN_ID) -> str:
    """The project database for a task: Airflow connection first, then ``DATABASE_URL``."""
    return airflow_connection_url(conn_id) or env_database_url()
