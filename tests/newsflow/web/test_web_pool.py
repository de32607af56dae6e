"""The workbench's connection pool against a real PostgreSQL: connections are kept between requests
(opening one costs far more than a query), one the server dropped is replaced without failing a
page, a transaction left open never leaks into the next borrower, and a full pool waits, then says so."""

from __future__ import annotations

import threading

import pytest
from helpers import execute

from newsflow.web import db as web_db
from newsflow.web.db import Pool, PoolExhausted


def _backend(pool: Pool) -> int:
    return pool.one("SELECT pg_backend_pid() AS pid")["pid"]


def test_a_connection_is_kept_between_queries(db: str) -> None:
    pool = Pool(db, size=2)
    try:
        first = _backend(pool)
        assert [_backend(pool) for _ in range(5)] == [first] * 5
        with pool.cursor() as cur:
            cur.execute("SELECT pg_backend_pid() AS pid")
            assert cur.fetchone()["pid"] == first
    finally:
        pool.close()


def test_a_connection_the_server_dropped_is_replaced_without_an_error(db: str, monkeypatch) -> None:
    monkeypatch.setattr(web_db, "PING_AFTER_IDLE_S", 0.0)  # every idle connection is checked
    pool = Pool(db, size=1)
    try:
        dropped = _backend(pool)
        execute(db, "SELECT pg_terminate_backend(%s)", (dropped,))
        replaced = _backend(pool)
        assert replaced != dropped
        assert _backend(pool) == replaced
    finally:
        pool.close()


def test_a_transaction_left_open_is_rolled_back_before_reuse(db: str) -> None:
    pool = Pool(db, size=1)
    try:
        with pool._connection() as conn:  # a borrower that neither commits nor rolls back
            conn.cursor().execute("CREATE TEMPORARY TABLE left_open (x int)")
        assert pool.one("SELECT to_regclass('pg_temp.left_open') AS t")["t"] is None
    finally:
        pool.close()


def test_a_full_pool_waits_then_says_so(db: str, monkeypatch) -> None:
    monkeypatch.setattr(web_db, "WAIT_FOR_CONNECTION_S", 0.3)
    pool = Pool(db, size=1)
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with pool.cursor():
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert held.wait(10)
        with pytest.raises(PoolExhausted):
            pool.one("SELECT 1 AS x")
    finally:
        release.set()
        holder.join(10)
    assert pool.one("SELECT 1 AS x")["x"] == 1  # the slot came back
    pool.close()


def test_a_page_while_the_database_is_down_is_a_503_without_its_message(tmp_path) -> None:
    from fastapi.testclient import TestClient
    from helpers import free_port
    from web_support import config

    from newsflow.web.app import create_app

    down = f"postgresql://newsflow@127.0.0.1:{free_port()}/newsflow"  # nothing listens there
    with TestClient(create_app(config(down, tmp_path))) as client:
        page = client.get("/login")
        assert page.status_code == 200  # the workbench starts and serves what needs no database
        from web_support import csrf_of

        reply = client.post("/login", data={"name": "ana", "password": "x", "csrf": csrf_of(page.text)})
        assert reply.status_code == 503 and reply.headers["retry-after"] == "10"
        assert "database is not answering" in reply.text and "127.0.0.1" not in reply.text
        as_json = client.post("/login", data={"name": "ana", "password": "x", "csrf": csrf_of(page.text)},
                              headers={"accept": "application/json"})
        assert as_json.status_code == 503 and "database" in as_json.json()["detail"]
