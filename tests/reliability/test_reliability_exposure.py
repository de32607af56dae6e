"""Secrets and exposure (issue 15): placeholder secrets never start the compose stack, a first .env
gets fresh ones, the UI port is published on loopback unless told, the DAGs log in as the pipeline
role, and ``newsflow up``'s Airflow files (the log with the admin password) are the user's only."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from helpers import REPO

from newsflow.orchestrate import deploy_secrets
from newsflow.orchestrate.supervisor import private_log


def _env_file(path: Path) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in path.read_text().splitlines() if "=" in line and line[0] != "#")
    return {key: value for key, value in pairs}


def test_the_example_secrets_are_refused_and_named() -> None:
    found = deploy_secrets.problems(_env_file(REPO / ".env.example"))
    for name in deploy_secrets.REQUIRED:
        assert any(line.startswith(name) for line in found), (name, found)
    assert all("change-me" not in line or "placeholder" in line for line in found)


def test_a_written_env_has_fresh_secrets_and_is_private(tmp_path: Path) -> None:
    first = deploy_secrets.write_env(REPO / ".env.example", tmp_path / ".env")
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    values = _env_file(first)
    assert deploy_secrets.problems(values) == []
    assert set(_env_file(REPO / ".env.example")) == set(values)  # same keys, nothing lost
    second = deploy_secrets.write_env(REPO / ".env.example", tmp_path / "other.env")
    assert all(values[name] != _env_file(second)[name] for name in deploy_secrets.REQUIRED)
    with pytest.raises(FileExistsError):
        deploy_secrets.write_env(REPO / ".env.example", first)


def test_the_init_job_stops_before_anything_with_placeholders(tmp_path: Path) -> None:
    """docker/init.sh as compose runs it, with .env.example's values: nothing migrated or created."""
    env = {**_env_file(REPO / ".env.example"), "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
           "DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none", "HOME": str(tmp_path)}
    done = subprocess.run(["bash", str(REPO / "docker/init.sh")], env=env, capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert done.returncode != 0
    assert "refusing to start: POSTGRES_PASSWORD is the placeholder 'change-me'" in done.stderr
    assert "migrating" not in done.stdout


def _compose(*extra: str, env: dict[str, str] | None = None) -> dict:
    binary = shutil.which("docker-compose")
    if binary is None:
        pytest.skip("docker-compose is not installed (apt-get install docker-compose)")
    done = subprocess.run([binary, "-f", str(REPO / "docker-compose.yml"), "--env-file",
                           str(REPO / ".env.example"), *extra, "config"], capture_output=True, text=True,
                          env={**os.environ, "NEWSFLOW_ENV_FILE": ".env.example", **(env or {})},
                          cwd=REPO, timeout=60, check=True)
    return yaml.safe_load(done.stdout)


def _published(config: dict) -> list[str]:
    ports = config["services"]["airflow-apiserver"]["ports"]
    return [port if isinstance(port, str) else f"{port.get('host_ip', '')}:{port['published']}"
            for port in ports]


def test_the_ui_port_is_published_on_loopback_unless_told() -> None:
    assert [port.split(":")[0] for port in _published(_compose())] == ["127.0.0.1"]
    everywhere = "0.0.0.0"  # noqa: S104 (what a deployment asks for explicitly)
    exposed = _compose(env={"AIRFLOW_BIND": everywhere})
    assert [port.split(":")[0] for port in _published(exposed)] == [everywhere]


def test_the_dags_log_in_as_the_pipeline_role() -> None:
    config = _compose()
    for name, service in config["services"].items():
        connection = (service.get("environment") or {}).get("AIRFLOW_CONN_NEWSFLOW_DB")
        if connection:
            assert connection.startswith("postgres://newsflow_worker:"), name
    init = (REPO / "docker/init.sh").read_text()
    assert "GRANT newsflow_pipeline TO newsflow_worker" in init
    assert init.index("deploy_secrets") < init.index("airflow db migrate")


def test_airflow_logs_are_private_whatever_the_umask(tmp_path: Path) -> None:
    log = tmp_path / "airflow" / "standalone.log"
    log.parent.mkdir()
    log.write_text("an old log\n")
    log.chmod(0o644)  # written before this fix
    previous = os.umask(0)
    try:
        with private_log(log) as out:
            out.write(b"Password for user 'admin': not-a-real-one\n")
        with private_log(tmp_path / "new.log"):
            pass
    finally:
        os.umask(previous)
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "new.log").stat().st_mode) == 0o600
    assert log.read_text().startswith("an old log\n")
