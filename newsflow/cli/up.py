"""``newsflow up [--demo] [--port 8080]``: what ``make run`` starts.

A PostgreSQL (``DATABASE_URL``, else 127.0.0.1:5432, else an embedded one kept alive by this process),
migrations, a first model when none is active, then ``airflow standalone`` in its own process group
with the project's DAGs unpaused. ``--demo`` also serves the sample site and crawls only it.
Ctrl-C or SIGTERM stops the whole group.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import secrets
import signal
import subprocess  # nosec B404: airflow runs from a fixed argv, never through a shell
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

from core.settings import PROJECT_ROOT

DAG_IDS = ("news_crawl", "news_process", "classifier_retrain", "news_quality", "news_digest")
DEMO_SITE_PORT = 8765  # the port the registry's `demo` source points at
HEALTH_TIMEOUT_SECONDS = 180
# Set in Airflow's environment, so every process it starts (inherited) can be found at the end.
SESSION_ENV = "NEWSFLOW_UP_SESSION"


def register(sub: argparse._SubParsersAction) -> None:
    up = sub.add_parser("up", help="start Postgres, a first model and Airflow with the project's DAGs")
    up.add_argument("--demo", action="store_true", help="also serve the sample site and crawl only it")
    up.add_argument("--port", type=int, default=8080, help="Airflow UI/API port (default 8080)")
    up.add_argument("--site-port", type=int, default=DEMO_SITE_PORT,
                    help=f"sample site port with --demo (default {DEMO_SITE_PORT}); the demo source "
                    "follows it")
    up.set_defaults(func=_up)


def airflow_env(base: dict[str, str], *, data_dir: Path, port: int, database_url: str) -> dict[str, str]:
    """The environment ``airflow standalone`` runs with (the caller's own settings win)."""
    env = dict(base)
    env["DATABASE_URL"] = database_url
    # standalone starts its components as `airflow ...`: the venv's bin must come first on PATH.
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), base.get("PATH", os.defpath)])
    env["AIRFLOW_HOME"] = str(data_dir / "airflow")
    env["AIRFLOW__CORE__DAGS_FOLDER"] = str(PROJECT_ROOT / "dags")
    env["AIRFLOW__API__PORT"] = str(port)
    # Workers report to the API server's execution API: it must follow the port.
    env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] = f"http://127.0.0.1:{port}/execution/"
    for key, value in {
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        # The UI on this machine only (Airflow's default is every interface); export
        # AIRFLOW__API__HOST=0.0.0.0 to expose it.
        "AIRFLOW__API__HOST": "127.0.0.1",
        # 4 workers, not 32: ~0.95 GiB instead of ~1.07 GiB on a small machine (stack notes).
        "AIRFLOW__CORE__PARALLELISM": "4",
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
        "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "30",
        # Workers wait longer for the API server on a busy small machine (default 5 s).
        "AIRFLOW__WORKERS__EXECUTION_API_TIMEOUT": "30",
    }.items():
        env.setdefault(key, value)
    return env


def airflow_metadata_url(database_url: str) -> str | None:
    """A SQLAlchemy URL for Airflow's own metadata: database ``<project db>_airflow`` beside the
    project's (SQLite locks up under a scheduler, an API server and parallel tasks). None when this
    role may not create databases; Airflow then keeps its SQLite default."""
    import psycopg2

    from core.store.server import create_database, with_database

    parts = urlsplit(database_url)
    name = (unquote(parts.path.lstrip("/")) or "newsflow") + "_airflow"
    try:
        create_database(database_url, name)
    except psycopg2.Error as exc:
        print(f"note: cannot create database {name} ({str(exc).strip()}); Airflow uses SQLite",
              file=sys.stderr)
        return None
    url = with_database(database_url, name)
    return "postgresql+psycopg2://" + url.split("://", 1)[1]


def demo_sources_file(data_dir: Path, site_port: int = DEMO_SITE_PORT) -> Path:
    """A registry holding only the `demo` source, enabled (the shipped registry keeps it off for
    scheduled crawls) and pointed at the sample site's port, so the demo crawls nothing it cannot
    reach."""
    from crawlers.registry import load_sources

    demo = [s for s in load_sources() if s.name == "demo"]
    if not demo:
        raise RuntimeError("the source registry has no `demo` source")
    registry = (PROJECT_ROOT / "crawlers" / "sources.toml").read_text(encoding="utf-8")
    blocks = re.split(r"(?m)^\[\[source\]\]\s*$", registry)
    kept = [re.sub(r"(?m)^enabled = false$", "enabled = true", b)
            .replace(f"//127.0.0.1:{DEMO_SITE_PORT}/", f"//127.0.0.1:{site_port}/")
            for b in blocks[1:] if b.lstrip().startswith('name = "demo"')]
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "demo-sources.toml"
    path.write_text(blocks[0] + "".join("[[source]]" + b for b in kept), encoding="utf-8")
    return path


def wait_healthy(port: int, process: subprocess.Popen, timeout: float = HEALTH_TIMEOUT_SECONDS) -> bool:
    """Poll the API's health endpoint until the metadata DB and scheduler report healthy."""
    url = f"http://127.0.0.1:{port}/api/v2/monitor/health"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            # A fixed http://127.0.0.1 health URL: no file: or other scheme can reach it.
            with urllib.request.urlopen(url, timeout=3) as reply:  # nosec B310
                health = json.load(reply)
            if health.get("metadatabase", {}).get("status") == "healthy" and \
                    health.get("scheduler", {}).get("status") == "healthy":
                return True
        except (OSError, ValueError):
            pass
        time.sleep(1)
    return False


