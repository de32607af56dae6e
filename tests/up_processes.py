"""The processes `newsflow up` starts, seen from a test: found by a marker in their environment, stopped,
and their progress read from Airflow's API and the database."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import psycopg2
from helpers import rows

READY_TIMEOUT = 480  # start-up (~1 min) + first crawl, processing and scoring; seen: well under this
STOP_TIMEOUT = 35  # `newsflow up` SIGKILLs what is left of Airflow 30 s after SIGTERM
MARKER = "NEWSFLOW_UP_E2E_MARKER"

PROGRESS_SQL = """
SELECT (SELECT count(*) FROM articles),
       (SELECT count(*) FROM classifications),
       (SELECT count(*) FROM crawl_runs r JOIN sources s ON s.id = r.source_id
         WHERE s.name = 'demo' AND r.status = 'ok')
"""


def marked_pids(token: str, marker: str = MARKER) -> list[int]:
    """Pids of live processes whose environment carries ``marker=token`` (this test's, by default)."""
    needle = f"{marker}={token}".encode()
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue  # gone meanwhile, or not ours to read
        if state != "Z" and needle in environ.split(b"\0"):
            pids.append(int(entry.name))
    return pids


def kill_marked(token: str, marker: str = MARKER) -> None:
    """SIGKILL every marked process, repeatedly, until none is left (a dying parent may fork)."""
    for _ in range(20):
        pids = marked_pids(token, marker)
        if not pids:
            return
        for pid in pids:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
        time.sleep(0.25)


def stop_marked(leader: subprocess.Popen, token: str, marker: str = MARKER) -> None:
    """However the test went: every marked process and the leader's group killed, the leader reaped."""
    kill_marked(token, marker)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(leader.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        leader.wait(timeout=10)


def api_healthy(port: int) -> bool:
    try:
        url = f"http://127.0.0.1:{port}/api/v2/monitor/health"
        with urllib.request.urlopen(url, timeout=3) as reply:
            health = json.load(reply)
    except (OSError, ValueError):
        return False
    return all(health.get(part, {}).get("status") == "healthy" for part in ("metadatabase", "scheduler"))


def progress(url: str) -> tuple[int, int, int] | None:
    """(articles, classifications, ok crawl runs of `demo`); None before the migrations ran."""
    try:
        (row,) = rows(url, PROGRESS_SQL)
    except psycopg2.Error:
        return None
    return row


def dag_run_kinds(airflow_db_url: str) -> set[tuple[str, str]]:
    """(dag_id, run_type) of the DAG runs in Airflow's metadata database."""
    return set(rows(airflow_db_url, "SELECT DISTINCT dag_id, run_type FROM dag_run"))


def dag_run_state(airflow_db_url: str, dag_id: str, run_id: str) -> str | None:
    found = rows(airflow_db_url, "SELECT state FROM dag_run WHERE dag_id = %s AND run_id = %s",
                 (dag_id, run_id))
    return found[0][0] if found else None


def port_closed(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) != 0


def tail(path: Path, lines: int = 80) -> str:
    if not path.exists():
        return f"({path} does not exist)"
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
