"""A small client of Airflow 3's REST API on this machine (``/api/v2``, token from ``/auth/token``):
health, the DAG list, unpausing, triggering and following a run. Standard library only; http:// URLs
on 127.0.0.1 unless a client is given another host (the workbench's ``NEWSFLOW_WEB_AIRFLOW_URL``)."""

from __future__ import annotations

import json
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote


def _call(port: int, path: str, *, token: str | None = None, method: str = "GET",
          body: dict[str, Any] | None = None, timeout: float = 10, host: str = "127.0.0.1") -> dict[str, Any]:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"http://{host}:{port}{path}", data=data, headers=headers,
                                     method=method)
    # A fixed http:// scheme: no file: or other scheme can reach it.
    with urllib.request.urlopen(request, timeout=timeout) as reply:  # noqa: S310  # nosec B310
        return json.load(reply)


def health(port: int) -> dict[str, Any]:
    """``/api/v2/monitor/health`` (no login needed); raises OSError/ValueError while it is not up."""
    return _call(port, "/api/v2/monitor/health", timeout=3)


def generated_password(passwords_file: Path, user: str = "admin") -> str:
    """The password the simple auth manager generated for ``user`` (``airflow standalone`` writes it)."""
    return json.loads(passwords_file.read_text())[user]


@dataclass(frozen=True)
class AirflowClient:
    """Calls with a bearer token; ``login`` gets one."""

    port: int
    token: str
    host: str = "127.0.0.1"

    @classmethod
    def login(cls, port: int, username: str, password: str, host: str = "127.0.0.1") -> AirflowClient:
        reply = _call(port, "/auth/token", method="POST", body={"username": username, "password": password},
                      host=host)
        return cls(port, reply["access_token"], host)

    def _call(self, path: str, **kwargs: Any) -> dict[str, Any]:
        return _call(self.port, path, token=self.token, host=self.host, **kwargs)

    def dags(self) -> dict[str, dict[str, Any]]:
        """dag_id -> the API's DAG record (``is_paused`` and so on) of every stored DAG."""
        found: dict[str, dict[str, Any]] = {}
        while True:
            page = self._call(f"/api/v2/dags?limit=100&offset={len(found)}")
            found.update({d["dag_id"]: d for d in page["dags"]})
            if not page["dags"] or len(found) >= page["total_entries"]:
                return found

    def set_paused(self, dag_id: str, paused: bool) -> None:
        self._call(f"/api/v2/dags/{quote(dag_id, safe='')}", method="PATCH", body={"is_paused": paused})

    def trigger(self, dag_id: str, conf: dict[str, Any] | None = None) -> dict[str, Any]:
        """Start a manual run of ``dag_id`` now; returns the API's DAG-run record (``dag_run_id``...)."""
        return self._call(f"/api/v2/dags/{quote(dag_id, safe='')}/dagRuns", method="POST",
                          body={"logical_date": None, "conf": conf or {}})

    def dag_run(self, dag_id: str, run_id: str) -> dict[str, Any]:
        """The API's record of one run (``state``: queued, running, success, failed; ``end_date``)."""
        return self._call(f"/api/v2/dags/{quote(dag_id, safe='')}/dagRuns/{quote(run_id, safe='')}")

    def xcom(self, dag_id: str, run_id: str, task_id: str, key: str = "return_value") -> Any:
        """What a task of a run returned (its XCom ``key``)."""
        path = (f"/api/v2/dags/{quote(dag_id, safe='')}/dagRuns/{quote(run_id, safe='')}/taskInstances/"
                f"{quote(task_id, safe='')}/xcomEntries/{quote(key, safe='')}")
        return self._call(path)["value"]


def unpause_when_stored(port: int, passwords_file: Path, dag_ids: tuple[str, ...],
                        timeout: float = 180) -> list[str]:
    """Unpause ``dag_ids`` once the DAG processor has stored them; return the ids still missing
    after ``timeout`` seconds (empty when all are unpaused)."""
    missing = list(dag_ids)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            client = AirflowClient.login(port, "admin", generated_password(passwords_file))
            dags = client.dags()
            for dag_id in dag_ids:
                if dag_id in dags and dags[dag_id]["is_paused"]:
                    client.set_paused(dag_id, False)
            missing = [dag_id for dag_id in dag_ids if dag_id not in dags]
            if not missing:
                return []
        except (OSError, ValueError, KeyError):
            pass  # API, password file or DAGs not there yet
        time.sleep(2)
    return missing
