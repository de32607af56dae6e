"""``newsflow up [--demo] [--port 8080]``: what ``make run`` starts.

A PostgreSQL (``DATABASE_URL``, else 127.0.0.1:5432, else an embedded one kept alive by this process),
migrations, a first model when none is active and articles are stored (else after the first crawl),
then ``airflow standalone`` in its own process group with the project's DAGs unpaused. ``--demo`` also serves the sample site and crawls only it.
Ctrl-C or SIGTERM stops the whole group. Starting, watching and stopping Airflow is
``newsflow.orchestrate.supervisor``; its REST calls are ``newsflow.orchestrate.airflow_api``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import secrets
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

DEMO_SITE_PORT = 8765  # the port the registry's `demo` source points at


def register(sub: argparse._SubParsersAction) -> None:
    up = sub.add_parser("up", help="start Postgres, a first model and Airflow with the project's DAGs")
    up.add_argument("--demo", action="store_true", help="also serve the sample site and crawl only it")
    up.add_argument("--port", type=int, default=8080, help="Airflow UI/API port (default 8080)")
    up.add_argument("--site-port", type=int, default=DEMO_SITE_PORT,
                    help=f"sample site port with --demo (default {DEMO_SITE_PORT}); the demo source "
                    "follows it")
    up.set_defaults(func=_up)


def demo_sources_file(data_dir: Path, site_port: int = DEMO_SITE_PORT) -> Path:
    """A registry holding only the `demo` source, enabled (the shipped registry keeps it off for
    scheduled crawls) and pointed at the sample site's port, so the demo crawls nothing it cannot
    reach."""
    from crawlers.registry import Source, load_sources, write_sources

    demo = next((s for s in load_sources() if s.name == "demo"), None)
    if demo is None:
        raise RuntimeError("the source registry has no `demo` source")
    entry_points = []
    for entry in demo.entry_points:
        parts = urlsplit(entry.url)
        moved = urlunsplit(parts._replace(netloc=f"{parts.hostname}:{site_port}"))
        entry_points.append({**entry.model_dump(), "url": moved})
    # Validated again: the port moves through the model, not around it.
    enabled = Source.model_validate({**demo.model_dump(), "enabled": True, "entry_points": entry_points})
    return write_sources(data_dir / "demo-sources.toml", [enabled],
                         comment="The `demo` source for `newsflow up --demo` (written by it; edit "
                                 "crawlers/sources.toml instead).")


def _interrupt(signum: int, frame: object) -> None:
    """SIGTERM (docker stop, systemd, kill) takes the same path as Ctrl-C."""
    raise KeyboardInterrupt


@contextlib.contextmanager
def demo_site(enabled: bool, port: int = DEMO_SITE_PORT) -> Iterator[str | None]:
    if not enabled:
        yield None
        return
    from newsflow.site.server import running_site

    with running_site(port=port) as site:
        yield site.base_url


def _up(args: argparse.Namespace) -> int:
    from core.settings import get_settings
    from core.store.migrate import upgrade
    from newsflow.database import resolve_database_url
    from newsflow.orchestrate import supervisor
    from newsflow.orchestrate.airflow_api import unpause_when_stored
    from newsflow.pipeline import ensure_active_model

    url = resolve_database_url()
    applied = upgrade(url)
    print(f"database ready ({len(applied)} migration(s) applied)")
    found = ensure_active_model(url)
    print(f"active model {found[1]} (id {found[0]})" if found else
          "no model yet: the first is trained when the first crawl has landed")

    data_dir = Path(get_settings().data_dir)
    env = supervisor.airflow_env(dict(os.environ), data_dir=data_dir, port=args.port, database_url=url)
    session = env[supervisor.SESSION_ENV] = secrets.token_hex(8)
    if "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN" not in env:
        metadata = supervisor.airflow_metadata_url(url)
        if metadata:
            env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = metadata
    signal.signal(signal.SIGTERM, _interrupt)
    with demo_site(args.demo, args.site_port) as site_url:
        if site_url:
            env["NEWSFLOW_ALLOW_PRIVATE_ADDRESSES"] = "1"
            env["NEWSFLOW_SOURCES_FILE"] = str(demo_sources_file(data_dir, args.site_port))
            print(f"sample site on {site_url}; the crawl reads only the `demo` source")
        log_path = Path(env["AIRFLOW_HOME"]) / "standalone.log"
        airflow = supervisor.start_airflow(env, log_path)
        try:
            print(f"starting Airflow (log: {log_path}) ...", flush=True)
            if not supervisor.wait_healthy(args.port, airflow):
                print(f"Airflow did not become healthy; see {log_path}", file=sys.stderr)
                return 1
            passwords = Path(env["AIRFLOW_HOME"]) / "simple_auth_manager_passwords.json.generated"
            missing = unpause_when_stored(args.port, passwords, supervisor.DAG_IDS)
            if missing:
                print(f"warning: DAGs not found (see the UI's import errors): {', '.join(missing)}",
                      file=sys.stderr)
            print(f"Airflow UI: http://127.0.0.1:{args.port}  (user admin; password in {passwords})")
            print(f"DAGs unpaused: {', '.join(supervisor.DAG_IDS)}. Ctrl-C stops everything.", flush=True)
            return airflow.wait()
        except KeyboardInterrupt:
            print("stopping Airflow ...", file=sys.stderr)
            return 0
        finally:
            strays = supervisor.stop_airflow(airflow, session)
            if strays:
                print(f"stopped {len(strays)} process(es) left outside Airflow's group", file=sys.stderr)
