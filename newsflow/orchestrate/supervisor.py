"""The Airflow that ``newsflow up`` runs: its environment and metadata database, ``airflow standalone``
started in a session of its own, waiting until it is healthy, and stopping it with everything it
started (its process group, then strays that left the group)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess  # nosec B404: airflow runs from a fixed argv, never through a shell
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

from core.processes import stop_process_group
from core.settings import PROJECT_ROOT
from newsflow.orchestrate import airflow_api

# The DAGs `newsflow up` unpauses.
DAG_IDS = ("news_crawl", "news_process", "classifier_retrain", "news_quality", "news_digest")
HEALTH_TIMEOUT_SECONDS = 180
WORKBENCH_START_SECONDS = 60  # imports and a first database query; seconds on a loaded machine
STOP_GRACE_SECONDS = 30  # standalone's scheduler and workers finish their task state first
# Set in Airflow's environment, so every process it starts (inherited) can be found at the end.
SESSION_ENV = "NEWSFLOW_UP_SESSION"
LOG_SERVER_OFFSET = 713  # worker log server at API port + 713 (8793 beside 8080: Airflow's defaults)
# Exported by a caller, these win over PORT+713 / PORT+714 (airflow_env keeps the caller's settings).
LOG_SERVER_SETTINGS = ("AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT",
                       "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT")
GRAPHVIZ_WARNING_FILTER = "ignore:Could not import graphviz:UserWarning"


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
        # The log servers of workers and triggerer follow the port too, so a second `newsflow up
        # --port N` does not collide on 8793/8794 (PORT+713/+714 keeps those for 8080). Airflow 3.3
        # has no setting for their bind address: they listen on every interface and answer only
        # requests signed with this installation's secret key.
        LOG_SERVER_SETTINGS[0]: str(port + LOG_SERVER_OFFSET),
        LOG_SERVER_SETTINGS[1]: str(port + LOG_SERVER_OFFSET + 1),
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
        # Airflow's `dags` commands warn on every call that graphviz (only `dags show --imgcat`
        # and `--save` need it) is missing: three lines of noise above each `newsflow airflow dags`.
        "PYTHONWARNINGS": GRAPHVIZ_WARNING_FILTER,
    }.items():
        env.setdefault(key, value)
    return env


def log_server_ports(port: int, base: Mapping[str, str]) -> dict[str, int]:
    """Where the worker's and the triggerer's log servers will listen, keyed by what sets each port:
    the caller's exported setting when there is one, else ``--port + 713`` / ``--port + 714``. Raises
    ValueError naming a setting that is not a port number."""
    ports: dict[str, int] = {}
    for step, name in enumerate(LOG_SERVER_SETTINGS):
        given = base.get(name, "").strip()
        if not given:
            ports[f"--port + {LOG_SERVER_OFFSET + step}"] = port + LOG_SERVER_OFFSET + step
        elif given.isdigit() and 0 < int(given) <= 65535:
            ports[name] = int(given)
        else:
            raise ValueError(f"{name}={given!r} is not a port number (1-65535)")
    return ports


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


# Airflow's files (its log with the admin password standalone prints, the generated password file,
# airflow.cfg with its secret key) are for the user who runs it: 0600, whatever the caller's umask.
PRIVATE_UMASK = 0o077


def private_log(path: Path) -> BinaryIO:
    """``path`` opened for appending, readable and writable by its owner only (also when it exists)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.fchmod(fd, 0o600)
    return os.fdopen(fd, "ab")


def start_airflow(env: dict[str, str], log_path: Path) -> subprocess.Popen:
    """``airflow standalone`` in a new session (setsid): its own process group, so stopping the group
    stops every process standalone started (killing standalone alone orphans its scheduler, API server
    and triggerer, and port 8080 stays taken)."""
    with private_log(log_path) as log:
        return subprocess.Popen(  # nosec B603: a fixed argv, no shell
            [sys.executable, "-m", "airflow", "standalone"], env=env,
            stdout=log, stderr=subprocess.STDOUT, cwd=PROJECT_ROOT, start_new_session=True,
            umask=PRIVATE_UMASK,
        )


def start_workbench(env: dict[str, str], log_path: Path, *, airflow_port: int, passwords_file: Path
                    ) -> subprocess.Popen:
    """``newsflow web`` beside Airflow, in a session of its own, with "Retrain now" going through
    this Airflow's API (its generated admin password is read at each trigger)."""
    web_env = {**env, "NEWSFLOW_WEB_AIRFLOW_URL": f"http://127.0.0.1:{airflow_port}",
               "NEWSFLOW_WEB_AIRFLOW_PASSWORDS_FILE": str(passwords_file)}
    with private_log(log_path) as log:
        return subprocess.Popen(  # nosec B603: a fixed argv, no shell
            [sys.executable, "-m", "newsflow", "web"], env=web_env, stdout=log, stderr=subprocess.STDOUT,
            cwd=PROJECT_ROOT, start_new_session=True, umask=PRIVATE_UMASK,
        )


def wait_healthy(port: int, process: subprocess.Popen, timeout: float = HEALTH_TIMEOUT_SECONDS) -> bool:
    """Poll the API's health endpoint until the metadata DB and scheduler report healthy; False when
    ``process`` exits or ``timeout`` seconds pass first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            state = airflow_api.health(port)
            if all(state.get(part, {}).get("status") == "healthy" for part in ("metadatabase", "scheduler")):
                return True
        except (OSError, ValueError):
            pass
        time.sleep(1)
    return False


def wait_listening(host: str, port: int, process: subprocess.Popen,
                   timeout: float = WORKBENCH_START_SECONDS) -> bool:
    """Wait until something accepts connections on ``host:port``; False when ``process`` (the server
    meant to listen there) exits first or ``timeout`` seconds pass."""
    import socket

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=1):
            return process.poll() is None
        time.sleep(0.3)
    return False


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


def stop_airflow(process: subprocess.Popen, token: str) -> list[int]:
    """Stop standalone's whole group, then what its tasks started in sessions of their own (marked
    with ``SESSION_ENV=token``); return the pids of those strays."""
    stop_process_group(process, grace=STOP_GRACE_SECONDS)
    return stop_strays(token)
