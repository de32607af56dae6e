"""'Retrain now': one retrain at a time, through Airflow when one is configured, else in the server.

With ``NEWSFLOW_WEB_AIRFLOW_URL`` set, the job triggers the ``classifier_retrain`` DAG through
Airflow's REST API and follows its run (the retrain and re-score tasks run where Airflow runs them);
without it, ``classifier.retrain.retrain`` runs in a background thread of the server. Either way the
page polls ``status()``: when the job is done it tells which model is active since when, and what
changed against the model that was active before (threshold, articles scored and found relevant,
the share relevant), plus what the retrain itself reported (labels used, metrics on them).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from core.store.db import transaction

log = logging.getLogger(__name__)
DAG_ID = "classifier_retrain"
POLL_SECONDS = 2.0
RUN_TIMEOUT = 3600.0  # the DAG's own tasks time out after an hour each


@dataclass(frozen=True)
class AirflowTarget:
    """Where Airflow's API answers and whom to log in as (the password, or the file Airflow's
    simple auth manager wrote it to, read at each trigger: ``newsflow up`` makes a new one)."""

    host: str
    port: int
    user: str = "admin"
    password: str = ""
    passwords_file: Path | None = None

    def secret(self) -> str:
        if self.password:
            return self.password
        if self.passwords_file is None:
            raise ValueError("no Airflow password: set NEWSFLOW_WEB_AIRFLOW_PASSWORD or _PASSWORDS_FILE")
        from newsflow.orchestrate.airflow_api import generated_password

        return generated_password(self.passwords_file, self.user)


@dataclass
class Job:
    state: str = "idle"  # idle, running, done, failed
    via: str = ""  # "airflow" or "server"
    started_by: str = ""
    started_at: float = 0.0
    finished_at: float = 0.0
    dag_run_id: str = ""
    result: dict[str, Any] = field(default_factory=dict)  # what the retrain reported
    before: dict[str, Any] = field(default_factory=dict)  # the active model before, and after
    after: dict[str, Any] = field(default_factory=dict)
    error: str = ""


def active_summary(database_url: str) -> dict[str, Any]:
    """The active model: id, version, trained_at, threshold, articles scored, relevant, share."""
    with transaction(database_url) as conn, conn.cursor() as cur:
        cur.execute("SELECT m.id, m.version, m.trained_at, m.threshold,"
                    " (SELECT count(*) FROM classifications c WHERE c.model_id = m.id) AS scored,"
                    " (SELECT count(*) FROM classifications c WHERE c.model_id = m.id AND c.relevant)"
                    "   AS relevant FROM models m WHERE m.active")
        row = cur.fetchone()
        if row is None:
            return {}
        names = [d[0] for d in cur.description]
    out = dict(zip(names, row, strict=True))
    out["trained_at"] = out["trained_at"].isoformat()
    out["share"] = round(out["relevant"] / out["scored"], 4) if out["scored"] else None
    return out


class Retrainer:
    def __init__(self, database_url: str, seeds_dir: Path, airflow: AirflowTarget | None = None) -> None:
        self._url, self._seeds, self.airflow = database_url, seeds_dir, airflow
        self._lock = threading.Lock()
        self._job = Job()
        self._thread: threading.Thread | None = None

    def start(self, user: str) -> bool:
        """Start a retrain unless one is running; False when one already is."""
        with self._lock:
            if self._job.state == "running":
                return False
            self._job = Job(state="running", via="airflow" if self.airflow else "server",
                            started_by=user, started_at=time.time())
            self._thread = threading.Thread(target=self._run, name="newsflow-web-retrain", daemon=True)
            self._thread.start()
        return True

    def _run(self) -> None:
        try:
            before = active_summary(self._url)
            with self._lock:
                self._job.before = before
            result = self._through_airflow() if self.airflow else self._in_server()
            after, state, error = active_summary(self._url), "done", ""
        except Exception as exc:  # shown on the page; the server keeps serving
            log.exception("retrain from the workbench failed")
            result, after, state, error = {}, {}, "failed", f"{type(exc).__name__}: {exc}"
        with self._lock:
            self._job.result, self._job.after = result, after
            self._job.state, self._job.error = state, error
            self._job.finished_at = time.time()

    def _in_server(self) -> dict[str, Any]:
        from classifier.retrain import retrain

        return asdict(retrain(self._url, self._seeds))

    def _through_airflow(self) -> dict[str, Any]:
        from newsflow.orchestrate.airflow_api import AirflowClient

        target = self.airflow
        assert target is not None
        client = AirflowClient.login(target.port, target.user, target.secret(), host=target.host)
        run_id = client.trigger(DAG_ID)["dag_run_id"]
        with self._lock:
            self._job.dag_run_id = run_id
        deadline = time.monotonic() + RUN_TIMEOUT
        while True:
            state = client.dag_run(DAG_ID, run_id)["state"]
            if state == "success":
                break
            if state == "failed":
                raise RuntimeError(f"Airflow run {run_id} of {DAG_ID} failed (see its task logs)")
            if time.monotonic() > deadline:
                raise TimeoutError(f"Airflow run {run_id} of {DAG_ID} not finished after an hour")
            time.sleep(POLL_SECONDS)
        try:
            value = client.xcom(DAG_ID, run_id, "retrain")
            return json.loads(value) if isinstance(value, str) else dict(value)
        except (OSError, ValueError, TypeError, KeyError):
            return {}  # the run succeeded; what changed is still read from the models table

    def status(self) -> dict[str, Any]:
        with self._lock:
            job = asdict(self._job)
        job["finished_clock"] = time.strftime("%H:%M:%S", time.localtime(job["finished_at"]))
        return job

    def wait(self, timeout: float | None = None) -> None:
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
