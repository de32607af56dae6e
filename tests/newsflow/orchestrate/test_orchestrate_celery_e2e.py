"""``newsflow up --demo --executor celery --workers 2`` end to end: api-server, scheduler,
dag-processor and two Celery workers on the local Redis run the scheduled ``news_crawl`` and the
asset-triggered ``news_process`` on the sample site; tasks ran on both workers (task instance
hostnames), and the project's tables equal those of the same run on the LocalExecutor
(``--executor local``). Skips only when no Redis answers at REDIS_URL (default 127.0.0.1:6379,
database 11 of its own here)."""

from __future__ import annotations

import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import psycopg2
import pytest
from helpers import REPO, free_ports, rows, scratch_database
from up_processes import api_healthy, marked_pids, progress, stop_marked, tail

from core.store.server import with_database

REDIS_URL = os.environ.get("NEWSFLOW_TEST_REDIS_URL", "redis://127.0.0.1:6379/11")
READY_TIMEOUT = 420
MARKER = "NEWSFLOW_CELERY_E2E_MARKER"  # NEWSFLOW_-prefixed: the components' env file carries it


def redis_answers(url: str) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 6379), timeout=2) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _path(value: str | None) -> str | None:
    """A URL without scheme and host: the sample site's port differs between the runs."""
    return re.sub(r"^https?://[^/]+", "", value) if value else value


def tables(url: str) -> dict[str, object]:
    """The project's tables, keyed by URL path (a crawl's fetch order, and so the ids, may differ);
    publication times relative to the newest (the site dates its articles from its start)."""
    articles = rows(url, "SELECT canonical_url, title, published_at, language, text_sha256, status, "
                         "word_count FROM articles")
    newest = max((a[2] for a in articles if a[2] is not None), default=None)
    stories = rows(url, "SELECT array_agg(canonical_url) FROM articles WHERE story_id IS NOT NULL "
                        "GROUP BY story_id")
    return {
        "articles": sorted((_path(a[0]), a[1], a[2] and newest - a[2], *a[3:]) for a in articles),
        "stories": sorted(tuple(sorted(map(_path, group))) for (group,) in stories),
        "raw_pages": sorted((_path(r[0]), r[1], r[2] or "", _path(r[3]) or "") for r in rows(
            url, "SELECT r.url, r.status, r.process_status, a.canonical_url FROM raw_pages r "
                 "LEFT JOIN articles a ON a.id = r.article_id")),
        "classifications": sorted((_path(c[0]), c[1]) for c in rows(
            url, "SELECT a.canonical_url, c.relevant FROM classifications c "
                 "JOIN articles a ON a.id = c.article_id")),
    }


def finished(airflow_db: str) -> bool:
    """A successful news_crawl and, after it, a finished asset-triggered news_process."""
    try:
        states = dict(rows(airflow_db, "SELECT dag_id, string_agg(state, ',') FROM dag_run "
                                       "WHERE dag_id IN ('news_crawl', 'news_process') GROUP BY dag_id"))
    except psycopg2.Error:
        return False
    return "success" in states.get("news_crawl", "") and "success" in states.get("news_process", "")


def run_up(executor: str, database_url: str, tmp_path: Path) -> tuple[dict, dict[str, set[str]]]:
    """Run `newsflow up --demo --executor EXECUTOR` until both DAGs ran, Ctrl-C it; (tables,
    dag id -> task instance hostnames)."""
    api_port, site_port, worker_log_port, trigger_log_port, web_port = free_ports(5)
    token = secrets.token_hex(8)
    data_dir = tmp_path / executor
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "NEWSFLOW_"))}
    env.update({
        MARKER: token, "DATABASE_URL": database_url, "REDIS_URL": REDIS_URL,
        "NEWSFLOW_DATA_DIR": str(data_dir), "NEWSFLOW_MODEL_DIR": str(data_dir / "models"),
        "NEWSFLOW_DIGEST_DIR": str(data_dir / "digests"),
        "AIRFLOW__CORE__PARALLELISM": "4", "AIRFLOW__CELERY__WORKER_CONCURRENCY": "1",
        "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(worker_log_port),
        "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(trigger_log_port),
        "NEWSFLOW_WEB_PORT": str(web_port),  # not the default 8780: a workbench may be serving it
    })
    name = unquote(urlsplit(database_url).path.lstrip("/"))
    airflow_db = with_database(database_url, name + "_airflow")
    up_log = tmp_path / f"up-{executor}.log"
    with open(up_log, "wb") as log:
        up = subprocess.Popen(
            [sys.executable, "-m", "newsflow", "up", "--demo", "--executor", executor, "--workers", "2",
             "--port", str(api_port), "--site-port", str(site_port)],
            cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + READY_TIMEOUT
        healthy = done = False
        while time.monotonic() < deadline and not done:
            assert up.poll() is None, f"newsflow up exited early ({up.returncode})"
            healthy = healthy or api_healthy(api_port)
            done = healthy and finished(airflow_db) and bool(progress(database_url))
            time.sleep(5)
        assert done, f"{executor}: news_crawl and news_process did not both succeed"
        hostnames: dict[str, set[str]] = {}
        for dag_id, hostname in rows(airflow_db, "SELECT dag_id, hostname FROM task_instance "
                                                 "WHERE state = 'success'"):
            hostnames.setdefault(dag_id, set()).add(hostname)
        os.killpg(up.pid, signal.SIGINT)  # Ctrl-C: up stops the workers, then the rest, then exits
        assert up.wait(timeout=120) == 0
        assert not marked_pids(token), f"{executor}: processes left after Ctrl-C"
        return tables(database_url), hostnames
    except BaseException:
        print(f"--- newsflow up ({executor}) ---\n{tail(up_log, 120)}")
        for component in sorted((data_dir / "airflow" / "logs" / "components").glob("*.log")):
            print(f"--- {component.name} ---\n{tail(component, 40)}")
        raise
    finally:
        stop_marked(up, token)


@pytest.fixture
def two_databases(database_url: str) -> Iterator[list[str]]:
    with scratch_database(database_url, "nf_celery") as celery, \
            scratch_database(database_url, "nf_celery") as local:
        yield [celery, local]


@pytest.mark.airflow
@pytest.mark.timeout(2 * READY_TIMEOUT + 240)
def test_celery_workers_share_the_tasks_and_write_what_the_local_executor_writes(
        two_databases: list[str], tmp_path: Path) -> None:
    if not redis_answers(REDIS_URL):
        pytest.skip(f"no Redis answers at {REDIS_URL} (set NEWSFLOW_TEST_REDIS_URL)")
    celery_tables, celery_hosts = run_up("celery", two_databases[0], tmp_path)
    workers = set().union(*celery_hosts.values())
    assert {h.split("@")[0] for h in workers} == {"w1", "w2"}, celery_hosts
    assert {"news_crawl", "news_process"} <= set(celery_hosts)
    assert celery_tables["articles"], "the Celery run stored no article"
    local_tables, local_hosts = run_up("local", two_databases[1], tmp_path)
    assert not any("@" in h for hosts in local_hosts.values() for h in hosts), local_hosts
    for table in celery_tables:
        assert celery_tables[table] == local_tables[table], table
