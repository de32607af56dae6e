"""Every fault of the sample site, crawled for real: the crawl finishes, every good article lands, each
failure is a ``fetch_failures`` row of the right kind, and whole-source failures get the right status."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import truncate_all
from helpers import FAST_CRAWL, REPO, entry, source, write_registry
from helpers import rows as query

from core.urls import canonicalize
from crawlers.runner import CrawlResult, crawl_source
from newsflow.orchestrate.supervisor import SESSION_ENV, marked_processes
from newsflow.site.faults import FAULT_ARTICLES
from newsflow.site.server import SiteHandle, running_site

# Real crawls of the fault pages; the crawl most tests share costs ~9 s, others up to 8 s.
pytestmark = pytest.mark.slow

FAST = {**FAST_CRAWL, "DOWNLOAD_TIMEOUT": 2}  # the fault pages that stall must not hold a test up


def registry(tmp_path: Path, name: str, urls: list[str]) -> Path:
    """A registry with one source whose entry points are the feeds at ``urls``."""
    return write_registry(tmp_path / f"{name}.toml", source(name, *(entry("feed", url) for url in urls)))


@pytest.fixture(scope="module")
def fault_site() -> Iterator[SiteHandle]:
    with running_site(articles=10, faults=True) as site:
        yield site


@pytest.fixture(scope="module")
def fault_run(database_url: str, fault_site: SiteHandle, tmp_path_factory) -> tuple[str, CrawlResult]:
    """One crawl of a feed listing 5 good articles, every fault page and an off-site link."""
    truncate_all(database_url)
    file = registry(tmp_path_factory.mktemp("faults"), "faulty", [fault_site.base_url + "/faults/feed.xml"])
    result = crawl_source("faulty", database_url=database_url, sources_file=file, timeout=90, settings=FAST)
    return database_url, result


def test_fault_crawl_finishes_partial_with_every_good_article(fault_run, fault_site) -> None:
    url, result = fault_run
    assert result.status == "partial", result.message
    stored = {
        row[0]
        for row in query(
            url, "SELECT canonical_url FROM raw_pages WHERE crawl_run_id = %s", (result.crawl_run_id,)
        )
    }
    good = {canonicalize(u) for u in fault_site.article_urls()[:5]}
    must_land = {
        canonicalize(fault_site.base_url + path)
        for path, kind in FAULT_ARTICLES.items()
        if kind in ("", "charset_mismatch")
    }
    assert stored == good | must_land
    counted = [
        kind for kind in FAULT_ARTICLES.values() if kind not in ("", "charset_mismatch", "robots_disallowed")
    ]
    assert result.pages_failed == len(counted)
    assert result.pages_fetched == len(stored)


@pytest.mark.parametrize(("path", "kind"), [(p, k) for p, k in FAULT_ARTICLES.items() if k])
def test_each_fault_is_a_failure_row_of_its_kind(fault_run, fault_site, path: str, kind: str) -> None:
    url, result = fault_run
    found = query(
        url,
        "SELECT f.kind, f.detail, s.name, f.occurred_at IS NOT NULL FROM fetch_failures f "
        "JOIN sources s ON s.id = f.source_id WHERE f.crawl_run_id = %s AND f.url = %s",
        (result.crawl_run_id, fault_site.base_url + path),
    )
    assert [(row[0], row[2], row[3]) for row in found] == [(kind, "faulty", True)], found
    assert found[0][1]  # a detail an analyst can read


def test_retries_recover_5xx_and_robots_and_offsite_are_respected(fault_run, fault_site) -> None:
    url, _result = fault_run
    log = fault_site.request_log
    assert log["/faults/flaky-500.html"] == 2 and log["/faults/flaky-503.html"] == 3
    assert log["/private/members-only.html"] == 0  # robots.txt disallows /private/
    assert log["/faults/slow.html"] == 3  # first try + RETRY_TIMES, each cut by DOWNLOAD_TIMEOUT
    assert query(url, "SELECT kind FROM fetch_failures WHERE url = 'http://offsite.invalid/story.html'") == [
        ("offsite",)
    ]
    (encoding,) = query(url, "SELECT encoding FROM raw_pages WHERE url LIKE %s", ("%/faults/cp1251.html",))[0]
    assert encoding == "cp1251"
    (status,) = query(url, "SELECT http_status FROM fetch_failures WHERE kind = 'bot_wall'")[0]
    assert status == 403


def crawl_feeds(db: str, tmp_path: Path, site: SiteHandle, *paths: str) -> CrawlResult:
    file = registry(tmp_path, "whole", [site.base_url + path for path in paths])
    return crawl_source("whole", database_url=db, sources_file=file, timeout=60, settings=FAST)


def test_hostile_and_malformed_feeds_fail_the_source(db: str, tmp_path: Path, fault_site) -> None:
    result = crawl_feeds(db, tmp_path, fault_site, "/faults/hostile.xml", "/faults/malformed.xml")
    assert result.status == "failed" and "no entry point could be read" in result.message
    kinds = query(db, "SELECT kind FROM fetch_failures ORDER BY kind")
    assert kinds == [("xml_hostile",), ("xml_malformed",)]


def test_bot_wall_source_is_blocked(db: str, tmp_path: Path, fault_site) -> None:
    result = crawl_feeds(db, tmp_path, fault_site, "/faults/challenge-feed.xml")
    assert result.status == "blocked" and "bot wall" in result.message
    assert query(db, "SELECT kind, http_status FROM fetch_failures") == [("bot_wall", 403)]
    assert fault_site.request_log["/faults/challenge-feed.xml"] == 1  # a challenge is not retried


def test_source_listing_nothing_is_empty(db: str, tmp_path: Path, fault_site) -> None:
    result = crawl_feeds(db, tmp_path, fault_site, "/faults/empty-feed.xml")
    assert result.status == "empty" and "listed no articles" in result.message
    assert result.pages_fetched == 0


def test_unreachable_source(db: str, tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    file = registry(tmp_path, "gone", [f"http://127.0.0.1:{port}/feed.xml"])
    result = crawl_source("gone", database_url=db, sources_file=file, timeout=60, settings=FAST)
    assert result.status == "unreachable", result.message
    assert query(db, "SELECT DISTINCT kind FROM fetch_failures") == [("connection_refused",)]
    (status, finished) = query(db, "SELECT status, finished_at IS NOT NULL FROM crawl_runs")[0]
    assert (status, finished) == ("unreachable", True)


def test_real_outlet_offline_is_reported_unreachable(db: str) -> None:
    """The shipped registry's real outlets cannot be reached from the build machine: the run must say
    so (DNS failure), not crash and not claim "0 articles"."""
    result = crawl_source(
        "kremlin-en",
        database_url=db,
        timeout=60,
        settings={"RETRY_TIMES": 0, "DNS_TIMEOUT": 5, "DOWNLOAD_TIMEOUT": 5},
    )
    if result.status == "ok":
        pytest.skip("the outlet is reachable from this machine")
    assert result.status == "unreachable", result.message
    assert "could be reached" in result.message


def test_run_timeout_closes_the_run_instead_of_hanging(db: str, tmp_path: Path, fault_site) -> None:
    listing = entry("listing", f"{fault_site.base_url}/faults/slow.html", link_pattern="/articles/")
    file = write_registry(tmp_path / "slow.toml", source("slow", listing))
    settings = {**FAST, "DOWNLOAD_TIMEOUT": 30}
    result = crawl_source("slow", database_url=db, sources_file=file, timeout=2, settings=settings)
    assert result.status == "failed" and "stopped early (closespider_timeout)" in result.message
    (finished,) = query(db, "SELECT finished_at IS NOT NULL FROM crawl_runs")[0]
    assert finished


def test_stopped_crawl_task_leaves_no_scrapy_behind(db: str, tmp_path: Path) -> None:
    """An Airflow task being stopped gets SIGTERM, which Airflow turns into an exception: the crawl
    (Scrapy runs in a session of its own) must stop with it, and its run row must be closed."""
    silent = socket.socket()  # accepts connections into its backlog and never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen(64)
    file = registry(tmp_path, "silent", [f"http://127.0.0.1:{silent.getsockname()[1]}/feed.xml"])
    token = secrets.token_hex(8)
    task = (
        "import signal, sys\n"
        "signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # as Airflow's task runner does\n"
        "from crawlers.runner import crawl_source\n"
        f"crawl_source('silent', database_url={db!r}, sources_file={str(file)!r}, timeout=120,\n"
        f"             settings={{**{FAST!r}, 'DOWNLOAD_TIMEOUT': 60}})\n"
    )
    env = {**os.environ, SESSION_ENV: token}
    process = subprocess.Popen([sys.executable, "-c", task], env=env, cwd=REPO)
    try:
        deadline = time.monotonic() + 60
        # Scrapy has started once a process other than the task carries the marker.
        while len(marked_processes(token)) < 2 and time.monotonic() < deadline:
            assert process.poll() is None, "the task ended before its crawl started"
            time.sleep(0.2)
        assert len(marked_processes(token)) >= 2, "scrapy never started"
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 143
        deadline = time.monotonic() + 15
        while marked_processes(token) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert marked_processes(token) == []
        # Closed by the runner: Scrapy's graceful stop waits on the silent download (60 s) past the
        # runner's grace, so the group is killed and the spider never closes its run itself.
        assert query(db, "SELECT status, message, finished_at IS NOT NULL FROM crawl_runs") == [
            ("failed", "interrupted: the crawl was stopped", True)]
    finally:
        for pid in marked_processes(token):
            os.kill(pid, signal.SIGKILL)
        silent.close()
