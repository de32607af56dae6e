"""``newsflow up [--demo] [--port 8080]``: what ``make run`` starts.

A PostgreSQL (``DATABASE_URL``, else 127.0.0.1:5432, else an embedded one kept alive by this process),
migrations, a first model when none is active and articles are stored (else after the first crawl),
then ``airflow standalone`` in its own process group with the project's DAGs unpaused. ``--demo`` also
serves the sample site and crawls only it. Ctrl-C (SIGINT, even when inherited as ignored) or SIGTERM
stops the whole group. ``newsflow airflow ARGS`` runs Airflow's CLI with the same environment.
Starting, watching and stopping Airflow is
``newsflow.orchestrate.supervisor``; its REST calls are ``newsflow.orchestrate.airflow_api``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import secrets
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from newsflow.cli import arguments

DEMO_SITE_PORT = 8765  # the port the registry's `demo` source points at


def register(sub: argparse._SubParsersAction) -> None:
    up = sub.add_parser("up", help="start Postgres, a first model and Airflow with the project's DAGs")
    up.add_argument("--demo", action="store_true", help="also serve the sample site and crawl only it")
    up.add_argument("--port", type=arguments.port, default=None,
                    help="Airflow UI/API port (default NEWSFLOW_AIRFLOW_PORT, else 8080); its log servers "
                    "take PORT+713 and PORT+714 (8793, 8794 by default)")
    up.add_argument("--site-port", type=arguments.port, default=None,
                    help=f"sample site port with --demo (default NEWSFLOW_DEMO_SITE_PORT, else "
                    f"{DEMO_SITE_PORT}); the demo source follows it")
    up.add_argument("--executor", choices=("standalone", "celery", "local"), default="standalone",
                    help="standalone (default): `airflow standalone` (LocalExecutor); celery: api-server, "
                    "scheduler, dag-processor and --workers Celery workers on REDIS_URL; local: the same "
                    "components with the LocalExecutor and no workers")
    up.add_argument("--workers", type=int, default=2,
                    help="Celery workers with --executor celery (default 2)")
    up.set_defaults(func=_up)

    airflow = sub.add_parser(
        "airflow", help="run an `airflow` CLI command with the environment `newsflow up` gives Airflow",
        description="Run an `airflow` CLI command (e.g. `newsflow airflow dags trigger news_crawl --conf "
        "'{\"dry_run\": true}'`) with the environment `newsflow up` gives Airflow: its home, DAG folder "
        "and metadata database, which .data/airflow/airflow.cfg does not hold.")
    airflow.add_argument("--port", type=arguments.port, default=None,
                         help="the `newsflow up --port` it runs beside "
                         "(default NEWSFLOW_AIRFLOW_PORT, else 8080)")
    airflow.add_argument("arguments", nargs=argparse.REMAINDER, metavar="ARGS",
                         help="the airflow command and its options")
    airflow.set_defaults(func=_airflow)


def demo_sources_file(data_dir: Path, site_port: int = DEMO_SITE_PORT) -> Path:
    """A registry holding only the `demo` source, enabled (the shipped registry keeps it off for
    scheduled crawls) and pointed at the sample site's port, so the demo crawls nothing it cannot
    reach."""
    from crawlers.registry import Source, load_sources
    from crawlers.registry_writer import write_sources

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


def stop_on_signals() -> None:
    """SIGINT and SIGTERM stop ``up``. SIGINT explicitly too: a process started in the background of
    a script inherits SIGINT *ignored*, and Python then installs no Ctrl-C handler of its own."""
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)


def airflow_port(given: int | None) -> int:
    from core.settings import get_settings

    return get_settings().airflow_port if given is None else given


def airflow_environment(port: int) -> tuple[dict[str, str], str]:
    """Airflow's environment as ``newsflow up --port PORT`` sets it (home, DAGs, ports, metadata
    database) and the project database URL; migrations run first."""
    from core.settings import get_settings
    from core.store.migrate import upgrade
    from newsflow.database import resolve_database_url
    from newsflow.orchestrate import supervisor

    url = resolve_database_url()
    upgrade(url)
    env = supervisor.airflow_env(dict(os.environ), data_dir=Path(get_settings().data_dir), port=port,
                                 database_url=url)
    if "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN" not in env:
        metadata = supervisor.airflow_metadata_url(url)
        if metadata:
            env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = metadata
    return env, url


def shown_database(url: str) -> str:
    """``url`` as ``newsflow up`` prints it, its password hidden: the user sees which database the
    pipeline writes (DATABASE_URL, the local server's ``newsflow`` or the embedded one)."""
    url = re.sub(r"([?&]password=)[^&]*", r"\1***", url)
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user, _, host = parts.netloc.rpartition("@")
    return urlunsplit(parts._replace(netloc=f"{user.partition(':')[0]}:***@{host}"))


def _airflow(args: argparse.Namespace) -> int:
    import subprocess  # nosec B404: a fixed argv (this interpreter, -m airflow, the user's words)

    from core.settings import PROJECT_ROOT

    if not args.arguments:
        from newsflow.cli import UsageError

        raise UsageError("give an airflow command, e.g. `newsflow airflow dags list`")
    env, _url = airflow_environment(airflow_port(args.port))
    # No shell: the user's arguments go to Airflow's own parser as they are.
    return subprocess.call([sys.executable, "-m", "airflow", *args.arguments], env=env,  # nosec B603
                           cwd=PROJECT_ROOT)


@contextlib.contextmanager
def demo_site(enabled: bool, port: int = DEMO_SITE_PORT) -> Iterator[str | None]:
    if not enabled:
        yield None
        return
    from newsflow.cli.site import sample_site

    with sample_site(port) as base_url:
        yield base_url


def check_airflow_ports_free(port: int, log_ports: dict[str, int]) -> None:
    """Refuse a taken Airflow port (or a log server's, ``log_ports`` from supervisor.log_server_ports)
    before start-up: Airflow's API then fails to bind, and the health check polled whatever held the
    port (the sample site, another `newsflow up`) until it gave up, minutes later."""
    import errno
    import socket

    from newsflow.cli import UsageError

    for setting, each in {"--port, or NEWSFLOW_AIRFLOW_PORT": port, **log_ports}.items():
        if not 0 < each <= 65535:
            continue
        with socket.socket() as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(("127.0.0.1", each))
            except OSError as exc:
                why = "it is taken by another program" if exc.errno == errno.EADDRINUSE else exc.strerror
                what = "Airflow's UI/API" if each == port else "an Airflow log server"
                way_out = setting if setting.startswith("AIRFLOW__") else "--port, or NEWSFLOW_AIRFLOW_PORT"
                raise UsageError(f"cannot start {what} on 127.0.0.1:{each}: {why}. Stop that program "
                                 f"(another `newsflow up`?), or choose another port ({way_out})") from None


def check_ports_distinct(port: int, log_ports: dict[str, int], *, web_port: int,
                         site_port: int | None) -> None:
    """Refuse two of ``up``'s servers on one port: each is free when checked, then the second to bind
    fails while the first answers in its place (the health check or the workbench's address then
    reached the wrong server)."""
    from newsflow.cli import UsageError

    servers = {"Airflow's UI/API (--port)": port,
               **{f"an Airflow log server ({setting})": each for setting, each in log_ports.items()},
               "the workbench (NEWSFLOW_WEB_PORT)": web_port}
    if site_port is not None:
        servers["the sample site (--site-port)"] = site_port
    taken: dict[int, str] = {}
    for what, each in servers.items():
        if each in taken:
            raise UsageError(f"{what} and {taken[each]} would both use port {each}: give each its own")
        taken[each] = what


def _up(args: argparse.Namespace) -> int:
    from core.processes import stop_process_group
    from core.settings import get_settings
    from newsflow.cli import UsageError
    from newsflow.cli.site import PORT_ENV, check_port_free, default_port, follow_site_port
    from newsflow.cli.web import check_workbench_port
    from newsflow.orchestrate import supervisor
    from newsflow.orchestrate.airflow_api import unpause_when_stored
    from newsflow.pipeline import ensure_active_model
    from newsflow.web.config import WebSettings

    stop_on_signals()
    args.port = airflow_port(args.port)
    web = WebSettings()
    site_port = default_port() if args.site_port is None else args.site_port
    try:  # the log servers' ports Airflow will use: an exported setting wins over --port + 713
        log_ports = supervisor.log_server_ports(args.port, os.environ)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    check_ports_distinct(args.port, log_ports, web_port=web.port, site_port=site_port if args.demo else None)
    check_airflow_ports_free(args.port, log_ports)
    check_workbench_port(web.host, web.port, way_out="NEWSFLOW_WEB_PORT; --port moves Airflow's")
    if args.demo:
        check_port_free(site_port)
        follow_site_port(site_port)  # before Airflow's environment is copied from ours
    env, url = airflow_environment(args.port)
    print(f"database ready: {shown_database(url)}")  # which one: later commands need the same
    found = ensure_active_model(url)
    print(f"active model {found[1]} (id {found[0]})" if found else
          "no model yet: the first is trained when the first crawl has landed")

    data_dir = Path(get_settings().data_dir)
    session = env[supervisor.SESSION_ENV] = secrets.token_hex(8)
    with demo_site(args.demo, site_port) as site_url:
        if site_url:
            env["NEWSFLOW_ALLOW_PRIVATE_ADDRESSES"] = "1"
            env[PORT_ENV] = str(site_port)
            env["NEWSFLOW_SOURCES_FILE"] = str(demo_sources_file(data_dir, site_port))
            print(f"sample site on {site_url}; the crawl reads only the `demo` source")
        log_path = Path(env["AIRFLOW_HOME"]) / "standalone.log"
        if args.executor == "standalone":
            airflow = supervisor.start_airflow(env, log_path)
        else:
            from newsflow.orchestrate import celery_cluster

            env = celery_cluster.celery_env(env, redis_url=get_settings().redis_url, executor=args.executor)
            airflow = celery_cluster.start(env, workers=args.workers, executor=args.executor)
            log_path = airflow.log_dir
            print(f"components' environment: {airflow.env_file}")
        workbench = None
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
            workbench = supervisor.start_workbench(env, data_dir / "web.log", airflow_port=args.port,
                                                   passwords_file=passwords)
            if supervisor.wait_listening(web.host, web.port, workbench):
                print(f"Workbench: http://{web.host}:{web.port}/  (log: {data_dir / 'web.log'}; add a user "
                      "with `.venv/bin/newsflow web user add NAME`)")
            else:  # Airflow runs on without it: say so rather than print an address nothing serves
                print(f"warning: the workbench did not start on {web.host}:{web.port}; see "
                      f"{data_dir / 'web.log'}", file=sys.stderr)
            print(f"DAGs unpaused: {', '.join(supervisor.DAG_IDS)}. Ctrl-C stops everything.", flush=True)
            return airflow.wait()
        except KeyboardInterrupt:
            print("stopping Airflow ...", file=sys.stderr)
            return 0
        finally:
            if workbench is not None:
                stop_process_group(workbench)
            if args.executor == "standalone":
                strays = supervisor.stop_airflow(airflow, session)
            else:
                airflow.stop()
                strays = supervisor.stop_strays(session)
            if strays:
                print(f"stopped {len(strays)} process(es) left outside Airflow's group", file=sys.stderr)
