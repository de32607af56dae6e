"""Run one source's crawl in a subprocess (Twisted's reactor cannot restart in-process) and return
the ``crawl_runs`` row's summary. A source failure never raises: it is the result's status."""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess  # nosec B404: scrapy runs from a fixed argv, never through a shell
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from core.processes import parent_death_signal, stop_process_group, stop_signals_held
from core.settings import PROJECT_ROOT, get_settings
from core.store.db import transaction
from core.vocabulary import CrawlStatus
from crawlers import store
from crawlers.commands import RUN_NOT_USABLE_EXIT
from crawlers.registry import Source, get_source

log = logging.getLogger(__name__)

_GRACE_SECONDS = 30  # after CLOSESPIDER_TIMEOUT, time to flush and close before the process is killed


@dataclass(frozen=True)
class CrawlResult:
    crawl_run_id: int
    source: str
    status: str
    requests: int
    pages_fetched: int
    pages_failed: int
    message: str

    @property
    def ok(self) -> bool:
        return CrawlStatus(self.status) in (CrawlStatus.OK, CrawlStatus.PARTIAL)


def scrapy_command(
    spider: str,
    source: str | Source,
    *,
    source_id: int | None = None,
    crawl_run_id: int | None = None,
    limit: int | None = None,
    since: date | None = None,
    settings: dict[str, Any] | None = None,
) -> list[str]:
    """The ``scrapy crawl`` command line (run with cwd at the project root). Given a ``Source``, the
    spider gets it as JSON and does not read the registry; given a name, it looks it up there."""
    name = source.name if isinstance(source, Source) else source
    command = [sys.executable, "-m", "scrapy", "crawl", spider, "-a", f"source={name}"]
    if isinstance(source, Source):
        command += ["-a", f"source_json={source.model_dump_json()}"]
    if source_id is not None:
        command += ["-a", f"source_id={source_id}"]
    if crawl_run_id is not None:
        command += ["-a", f"crawl_run_id={crawl_run_id}"]
    if limit is not None:
        command += ["-a", f"limit={limit}"]
    if since is not None:
        command += ["-a", f"since={since.isoformat()}"]
    for key, value in (settings or {}).items():
        command += ["-s", f"{key}={value}"]
    return command


def crawl_source(
    source: Source | str,
    *,
    database_url: str,
    source_id: int | None = None,
    limit: int | None = None,
    since: date | None = None,
    timeout: float | None = None,
    settings: dict[str, Any] | None = None,
    sources_file: str | Path | None = None,
) -> CrawlResult:
    """Crawl ``source`` into ``database_url``: a ``Source`` from a registry already loaded, or a name
    looked up in the registry (``sources_file`` or the configured one). The spider gets the source
    itself and never reads the registry again. ``source_id``: its ``sources`` row, when the caller
    upserted the registry already (else it is upserted here, once).

    ``timeout`` (seconds, default ``NEWSFLOW_CRAWL_TIMEOUT_SECONDS``) closes the spider cleanly
    (the run becomes ``partial``) and stops it if it does not. ``settings`` are extra Scrapy
    settings (tests and benchmarks turn throttling down). Raises ``RegistryError`` only for an
    unknown source name or an invalid registry."""
    if not isinstance(source, Source):
        source = get_source(source, sources_file)
    name = source.name
    timeout = float(timeout if timeout is not None else get_settings().crawl_timeout_seconds)
    params = {
        "spider": source.spider,
        "limit": limit,
        "since": since.isoformat() if since else None,
        "timeout": timeout,
        "via": "runner",
    }
    with transaction(database_url) as conn:
        if source_id is None:
            source_id = store.upsert_sources(conn, [source])[name]
        run_id = store.start_run(conn, source_id, params)
    extra = {"CLOSESPIDER_TIMEOUT": max(1, int(timeout)), **(settings or {})}
    command = scrapy_command(
        source.spider, source, source_id=source_id, crawl_run_id=run_id, limit=limit, since=since,
        settings=extra,
    )
    env = {**os.environ, "DATABASE_URL": database_url}
    process: subprocess.Popen[bytes] | None = None
    try:
        log.info("crawling %s (run %s) with spider %s", name, run_id, source.spider)
        with stop_signals_held():  # a stop while Popen runs is raised after it, when we hold the handle
            # No shell: the argv is sys.executable, -m scrapy and the registry-validated source.
            process = subprocess.Popen(  # nosec B603
                command,
                cwd=PROJECT_ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                start_new_session=True,
                # Killed outright (SIGKILL, OOM), this process cannot stop its crawl: the kernel then
                # sends it SIGTERM and Scrapy closes the spider and its run row.
                preexec_fn=parent_death_signal(),  # nosec B603 (no shell; armed before exec)
            )
        try:
            _out, err = process.communicate(timeout=timeout + _GRACE_SECONDS)
            # RUN_NOT_USABLE_EXIT: the spider closed its run as failed; the row says how.
            problem = (None if process.returncode in (0, RUN_NOT_USABLE_EXIT)
                       else f"scrapy exited with status {process.returncode}")
        except subprocess.TimeoutExpired:
            stop_process_group(process)
            _out, err = process.communicate()
            problem = f"killed after {timeout + _GRACE_SECONDS:.0f} s without finishing"
    except BaseException as exc:
        # This process is being stopped (an Airflow task killed or timed out, Ctrl-C), or scrapy
        # could not be started: the crawl runs in a session of its own and would outlive us. Stop
        # it, and close its run row if the spider could not (what it stored stays: a re-run fetches
        # only what is missing).
        if process is not None:
            stop_process_group(process)
        stopped = process is not None or not isinstance(exc, Exception)
        with contextlib.suppress(Exception):
            _result(database_url, run_id, "interrupted: the crawl was stopped" if stopped
                    else f"scrapy could not be started: {exc}", [])
        raise
    tail = err.decode("utf-8", errors="replace").strip().splitlines()[-15:]
    if problem:
        log.warning("crawl of %s: %s\n%s", name, problem, "\n".join(tail))
    return _result(database_url, run_id, problem, tail)


def _result(database_url: str, run_id: int, problem: str | None, tail: list[str]) -> CrawlResult:
    """The run's row; a run the spider never closed is closed here as failed."""
    with transaction(database_url) as conn:
        row = store.run_summary(conn, run_id)
        if row is None:
            raise RuntimeError(f"crawl run {run_id} vanished from crawl_runs")
        if row["status"] == CrawlStatus.RUNNING:
            errors = [line for line in tail if "Error" in line or "error" in line][-3:]
            message = (problem or "the spider stopped without closing its run") + (
                ": " + " | ".join(errors) if errors else ""
            )
            store.finish_run(
                conn,
                run_id,
                status=CrawlStatus.FAILED,
                requests=row["requests"],
                pages_fetched=row["pages_fetched"],
                pages_failed=row["pages_failed"],
                message=message[:2000],
            )
            row = store.run_summary(conn, run_id)
    return CrawlResult(**row)
