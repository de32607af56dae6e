"""``newsflow up --demo`` end to end (what ``make run ARGS=--demo`` starts): a real ``airflow
standalone`` with the project's DAGs, the sample site, and the scheduled crawl plus the
asset-triggered processing putting rows into a fresh PostgreSQL database; Ctrl-C leaves no process.

Every process it starts carries a marker in its environment, so the test finds (and, whatever
happens, kills) each of them by pid, in any process group or session: standalone runs in a session
of its own, and Scrapy subprocesses hang off its workers.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from helpers import REPO, free_ports, scratch_database
from up_processes import (
    MARKER,
    READY_TIMEOUT,
    STOP_TIMEOUT,
    api_healthy,
    dag_run_kinds,
    dag_run_state,
    marked_pids,
    port_closed,
    progress,
    stop_marked,
    tail,
)

from core.store.server import with_database
from newsflow.orchestrate.airflow_api import AirflowClient, generated_password
from newsflow.orchestrate.supervisor import DAG_IDS


@pytest.fixture
def up_database(database_url: str) -> Iterator[str]:
    """A fresh, empty database of its own on the test server (``newsflow up`` migrates it); it and
    the ``<name>_airflow`` metadata database ``newsflow up`` creates beside it are dropped after."""
    with scratch_database(database_url, "nf_up") as url:
        yield url


@pytest.mark.airflow
@pytest.mark.timeout(READY_TIMEOUT + 180)
def test_newsflow_up_demo_runs_the_pipeline_and_stops_cleanly(up_database: str, tmp_path: Path) -> None:
    api_port, site_port, worker_log_port, trigger_log_port, web_port = free_ports(5)
    token = secrets.token_hex(8)
    data_dir = tmp_path / "data"
    # A user's environment, not the test session's (tests/airflow_harness.py sets AIRFLOW_* vars).
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "NEWSFLOW_"))}
    env.update({
        MARKER: token,
        "DATABASE_URL": up_database,
        "NEWSFLOW_DATA_DIR": str(data_dir),  # AIRFLOW_HOME is <data dir>/airflow
        "NEWSFLOW_DIGEST_DIR": str(tmp_path / "digests"),
        "NEWSFLOW_MODEL_DIR": str(tmp_path / "models"),
        # Small and private: 2 workers, everything on loopback and on ports of this test's own.
        "AIRFLOW__CORE__PARALLELISM": "2",
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(worker_log_port),
        "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(trigger_log_port),
        "NEWSFLOW_WEB_PORT": str(web_port),
    })
    up_log = tmp_path / "newsflow-up.log"
    airflow_log = data_dir / "airflow" / "standalone.log"
    started = time.monotonic()
    with open(up_log, "wb") as log:
        up = subprocess.Popen(
            [sys.executable, "-m", "newsflow", "up", "--demo",
             "--port", str(api_port), "--site-port", str(site_port)],
            cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        # 1. Airflow answers, and the scheduled crawl plus the asset-triggered processing land rows.
        healthy, seen = False, None
        deadline = started + READY_TIMEOUT
        while time.monotonic() < deadline:
            assert up.poll() is None, f"newsflow up exited early with status {up.returncode}"
            healthy = healthy or api_healthy(api_port)
            seen = progress(up_database)
            if healthy and seen and all(seen):
                break
            time.sleep(5)
        ready = time.monotonic() - started
        assert healthy, f"the Airflow API on port {api_port} never reported healthy"
        assert seen and all(seen), f"(articles, classifications, ok demo crawls) = {seen} after {ready:.0f} s"
        out = up_log.read_text(errors="replace")
        assert "DAGs unpaused:" in out and "DAGs not found" not in out, out
        # Nobody triggered anything: the crawl ran on its schedule, processing on the asset update.
        name = unquote(urlsplit(up_database).path.lstrip("/"))
        runs = dag_run_kinds(with_database(up_database, name + "_airflow"))
        assert {("news_crawl", "scheduled"), ("news_process", "asset_triggered")} <= runs, runs
        print(f"ready after {ready:.0f} s: (articles, classifications, ok demo crawls) = {seen}")

        # 2. The REST client: the DAGs are listed unpaused, and a manual run takes its conf along.
        passwords = data_dir / "airflow" / "simple_auth_manager_passwords.json.generated"
        client = AirflowClient.login(api_port, "admin", generated_password(passwords))
        dags = client.dags()
        assert {dag_id: dags[dag_id]["is_paused"] for dag_id in DAG_IDS} == dict.fromkeys(DAG_IDS, False)
        run = client.trigger("news_crawl", {"dry_run": True})
        assert (run["dag_id"], run["run_type"], run["conf"]) == ("news_crawl", "manual", {"dry_run": True})
        # The dry run lists the sources and fetches nothing; wait for it, so that Ctrl-C below does
        # not land on a task in flight (standalone then needs its 30 s SIGKILL grace to stop).
        airflow_db = with_database(up_database, name + "_airflow")
        state, deadline = None, time.monotonic() + 120
        while state not in ("success", "failed") and time.monotonic() < deadline:
            time.sleep(2)
            state = dag_run_state(airflow_db, "news_crawl", run["dag_run_id"])
        assert state == "success", f"the triggered dry run is {state}"

        # The workbench started beside Airflow: its address is printed and its login page answers.
        assert f"Workbench: http://127.0.0.1:{web_port}/" in up_log.read_text(errors="replace")
        with urllib.request.urlopen(f"http://127.0.0.1:{web_port}/login", timeout=10) as reply:
            assert reply.status == 200 and b"password" in reply.read().lower()

        # 3. Ctrl-C, as a user would: every process is gone within STOP_TIMEOUT, ports are free.
        assert marked_pids(token), "no marked process found: the marker did not reach them"
        os.killpg(up.pid, signal.SIGINT)
        stop_started = time.monotonic()
        left = marked_pids(token)
        while left and time.monotonic() - stop_started < STOP_TIMEOUT:
            up.poll()  # reap the leader: a zombie would not count, but keep it clean
            time.sleep(0.5)
            left = marked_pids(token)
        stopped = time.monotonic() - stop_started
        assert not left, f"processes still running {stopped:.0f} s after Ctrl-C: {left}"
        assert up.wait(timeout=5) == 0
        assert port_closed(api_port) and port_closed(site_port) and port_closed(web_port)
        print(f"stopped in {stopped:.1f} s; whole test {time.monotonic() - started:.0f} s")
    except BaseException:
        print(f"--- newsflow up output ({up_log}) ---\n{tail(up_log, 200)}")
        print(f"--- airflow standalone log, tail ({airflow_log}) ---\n{tail(airflow_log)}")
        raise
    finally:
        stop_marked(up, token)
