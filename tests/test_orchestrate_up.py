"""Pieces of ``newsflow up`` and of the DB URL resolution that run without starting Airflow:
the environment Airflow gets, the demo registry, stopping a whole process group, the Airflow
connection -> libpq URL."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg2
import pytest
from airflow_harness import DAG_IDS  # sets up Airflow before it is imported

from newsflow import database as connection
from newsflow.cli import up


def test_airflow_env_points_at_the_project_and_keeps_user_settings(tmp_path: Path) -> None:
    env = up.airflow_env({"PATH": "/usr/bin", "AIRFLOW__CORE__PARALLELISM": "16"},
                         data_dir=tmp_path, port=8123, database_url="postgresql://u@h/db")
    assert env["AIRFLOW_HOME"] == str(tmp_path / "airflow")
    dags = (Path(__file__).parent.parent / "dags").resolve()
    assert Path(env["AIRFLOW__CORE__DAGS_FOLDER"]).resolve() == dags
    assert env["AIRFLOW__CORE__LOAD_EXAMPLES"] == "False"
    assert env["AIRFLOW__CORE__PARALLELISM"] == "16"  # the caller's choice wins
    assert env["AIRFLOW__API__PORT"] == "8123"
    assert env["AIRFLOW__API__HOST"] == "127.0.0.1"  # not every interface by default
    assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://127.0.0.1:8123/execution/"
    assert env["DATABASE_URL"] == "postgresql://u@h/db"
    assert env["PATH"].split(os.pathsep)[0] == str(Path(sys.executable).parent)
    assert set(up.DAG_IDS) == set(DAG_IDS)


def test_demo_registry_holds_only_the_demo_source(tmp_path: Path) -> None:
    from crawlers.registry import load_sources

    path = up.demo_sources_file(tmp_path / "data")
    sources = load_sources(path)
    assert [s.name for s in sources] == ["demo"]
    assert sources[0].enabled, "the demo registry must enable the (normally disabled) demo source"
    assert all(f":{up.DEMO_SITE_PORT}/" in e.url for e in sources[0].entry_points)


def test_stop_group_ends_every_process_of_the_group() -> None:
    # A leader with two children that ignore nothing: all three must be gone afterwards.
    script = (
        "import subprocess, sys, time\n"
        "sleep = [sys.executable, '-c', 'import time; time.sleep(60)']\n"
        "kids = [subprocess.Popen(sleep) for _ in range(2)]\n"
        "print(' '.join(str(k.pid) for k in kids), flush=True)\ntime.sleep(60)\n"
    )
    leader = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                              start_new_session=True)
    children = [int(pid) for pid in leader.stdout.readline().split()]
    assert up.group_alive(leader.pid)

    started = time.monotonic()
    up.stop_group(leader, grace=10)

    assert time.monotonic() - started < 10
    assert not up.group_alive(leader.pid)
    for pid in children:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_airflow_metadata_database_is_created_beside_the_project_one(database_url: str) -> None:
    from core.store.server import drop_database

    url = up.airflow_metadata_url(database_url)
    try:
        assert url is not None and url.startswith("postgresql+psycopg2://")
        name = url.rsplit("/", 1)[1]
        assert name == database_url.rsplit("/", 1)[1] + "_airflow"
        psycopg2.connect("postgresql://" + url.split("://", 1)[1]).close()
    finally:
        drop_database(database_url, database_url.rsplit("/", 1)[1] + "_airflow")


def test_connection_url_from_an_airflow_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(
        "AIRFLOW_CONN_NEWSFLOW_DB",
        "postgres://an%40alyst:p%2Fw%3Ad@db.example:5433/news?sslmode=require&cursor=dictcursor",
    )
    url = connection.resolve_database_url(in_airflow=True)
    assert url == "postgresql://an%40alyst:p%2Fw%3Ad@db.example:5433/news?sslmode=require"
    dsn = psycopg2.extensions.parse_dsn(url)
    assert dsn["user"] == "an@alyst" and dsn["password"] == "p/w:d" and dsn["port"] == "5433"


def test_connection_falls_back_to_database_url(monkeypatch: pytest.MonkeyPatch, database_url: str) -> None:
    monkeypatch.delenv("AIRFLOW_CONN_NEWSFLOW_DB", raising=False)
    assert connection.airflow_connection_url() is None
    assert connection.resolve_database_url(in_airflow=True) == database_url