def _api(port: int, path: str, *, token: str | None = None, method: str = "GET",
         body: dict | None = None) -> dict:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = json.dumps(body).encode() if body is not None else None
    url = f"http://127.0.0.1:{port}{path}"
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    # A fixed http://127.0.0.1 API URL: no file: or other scheme can reach it.
    with urllib.request.urlopen(request, timeout=10) as reply:  # noqa: S310  # nosec B310
        return json.load(reply)


def unpause(port: int, passwords_file: Path, timeout: float = 180) -> list[str]:
    """Unpause the project's DAGs through the REST API once the DAG processor has stored them;
    return the ids still missing (empty when all are unpaused)."""
    missing = list(DAG_IDS)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            password = json.loads(passwords_file.read_text())["admin"]
            token = _api(port, "/auth/token", method="POST",
                         body={"username": "admin", "password": password})["access_token"]
            dags = {d["dag_id"]: d for d in _api(port, "/api/v2/dags?limit=100", token=token)["dags"]}
            for dag_id in DAG_IDS:
                if dag_id in dags and dags[dag_id]["is_paused"]:
                    _api(port, f"/api/v2/dags/{dag_id}", token=token, method="PATCH",
                         body={"is_paused": False})
            missing = [dag_id for dag_id in DAG_IDS if dag_id not in dags]
            if not missing:
                return []
        except (OSError, ValueError, KeyError):
            pass  # API, password file or DAGs not there yet
        time.sleep(2)
    return missing


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def stop_group(process: subprocess.Popen, grace: float = 30) -> None:
    """SIGTERM the whole process group (standalone's scheduler, API server, triggerer, ...), wait
    until every member has gone, and SIGKILL what is left after ``grace`` seconds."""
    pgid = process.pid  # the leader of its own session: group id == pid
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        process.poll()  # reap the leader so it does not linger as a zombie
        if not group_alive(pgid):
            return
        time.sleep(0.5)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)
    process.wait()


def marked_processes(token: str) -> list[int]:
    """Pids of live processes whose environment holds ``SESSION_ENV=token`` (Linux /proc; elsewhere
    none are found). A zombie's environment reads empty, so reaped-to-be processes do not count."""
    needle = f"{SESSION_ENV}={token}".encode()
    pids = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if needle in (entry / "environ").read_bytes().split(b"\0"):
                pids.append(int(entry.name))
        except (OSError, ValueError):
            continue  # gone meanwhile, or not ours to read
    return pids


def stop_strays(token: str, grace: float = 10) -> list[int]:
    """Stop the processes Airflow started outside its own group: a crawl's Scrapy runs in a session
    of its own (crawlers.runner), so killing Airflow's group mid-crawl orphans it. SIGTERM, then
    SIGKILL after ``grace`` seconds; return the pids found."""
    found = marked_processes(token)
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5)):
        for pid in marked_processes(token):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, sig)
        deadline = time.monotonic() + wait
        while marked_processes(token) and time.monotonic() < deadline:
            time.sleep(0.25)
    return found


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
    from newsflow.pipeline import ensure_active_model

    url = resolve_database_url()
    applied = upgrade(url)
    print(f"database ready ({len(applied)} migration(s) applied)")
    model_id, version = ensure_active_model(url)
    print(f"active model {version} (id {model_id})")

    data_dir = Path(get_settings().data_dir)
    env = airflow_env(dict(os.environ), data_dir=data_dir, port=args.port, database_url=url)
    env[SESSION_ENV] = secrets.token_hex(8)
    if "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN" not in env:
        metadata = airflow_metadata_url(url)
        if metadata:
            env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = metadata
    signal.signal(signal.SIGTERM, _interrupt)
    with demo_site(args.demo, args.site_port) as site_url:
        if site_url:
            env["NEWSFLOW_ALLOW_PRIVATE_ADDRESSES"] = "1"
            env["NEWSFLOW_SOURCES_FILE"] = str(demo_sources_file(data_dir, args.site_port))
            print(f"sample site on {site_url}; the crawl reads only the `demo` source")
        Path(env["AIRFLOW_HOME"]).mkdir(parents=True, exist_ok=True)
        log_path = Path(env["AIRFLOW_HOME"]) / "standalone.log"
        with open(log_path, "ab") as log:
            # A new session (setsid): its own process group, so stopping the group stops every
            # process standalone started (killing standalone alone orphans them: stack notes).
            airflow = subprocess.Popen(  # nosec B603
                [sys.executable, "-m", "airflow", "standalone"], env=env,
                stdout=log, stderr=subprocess.STDOUT, cwd=PROJECT_ROOT, start_new_session=True,
            )
        try:
            print(f"starting Airflow (log: {log_path}) ...", flush=True)
            if not wait_healthy(args.port, airflow):
                print(f"Airflow did not become healthy; see {log_path}", file=sys.stderr)
                return 1
            passwords = Path(env["AIRFLOW_HOME"]) / "simple_auth_manager_passwords.json.generated"
            missing = unpause(args.port, passwords)
            if missing:
                print(f"warning: DAGs not found (see the UI's import errors): {', '.join(missing)}",
                      file=sys.stderr)
            print(f"Airflow UI: http://127.0.0.1:{args.port}  (user admin; password in {passwords})")
            print(f"DAGs unpaused: {', '.join(DAG_IDS)}. Ctrl-C stops everything.", flush=True)
            return airflow.wait()
        except KeyboardInterrupt:
            print("stopping Airflow ...", file=sys.stderr)
            return 0
        finally:
            stop_group(airflow)
            strays = stop_strays(env[SESSION_ENV])
            if strays:
                print(f"stopped {len(strays)} process(es) left outside Airflow's group", file=sys.stderr)
