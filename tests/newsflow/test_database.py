"""``newsflow.database``: the one database-URL resolver, here as Airflow tasks see it (an Airflow
connection, else ``DATABASE_URL``)."""

from __future__ import annotations

import airflow_harness  # noqa: F401  # sets up Airflow before newsflow.database imports it
import psycopg2
import pytest

from newsflow import database as connection


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
