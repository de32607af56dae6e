"""The Airflow supervisor of ``newsflow up`` without starting Airflow: the environment Airflow gets,
its metadata database, and stopping Airflow's process group together with what left it."""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

from airflow_harness import DAG_IDS  # sets up Airflow before it is imported
from helpers import REPO, connection

from core.processes import group_alive
from newsflow.orchestrate import supervisor


def test_airflow_env_points_at_the_project_and_keeps_user_settings(tmp_path: Path) -> None:
    env = supervisor.airflow_env({"PATH": "/usr/bin", "AIRFLOW__CORE__PARALLELISM": "16"},
                         data_dir=tmp_path, port=8123, database_url="postgresql://u@h/db")
    assert env["AIRFLOW_HOME"] == str(tmp_path / "airflow")
    dags = (REPO / "dags").resolve()
    assert Path(env["AIRFLOW__CORE__DAGS_FOLDER"]).resolve() == dags
    assert env["AIRFLOW__CORE__LOAD_EXAMPLES"] == "False"
    assert env["AIRFLOW__CORE__PARALLELISM"] == "16"  # the caller's choice wins
    assert env["AIRFLOW__API__PORT"] == "8123"
    assert env["AIRFLOW__API__HOST"] == "127.0.0.1"  # not every interface by default
    assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://127.0.0.1:8123/execution/"
    # The log servers follow the port (8080 keeps Airflow's 8793/8794), so two `up`s do not collide.
    logs = env["AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT"], env["AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT"]
    assert logs == ("8836", "8837")
    default = supervisor.airflow_env({}, data_dir=tmp_path, port=8080, database_url="postgresql://u@h/db")
    assert default["AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT"] == "8793"
    assert env["DATABASE_URL"] == "postgresql://u@h/db"
    assert env["PATH"].split(os.pathsep)[0] == str(Path(sys.executable).parent)
    assert set(supervisor.DAG_IDS) == set(DAG_IDS)


def test_airflow_cli_under_that_env_prints_no_graphviz_warning(tmp_path: Path) -> None:
    """`newsflow airflow dags ...` runs Airflow's CLI with this environment: its import of the `dags`
    commands warned of a missing graphviz in three lines above every answer."""
    env = supervisor.airflow_env(dict(os.environ), data_dir=tmp_path, port=8123,
                                 database_url="postgresql://u@h/db")
    importing = [sys.executable, "-c", "import airflow.cli.commands.dag_command"]

    def printed(environment: dict[str, str]) -> str:  # Airflow logs Python's warnings to stdout
        done = subprocess.run(importing, env=environment, capture_output=True, text=True, timeout=120,
                              check=True)
        return done.stdout + done.stderr

    assert "graphviz" not in printed(env)
    env.pop("PYTHONWARNINGS")
    assert "Could not import graphviz" in printed(env)  # what the filter removes, still there without it


def running(pid: int) -> bool:
    """Alive and not a zombie (orphans are reaped by whoever adopted them, maybe later)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def test_stop_airflow_ends_the_group_and_what_left_it() -> None:
    # Like standalone mid-crawl: a session leader with two children in its group and one child in a
    # session of its own (crawlers.runner starts Scrapy so), all carrying the session marker.
    token = secrets.token_hex(8)
    script = (
        "import subprocess, sys, time\n"
        "sleep = [sys.executable, '-c', 'import time; time.sleep(60)']\n"
        "kids = [subprocess.Popen(sleep) for _ in range(2)]\n"
        "stray = subprocess.Popen(sleep, start_new_session=True)\n"
        "print(stray.pid, *(k.pid for k in kids), flush=True)\ntime.sleep(60)\n"
    )
    leader = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                              start_new_session=True, env={**os.environ, supervisor.SESSION_ENV: token})
    try:
        stray, *kids = (int(pid) for pid in leader.stdout.readline().split())
        assert sorted(supervisor.marked_processes(token)) == sorted([leader.pid, stray, *kids])

        started = time.monotonic()
        assert supervisor.stop_airflow(leader, token) == [stray], "only the stray left the group"

        assert time.monotonic() - started < 10
        assert not group_alive(leader.pid)
        assert supervisor.marked_processes(token) == []
        assert not [pid for pid in (stray, *kids) if running(pid)]
    finally:
        for pid in supervisor.marked_processes(token):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        leader.stdout.close()


def test_airflow_metadata_database_is_created_beside_the_project_one(database_url: str) -> None:
    from core.store.server import drop_database

    url = supervisor.airflow_metadata_url(database_url)
    try:
        assert url is not None and url.startswith("postgresql+psycopg2://")
        name = url.rsplit("/", 1)[1]
        assert name == database_url.rsplit("/", 1)[1] + "_airflow"
        with connection("postgresql://" + url.split("://", 1)[1]):
            pass  # it exists and answers
    finally:
        drop_database(database_url, database_url.rsplit("/", 1)[1] + "_airflow")
