"""docker-compose.yml matches the project: its services, the DAG folder it mounts, the image it
builds, and the init job's steps. No Docker engine here: Debian's docker-compose validates it
offline when installed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
import yaml
from helpers import REPO

COMPOSE = REPO / "docker-compose.yml"
AIRFLOW_SERVICES = {"airflow-apiserver", "airflow-scheduler", "airflow-dag-processor", "airflow-triggerer"}


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def test_services_are_the_full_stack(compose: dict) -> None:
    services = compose["services"]
    assert {"postgres", "newsflow-init", "redis", "airflow-worker"} | AIRFLOW_SERVICES == set(services)
    assert services["redis"]["profiles"] == services["airflow-worker"]["profiles"] == ["celery"]
    commands = {name: services[name].get("command") for name in AIRFLOW_SERVICES}
    assert commands == {"airflow-apiserver": "api-server", "airflow-scheduler": "scheduler",
                        "airflow-dag-processor": "dag-processor", "airflow-triggerer": "triggerer"}
    for name in (*AIRFLOW_SERVICES, "postgres", "redis", "airflow-worker"):
        assert "healthcheck" in services[name], name
    for name in AIRFLOW_SERVICES:
        assert services[name]["depends_on"]["newsflow-init"]["condition"] == "service_completed_successfully"


def test_dag_folder_and_image_match_the_project(compose: dict) -> None:
    scheduler = compose["services"]["airflow-scheduler"]
    dags_folder = scheduler["environment"]["AIRFLOW__CORE__DAGS_FOLDER"]
    mounts = {v.split(":")[1]: v.split(":")[0] for v in scheduler["volumes"]}
    assert (REPO / mounts[dags_folder]).resolve() == (REPO / "dags").resolve()
    assert any((REPO / "dags").glob("*.py"))
    assert (REPO / mounts["/opt/newsflow/seeds"]).resolve() == (REPO / "seeds").resolve()
    dockerfile = (REPO / "Dockerfile").read_text()
    assert re.search(r"^FROM apache/airflow:3\.3\.2-python3\.11$", dockerfile, re.M)
    for copied in re.findall(r"^COPY \S+ (\S+) ", dockerfile, re.M):
        assert (REPO / copied).exists(), f"Dockerfile copies {copied}, which the project lacks"


def test_project_and_airflow_metadata_use_separate_databases(compose: dict) -> None:
    env = compose["services"]["airflow-scheduler"]["environment"]
    assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].endswith("@postgres:5432/airflow")
    assert env["DATABASE_URL"].endswith("@postgres:5432/newsflow")
    assert env["AIRFLOW_CONN_NEWSFLOW_DB"].endswith("@postgres:5432/newsflow")
    init_sql = (REPO / "docker/postgres-init/10-databases.sh").read_text()
    assert "CREATE DATABASE" in init_sql
    assert compose["services"]["postgres"]["environment"]["AIRFLOW_DB"] == "airflow"


def test_no_secret_is_written_in_the_compose_file() -> None:
    text = COMPOSE.read_text()
    for match in re.finditer(r"^\s*[A-Z_]*(PASSWORD|SECRET|FERNET)[A-Z_]*:\s*(\S+)", text, re.M):
        assert match.group(2).startswith("${"), match.group(0)
    assert re.search(r"://[^:$\s]+:[^$@\s]+@", text) is None, "a literal password in a URL"


def test_init_job_migrates_and_trains(compose: dict) -> None:
    init = (REPO / "docker/init.sh").read_text()
    assert "airflow db migrate" in init and "newsflow db upgrade" in init and "ensure_active_model" in init


def test_docker_compose_validates_the_file() -> None:
    binary = shutil.which("docker-compose")
    if binary is None:
        pytest.skip("docker-compose is not installed (apt-get install docker-compose); YAML checks ran")
    env = {**os.environ, "NEWSFLOW_ENV_FILE": ".env.example"}
    for profile in ([], ["--profile", "celery"]):
        done = subprocess.run(
            [binary, "-f", str(COMPOSE), "--env-file", str(REPO / ".env.example"), *profile, "config", "-q"],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=60, check=False,
        )
        assert done.returncode == 0, done.stderr


def test_celery_pins_are_the_projects_and_installed() -> None:
    """The compose image installs the project (so its pins); celery 5.7.0 breaks Airflow 3.3.2."""
    from importlib.metadata import version

    pins = dict(re.findall(r'"(apache-airflow-providers-celery|celery)(?:\[redis\])?==([^"]+)"',
                           (REPO / "pyproject.toml").read_text()))
    assert pins == {"apache-airflow-providers-celery": "3.26.0", "celery": "5.6.3"}
    assert {name: version(name) for name in pins} == pins
    assert re.search(r'^RUN pip install .* -e \.$', (REPO / "Dockerfile").read_text(), re.M)
