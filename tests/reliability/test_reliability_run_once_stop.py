"""A stopped ``newsflow run-once`` stops its crawl (issue 15), and its exit status tells scripts
how the sources went. Before: SIGTERM or SIGKILL left ``scrapy crawl`` running with parent 1,
storing pages for minutes, and run-once exited 0 when every source had failed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import FAST_SOURCE, REPO, child_pids, entry, free_port, rows, source, write_registry

pytestmark = pytest.mark.slow  # real run-once processes stopped mid-crawl: 3-30 s each

# Slow on purpose: one request a second, so the crawl is still running when run-once is stopped.
SLOW = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 1, "CONCURRENT_REQUESTS_PER_DOMAIN": 1}
FAST = {**FAST_SOURCE, "RETRY_TIMES": 0}


def _registry(path: Path, **sources: tuple[str, dict]) -> Path:
    """``name=(feed URL, settings)``: one source per keyword, each reading one feed."""
    return write_registry(path, *(source(name, entry("feed", url), settings=settings)
                                  for name, (url, settings) in sources.items()))


def _start(db: str, registry: Path, *names: str) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": db, "NEWSFLOW_SOURCES_FILE": str(registry)}
    return subprocess.Popen([sys.executable, "-m", "newsflow", "run-once", "--allow-private",
                             *[arg for name in names for arg in ("--source", name)]],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _crawl_started(db: str, process: subprocess.Popen, news_site) -> int:
    """The scrapy child's pid, once it has fetched a few pages."""
    deadline = time.monotonic() + 90
    start = news_site.requests_total()
    while time.monotonic() < deadline:
        children = child_pids(process.pid)
        if children and news_site.requests_total() >= start + 3:
            return children[0]
        assert process.poll() is None, process.communicate()
        time.sleep(0.2)
    raise AssertionError("the crawl never started")


def _wait_gone(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.1)
    return False


def _quiet(news_site, seconds: float = 3.0) -> bool:
    """No request reached the site for ``seconds``."""
    before = news_site.requests_total()
    time.sleep(seconds)
    return news_site.requests_total() == before


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_stopped_run_once_stops_its_crawl_and_closes_the_run(db: str, news_site, tmp_path: Path,
                                                               signum: int) -> None:
    registry = _registry(tmp_path / "r.toml", slow=(f"{news_site.base_url}/feeds/rss.xml", SLOW))
    process = _start(db, registry, "slow")
    crawler = _crawl_started(db, process, news_site)
    process.send_signal(signum)
    process.communicate(timeout=60)
    assert process.returncode != 0
    assert _wait_gone(crawler, 10), "scrapy crawl outlived run-once"
    assert _quiet(news_site)
    assert rows(db, "SELECT count(*) FROM crawl_runs WHERE status = 'running'") == [(0,)]


def test_a_killed_run_once_takes_its_crawl_with_it(db: str, news_site, tmp_path: Path) -> None:
    registry = _registry(tmp_path / "r.toml", slow=(f"{news_site.base_url}/feeds/rss.xml", SLOW))
    process = _start(db, registry, "slow")
    crawler = _crawl_started(db, process, news_site)
    process.kill()  # SIGKILL: run-once can do nothing; the child must notice by itself
    process.communicate(timeout=30)
    assert _wait_gone(crawler, 30), "scrapy crawl kept running with parent 1"
    assert _quiet(news_site)
    # Scrapy closed the spider on the parent-death SIGTERM, and with it the run row.
    assert rows(db, "SELECT count(*) FROM crawl_runs WHERE status = 'running'") == [(0,)]


@pytest.mark.parametrize(("names", "status"), [(["good"], 0), (["gone"], 1), (["good", "gone"], 3)])
def test_run_once_exit_status(db: str, news_site, tmp_path: Path, names: list[str], status: int) -> None:
    registry = _registry(tmp_path / "r.toml", good=(f"{news_site.base_url}/feeds/rss.xml", FAST),
                         gone=(f"http://127.0.0.1:{free_port()}/feed.xml", FAST))
    process = _start(db, registry, *names)
    out, err = process.communicate(timeout=240)
    assert process.returncode == status, (out, err)
