"""'Retrain now' through a real Airflow: ``newsflow up --demo`` (Airflow standalone with the project's
DAGs, the sample site) on a database with a newsroom and a real model; the workbench, configured with
Airflow's address and password file, triggers ``classifier_retrain``, follows the run to its end and
shows what it made. The processes are found and stopped as in ``test_orchestrate_up_e2e``."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from analyst_seed import seed_newsroom
from fastapi.testclient import TestClient
from helpers import REPO, free_ports, rows, scratch_database
from up_processes import MARKER, api_healthy, kill_marked, tail
from web_support import config, ensure_user, log_in, real_model

from core.store import migrate
from newsflow.orchestrate.airflow_api import AirflowClient, generated_password
from newsflow.web.app import create_app
from newsflow.web.retraining import DAG_ID, AirflowTarget

READY_TIMEOUT = 300


@pytest.fixture
def up_database(database_url: str) -> Iterator[str]:
    with scratch_database(database_url, "nf_webaf") as url:
        yield url


@pytest.mark.slow
@pytest.mark.airflow
@pytest.mark.timeout(READY_TIMEOUT + 600)
def test_retrain_now_triggers_classifier_retrain_in_airflow(up_database: str, tmp_path: Path) -> None:
    migrate.upgrade(up_database)
    seed_newsroom(up_database, datetime.now(UTC).date(), days=20)
    real_model(up_database)
    ensure_user(up_database)
    api_port, site_port, worker_log_port, trigger_log_port, web_port = free_ports(5)
    token, data_dir = secrets.token_hex(8), tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "NEWSFLOW_"))}
    env.update({MARKER: token, "DATABASE_URL": up_database, "NEWSFLOW_DATA_DIR": str(data_dir),
                "NEWSFLOW_DIGEST_DIR": str(tmp_path / "digests"),
                "NEWSFLOW_MODEL_DIR": str(tmp_path / "models"),
                "AIRFLOW__CORE__PARALLELISM": "2", "AIRFLOW__API__HOST": "127.0.0.1",
                "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(worker_log_port),
                "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(trigger_log_port),
                "NEWSFLOW_WEB_PORT": str(web_port)})  # not the default 8780: a workbench may serve it
    up_log = tmp_path / "newsflow-up.log"
    with open(up_log, "wb") as log:
        up = subprocess.Popen([sys.executable, "-m", "newsflow", "up", "--demo", "--port", str(api_port),
                               "--site-port", str(site_port)], cwd=REPO, env=env, stdout=log,
                              stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + READY_TIMEOUT
        while not (api_healthy(api_port) and "DAGs unpaused:" in up_log.read_text(errors="replace")):
            assert up.poll() is None and time.monotonic() < deadline, tail(up_log)
            time.sleep(3)
        passwords = data_dir / "airflow" / "simple_auth_manager_passwords.json.generated"
        settings = config(up_database, tmp_path)
        settings.airflow = AirflowTarget("127.0.0.1", api_port, "admin", passwords_file=passwords)
        with TestClient(create_app(settings)) as client:
            csrf = log_in(client)
            topic = rows(up_database, "SELECT labels[1] FROM models WHERE active")[0][0]
            for label in (topic, "none", "none"):
                article = re.search(r'data-article-id="(\d+)"', client.get("/review").text).group(1)
                client.post("/review/label", data={"article_id": article, "label": label, "csrf": csrf})
            client.post("/review/retrain", data={"csrf": csrf})
            wb = client.app.state.workbench
            wb.retrainer.wait(600)
            job = client.get("/review/retrain/status", headers={"Accept": "application/json"}).json()
            assert job["state"] == "done" and job["via"] == "airflow" and job["dag_run_id"], job
            airflow = AirflowClient.login(api_port, "admin", generated_password(passwords))
            run = airflow.dag_run(DAG_ID, job["dag_run_id"])
            assert (run["state"], run["run_type"]) == ("success", "manual")
            active = rows(up_database, "SELECT id FROM models WHERE active")[0][0]
            assert job["after"]["id"] == active
            made = rows(up_database, "SELECT max(id) FROM models")[0][0]
            page = re.sub(r"\s+", " ", client.get("/review").text)
            print("retrain status:", re.sub(r"<[^>]+>", "", page.split('id="retrain-status"')[1])[:400])
            assert f"Airflow run <code>{job['dag_run_id']}</code>" in page
            if active != job["before"]["id"]:
                assert "now active" in page and f"Model #{active}" in page
            else:  # kept inactive by the classifier's gate, or nothing new trained: the page says which
                assert (f"Model #{made} trained on" in page and "kept inactive" in page) \
                    or "unchanged" in page or "Nothing trained" in page, page
        os.killpg(up.pid, signal.SIGINT)
        up.wait(timeout=60)
    except BaseException:
        print(f"--- newsflow up output ---\n{tail(up_log, 120)}")
        raise
    finally:
        kill_marked(token)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(up.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            up.wait(timeout=10)
