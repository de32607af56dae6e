"""A stopped ``newsflow run-once`` stops its crawl (issue 15), and its exit status tells scripts
how the sources went. Before: SIGTERM or SIGKILL left ``scrapy crawl`` running with parent 1,
storing pages for minutes, and run-once exited 0 when every source had failed."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.store.db import query as rows

pytestmark = pytest.mark.slow  # real run-once processes stopped mid-crawl: 3-30 s each

ROOT = Path(__file__).parents[1]
# Slow on purpose: one request a second, so the crawl is still running when run-once is stopped.
SLOW = "settings = { AUTOTHROTTLE_ENABLED = false, DOWNLOAD_DELAY = 1, CONCURRENT_REQUESTS_PER_DOMAIN = 1 }\n"
FAST = "settings = { AUTOTHROTTLE_ENABLED = false, DOWNLOAD_DELAY = 0, RETRY_TIMES = 0 }\n"


def _registry(path: Path, **sources: tuple[str, str]) -> Path:
    path.write_text("".join(
        f'[[source]]\nname = "{name}"\ndomains = ["127.0.0.1"]\n{settings}'
        f'[[source.entry_points]]\nkind = "feed"\nurl = "{url}"\n'
        for name, (url, settings) in sources.items()))
    return path


def _start(db: str, registry: Path, *names: str) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": db, "NEWSFLOW_SOURCES_FILE": str(registry)}
    return subprocess.Popen([sys.executable, "-m", "newsflow", "run-once", "--allow-private",
                             *[arg for name in names for arg in ("--source", name)]],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


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
        children = _children(process.pid)
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


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize(("names", "status"), [(["good"], 0), (["gone"], 1), (["good", "gone"], 3)])
def test_run_once_exit_status(db: str, news_site, tmp_path: Path, names: list[str], status: int) -> None:
    registry = _registry(tmp_path / "r.toml", good=(f"{news_site.base_url}/feeds/rss.xml", FAST),
                         gone=(f"http://127.0.0.1:{_closed_port()}/feed.xml", FAST))
    process = _start(db, registry, *names)
    out, err = process.communicate(timeout=240)
    assert process.returncode == status, (out, err)
