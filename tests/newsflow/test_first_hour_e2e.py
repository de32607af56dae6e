"""Every command and query of README.md and docs/*.md, run as written (issue 17).

The fenced ``sh`` and ``sql`` blocks are read from the documents, so the documents and this test
cannot drift. An HTML comment right before a block says how it is run:

- none: ``sh`` blocks run in bash, in order, on a fresh database that ``newsflow demo`` filled; every
  ``SELECT``/``WITH`` statement of a ``sql`` block must return rows there (other statements run in a
  transaction that is rolled back);
- ``<!-- doc-test: airflow -->``: run against a real ``make run ARGS=--demo`` (the README's first hour);
- ``<!-- doc-test: server -->``: the last command serves until stopped: it must still run after 5 s;
- ``<!-- doc-test: skip: REASON -->`` / ``<!-- doc-test: empty on the demo: REASON -->``: not run, or
  run without asking for rows; REASON says why (Docker, the internet, one outlet...).

Commands run in a scratch folder holding a link to ``.venv``, with ``.data`` there
(``NEWSFLOW_DATA_DIR``), so nothing lands in the clone; ``make run`` runs in the clone (with that data
folder), and the Airflow test swaps in its own port for the documents' ``127.0.0.1:8080``.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg2
import pytest
from helpers import REPO, connection, free_ports, rows, scratch_database
from up_processes import marked_pids, stop_marked

from core.store.server import with_database

DOCUMENTS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
BLOCK = re.compile(r"(?:<!-- doc-test: (?P<marker>.*?) -->\n)?```(?P<lang>[a-z]*)\n(?P<body>.*?)```", re.S)
# Reasons a block may be skipped: what the test machine lacks, or what other runs do (the suite itself,
# benchmarks of minutes to an hour that `make bench` runs and that measure rather than test).
SKIP_REASONS = ("docker", "internet", "shared", "test suite", "tests/", "make bench")
COMMAND_START = re.compile(r"^\s*(\.venv/bin/|make |newsflow |airflow |docker|curl |psql |scrapy )", re.M)


@dataclass(frozen=True)
class Block:
    where: str
    lang: str
    body: str
    marker: str

    @property
    def kind(self) -> str:
        return self.marker.split(":")[0].strip()


def blocks() -> list[Block]:
    found = []
    for doc in DOCUMENTS:
        text = doc.read_text()
        for match in BLOCK.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            found.append(Block(f"{doc.relative_to(REPO)}:{line}", match["lang"], match["body"],
                               match["marker"] or ""))
    return found


def statements(sql: str) -> list[str]:
    """The statements of a block, comments dropped (none of ours has ';' or '--' inside a string)."""
    text = re.sub(r"--[^\n]*", "", sql)
    return [part.strip() for part in text.split(";") if part.strip()]


def test_every_block_is_run_or_says_why_not() -> None:
    found = blocks()
    assert any(b.lang == "sh" for b in found) and any(b.lang == "sql" for b in found)
    for block in found:
        if block.lang not in ("sh", "sql"):
            # A command cannot hide in a block this test does not run.
            assert not COMMAND_START.search(block.body), f"{block.where}: commands belong in ```sh blocks"
            continue
        assert block.kind in ("", "airflow", "server", "skip", "empty on the demo"), block
        if block.kind in ("skip", "empty on the demo"):
            reason = block.marker.split(":", 1)[1].lower()
            assert block.kind != "skip" or any(word in reason for word in SKIP_REASONS), block


def first_hour() -> list[Block]:
    text = (REPO / "README.md").read_text()
    section = text.split("## The first hour", 1)[1].split("\n## ", 1)[0]
    return [b for b in blocks() if b.where.startswith("README.md") and b.body in section]


def test_the_first_hour_has_its_steps() -> None:
    steps = first_hour()
    commands = " ".join(b.body for b in steps)
    for needed in ("make run ARGS=--demo", "/auth/token", "/api/v2/dags/news_crawl/dagRuns",
                   "newsflow airflow dags trigger", "newsflow digest", "newsflow label"):
        assert needed in commands, needed
    (queries,) = [b for b in steps if b.lang == "sql"]
    assert len(statements(queries.body)) == 5


# -- running them -------------------------------------------------------------------------------------


@pytest.fixture
def fresh_database(database_url: str) -> Iterator[str]:
    with scratch_database(database_url, "nf_doc") as url:
        yield url


def workdir(tmp_path: Path) -> Path:
    """A folder that looks like the clone to the commands (``.venv``) and keeps the files they write.
    Never the Makefile: `make setup` there would reinstall the package from this folder."""
    work = tmp_path / "clone"
    work.mkdir()
    (work / ".venv").symlink_to(REPO / ".venv")
    return work


def user_env(database: str, work: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "NEWSFLOW_", "DATABASE_URL"))}
    site, web = free_ports(2)
    env.update({
        "DATABASE_URL": database,
        "NEWSFLOW_DATA_DIR": str(work / ".data"),
        "NEWSFLOW_DIGEST_DIR": str(work / ".data" / "digests"),
        "NEWSFLOW_MODEL_DIR": str(work / ".data" / "models"),
        "NEWSFLOW_DEMO_SITE_PORT": str(site),
        "NEWSFLOW_WEB_PORT": str(web),
        "NEWSFLOW_WEB_PASSWORD": secrets.token_hex(8),
        **extra,
    })
    return env


def run_sh(block: Block, work: Path, env: dict[str, str], timeout: float = 300) -> str:
    body = block.body
    if block.kind == "server":
        *first, last = body.strip().splitlines()
        # A brace group (the line may end in a comment, which would swallow a trailing '&'); exec, so
        # that $! is the server itself and the EXIT trap stops it.
        body = "\n".join([*first, "{", f"exec {last}", "} &", "sleep 5", "kill -0 $!"])
    script = "set -euo pipefail\ntrap 'kill $(jobs -p) 2>/dev/null || true' EXIT\n" + body
    done = subprocess.run(["bash", "-c", script], cwd=work, env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)
    assert done.returncode == 0, f"{block.where}: exit {done.returncode}\n{done.stdout[-3000:]}\n" \
                                 f"{done.stderr[-3000:]}"
    return done.stdout


def check_sql(block: Block, database: str) -> None:
    with connection(database) as conn:
        for statement in statements(block.body):
            with conn.cursor() as cur:
                cur.execute(statement)
                asks = statement.upper().startswith(("SELECT", "WITH"))
                if asks and block.kind != "empty on the demo":
                    assert cur.fetchall(), f"{block.where}: no rows on the demo:\n{statement}"
        conn.rollback()  # a block of statements that change things leaves nothing behind


@pytest.mark.slow  # the demo pipeline, then every documented command
@pytest.mark.timeout(900)
def test_every_command_and_query_runs_on_a_demo_database(fresh_database: str, tmp_path: Path) -> None:
    work = workdir(tmp_path)
    env = user_env(fresh_database, work)
    subprocess.run([str(work / ".venv/bin/newsflow"), "demo"], cwd=work, env=env, check=True,
                   capture_output=True, timeout=300)
    ran = []
    for block in blocks():
        if block.lang == "sql" and block.kind != "skip":
            check_sql(block, fresh_database)
            ran.append(block.where)
        elif block.lang == "sh" and block.kind in ("", "server"):
            run_sh(block, work, env)
            ran.append(block.where)
    # What the commands were to leave behind, checked beyond their exit status.
    day = time.strftime("%Y-%m-%d", time.gmtime())
    assert "<html" in (work / ".data" / "digests" / f"digest-{day}.html").read_text().lower()
    assert len((work / "relevant.csv").read_text().splitlines()) > 1  # a header and rows
    labels = rows(fresh_database, "SELECT label FROM labels")
    assert labels == [("international_information_security",)]
    assert any(where.startswith("docs/queries.md") for where in ran), ran


# -- the first hour against a real `make run ARGS=--demo` ---------------------------------------------

READY_TIMEOUT = 420
MARKER = "NEWSFLOW_FIRST_HOUR"  # in the environment of each process `make run` starts: found by it


def wait_for(what: str, check, timeout: float, process: subprocess.Popen) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        assert process.poll() is None, f"make run exited with {process.returncode} waiting for {what}"
        with contextlib.suppress(psycopg2.Error, OSError, ValueError):
            if check():
                return time.monotonic()
        time.sleep(2)
    raise AssertionError(f"no {what} after {timeout:.0f} s")


@pytest.mark.airflow
@pytest.mark.slow
@pytest.mark.timeout(READY_TIMEOUT + 300)
def test_the_first_hour_on_a_real_make_run(fresh_database: str, tmp_path: Path) -> None:
    """`make run ARGS=--demo` started as a script starts a background job (SIGINT ignored), the
    README's Airflow commands run against it, timings printed, and SIGINT stops it all."""
    if subprocess.run(["make", "-q", "setup"], cwd=REPO, check=False).returncode != 0:
        pytest.skip("the venv is older than pyproject.toml: run `make setup` first (a test must not)")
    work = workdir(tmp_path)  # .data lives here (NEWSFLOW_DATA_DIR); make runs in the clone itself
    api, worker_logs, trigger_logs = free_ports(3)
    token = secrets.token_hex(8)
    env = user_env(fresh_database, work, NEWSFLOW_AIRFLOW_PORT=str(api), **{MARKER: token},
                   AIRFLOW__CORE__PARALLELISM="2",
                   AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT=str(worker_logs),
                   AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT=str(trigger_logs))
    steps = [b for b in first_hour() if b.kind == "airflow"]
    start, *commands = steps
    assert start.body.strip() == "make run ARGS=--demo"
    log = tmp_path / "make-run.log"
    started, wall = time.monotonic(), time.time()
    with open(log, "wb") as out:
        make = subprocess.Popen(["bash", "-c", start.body], cwd=REPO, env=env, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        wait_for("Airflow", lambda: "DAGs unpaused" in log.read_text(), READY_TIMEOUT, make)
        ready = time.monotonic() - started
        relevant = wait_for("relevant article", lambda: rows(
            fresh_database, "SELECT count(*) FROM relevant_articles")[0][0] > 0, READY_TIMEOUT, make)
        digests = work / ".data" / "digests"
        wait_for("digest from news_digest", lambda: any(digests.glob("digest-*.html")), 180, make)
        digest = min(p.stat().st_mtime for p in digests.glob("digest-*.html")) - wall
        print(f"first hour: Airflow ready {ready:.0f} s, first relevant article {relevant - started:.0f} s, "
              f"first digest file {digest:.0f} s after `make run ARGS=--demo`")

        outputs = [run_sh(Block(b.where, b.lang, b.body.replace("127.0.0.1:8080", f"127.0.0.1:{api}"),
                                b.marker), work, env, timeout=120) for b in commands]  # .data: in work
        password = json.loads((work / ".data/airflow/simple_auth_manager_passwords.json.generated")
                              .read_text())["admin"]
        assert outputs[0].strip() == password
        rest = json.loads(outputs[1])
        assert (rest["dag_id"], rest["conf"]) == ("news_crawl", {"sources": ["demo"], "limit": 5})
        assert "news_crawl" in outputs[2] and "dry_run" in outputs[2]
        airflow_db = with_database(fresh_database, fresh_database.rsplit("/", 1)[1] + "_airflow")
        confs = rows(airflow_db, "SELECT conf::text FROM dag_run WHERE dag_id = 'news_crawl' "
                                 "AND run_type = 'manual'")
        assert len(confs) == 2, confs
        assert not list((work / ".data" / "airflow").glob("*.db")), "a stray SQLite metadata file"

        # SIGINT to the whole group, as a terminal would: make ignores it (inherited), `up` must not.
        os.killpg(make.pid, signal.SIGINT)
        assert make.wait(timeout=60) == 0, log.read_text()[-3000:]
        deadline = time.monotonic() + 40
        while marked_pids(token, MARKER) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not marked_pids(token, MARKER), "processes left after SIGINT"
    except BaseException:
        print(log.read_text(errors="replace")[-5000:])
        airflow_log = work / ".data" / "airflow" / "standalone.log"
        if airflow_log.exists():
            print(airflow_log.read_text(errors="replace")[-5000:])
        raise
    finally:
        stop_marked(make, token, MARKER)
