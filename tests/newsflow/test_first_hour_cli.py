"""What a new user meets in the first hour, command by command (issue 17): the sample site and the
`demo` source move together and a taken port is refused; one spelling for sources; `digest`
without --out; `sources` with a header; `scrapy crawl`'s exit status; the --limit message; and
`newsflow up` stopping on SIGINT when started with SIGINT ignored."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import FAST_CRAWL, entry, free_port, rows, source, write_registry

from core.settings import PROJECT_ROOT, reset_settings
from crawlers.registry import load_sources
from crawlers.runner import crawl_source
from newsflow.cli import build_parser, main
from newsflow.cli.crawl import chosen_sources
from newsflow.site.server import running_site


@contextlib.contextmanager
def another_program_on_a_port() -> Iterator[int]:
    """A listening socket that is not the sample site."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        yield s.getsockname()[1]


@pytest.fixture
def demo_env(monkeypatch: pytest.MonkeyPatch, db: str) -> Iterator[str]:
    """The environment variables the demo commands set, restored after the test."""
    monkeypatch.setenv("DATABASE_URL", db)
    monkeypatch.setenv("NEWSFLOW_DEMO_SITE_PORT", "8765")
    monkeypatch.setenv("NEWSFLOW_ALLOW_PRIVATE_ADDRESSES", "0")
    reset_settings()
    yield db
    reset_settings()


def test_the_demo_source_follows_the_site_port_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    port = free_port()
    monkeypatch.setenv("NEWSFLOW_DEMO_SITE_PORT", str(port))
    reset_settings()
    try:
        (demo,) = [s for s in load_sources() if s.name == "demo"]
    finally:
        monkeypatch.delenv("NEWSFLOW_DEMO_SITE_PORT")
        reset_settings()
    assert {e.url.split("/")[2] for e in demo.entry_points} == {f"127.0.0.1:{port}"}
    (default,) = [s for s in load_sources() if s.name == "demo"]
    assert {e.url.split("/")[2] for e in default.entry_points} == {"127.0.0.1:8765"}


def test_demo_refuses_a_port_another_program_holds(demo_env: str, capsys: pytest.CaptureFixture) -> None:
    with another_program_on_a_port() as port:
        assert main(["demo", "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert f"127.0.0.1:{port}" in err and "taken by another program" in err, err
    assert rows(demo_env, "SELECT count(*) FROM crawl_runs") == [(0,)]


def test_up_refuses_a_taken_site_port_before_starting_anything(demo_env: str, capsys) -> None:
    with another_program_on_a_port() as port:
        assert main(["up", "--demo", "--site-port", str(port)]) == 2
    assert "taken by another program" in capsys.readouterr().err


@pytest.mark.slow  # a real crawl, processing and first training
def test_demo_on_another_port_crawls_that_port(demo_env: str) -> None:
    port = free_port()
    assert main(["demo", "--port", str(port)]) == 0
    assert rows(demo_env, "SELECT r.status FROM crawl_runs r JOIN sources s ON s.id = r.source_id "
                          "WHERE s.name = 'demo'") == [("ok",)]
    hosts = rows(demo_env, "SELECT DISTINCT split_part(url, '/', 3) FROM raw_pages")
    assert hosts == [(f"127.0.0.1:{port}",)]


def test_sources_are_named_one_way_and_the_old_spellings_still_work() -> None:
    parser = build_parser()
    assert chosen_sources(parser.parse_args(["crawl", "--source", "a", "b"])) == ["a", "b"]
    assert chosen_sources(parser.parse_args(["crawl", "a", "b"])) == ["a", "b"]
    assert chosen_sources(parser.parse_args(["run-once", "--source", "a", "--source", "b"])) == ["a", "b"]
    assert chosen_sources(parser.parse_args(["run-once", "--sources", "a", "b"])) == ["a", "b"]
    assert parser.parse_args(["reprocess", "--source", "a"]).source == "a"
    for command in ("crawl", "run-once"):
        shown = build_parser()._subparsers._group_actions[0].choices[command].format_help()
        assert "--source NAME" in shown and "--sources" not in shown and "legacy" not in shown


def test_a_command_without_sources_says_how_to_name_them(capsys: pytest.CaptureFixture) -> None:
    assert main(["run-once"]) == 2
    assert "--source NAME" in capsys.readouterr().err


def test_sources_prints_a_header(capsys: pytest.CaptureFixture) -> None:
    assert main(["sources"]) == 0
    header, *lines = capsys.readouterr().out.splitlines()
    assert header.split()[:4] == ["NAME", "ENABLED", "LANG", "SCHEDULE"]
    assert any(line.startswith("demo ") for line in lines)


def test_digest_without_out_writes_into_the_digest_dir(demo_env: str, tmp_path: Path, monkeypatch,
                                                       capsys) -> None:
    monkeypatch.setenv("NEWSFLOW_DIGEST_DIR", str(tmp_path / "digests"))
    reset_settings()
    assert main(["digest", "--date", "2026-03-02"]) == 0
    written = tmp_path / "digests" / "digest-2026-03-02.html"
    assert capsys.readouterr().out.strip() == str(written)
    assert "<html" in written.read_text().lower()


def three_way_registry(tmp_path: Path, base: str, name: str = "sample") -> Path:
    """One source listing the same articles three ways: feed, sitemap index and listing pages."""
    pattern = r"/articles/\d+-[a-z0-9-]+\.html$"
    return write_registry(tmp_path / f"{name}.toml",
                          source(name, entry("feed", f"{base}/feeds/rss.xml"),
                                 entry("sitemap", f"{base}/sitemap_index.xml"),
                                 entry("listing", f"{base}/news", link_pattern=pattern)))


@pytest.mark.slow  # a real crawl
def test_the_limit_message_counts_each_article_once(db: str, tmp_path: Path) -> None:
    with running_site(articles=12) as site:
        file = three_way_registry(tmp_path, site.base_url)
        result = crawl_source("sample", database_url=db, sources_file=file, timeout=60, settings=FAST_CRAWL,
                              limit=5)
    assert result.pages_fetched == 5, result.message
    # 12 articles, each listed by feed, sitemap and listing: 7 are left, not 21.
    assert "7 left for later by --limit" in result.message, result.message


def scrapy_crawl(db: str, registry: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": db, "NEWSFLOW_SOURCES_FILE": str(registry),
           "NEWSFLOW_ALLOW_PRIVATE_ADDRESSES": "1"}
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "source=sample"]
    for key, value in FAST_CRAWL.items():
        command += ["-s", f"{key}={value}"]
    return subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, timeout=120, check=False)


@pytest.mark.slow  # two Scrapy processes
def test_scrapy_crawl_exits_non_zero_when_its_run_failed(db: str, news_site, tmp_path: Path) -> None:
    from crawlers.commands import RUN_NOT_USABLE_EXIT

    good = scrapy_crawl(db, three_way_registry(tmp_path, news_site.base_url))
    assert good.returncode == 0, good.stderr.decode()[-2000:]
    nobody = tmp_path / "nobody"
    nobody.mkdir()
    bad = scrapy_crawl(db, three_way_registry(nobody, f"http://127.0.0.1:{free_port()}"))
    assert bad.returncode == RUN_NOT_USABLE_EXIT, bad.stderr.decode()[-2000:]
    assert rows(db, "SELECT status FROM crawl_runs ORDER BY id") == [("ok",), ("unreachable",)]


def test_up_stops_on_sigint_even_when_started_with_sigint_ignored(tmp_path: Path) -> None:
    """A script's background job inherits SIGINT ignored; `up` installs its handler explicitly.
    The child ignores SIGINT as such a job would, installs `up`'s handlers, and must then die of it."""
    code = ("import signal, sys, time\n"
            "signal.signal(signal.SIGINT, signal.SIG_IGN)\n"
            "from newsflow.cli.up import stop_on_signals\n"
            "stop_on_signals()\n"
            "try:\n    print('ready', flush=True)\n    time.sleep(60)\n"
            "except KeyboardInterrupt:\n    sys.exit(42)\n")
    child = subprocess.Popen([sys.executable, "-c", code], cwd=PROJECT_ROOT, stdout=subprocess.PIPE,
                             text=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        assert child.stdout.readline().strip() == "ready"
        started = time.monotonic()
        child.send_signal(signal.SIGINT)
        assert child.wait(timeout=10) == 42
        assert time.monotonic() - started < 5
    finally:
        with contextlib.suppress(ProcessLookupError):
            child.kill()


@pytest.mark.slow  # a real `newsflow demo` process
def test_demo_stops_on_ctrl_c_even_when_started_with_sigint_ignored(db: str) -> None:
    """Every command, not only `up`, stops on Ctrl-C when a script started it in the background
    (SIGINT inherited ignored): `main` installs the handler. Sent while the crawl runs (a Ctrl-C
    inside a C extension's import can be swallowed by it: CPython's, not ours); the run row is
    closed as interrupted and the sample site's port is freed."""
    port = free_port()
    env = {**os.environ, "DATABASE_URL": db, "NEWSFLOW_DEMO_SITE_PORT": str(port)}
    child = subprocess.Popen([sys.executable, "-m", "newsflow", "demo"], cwd=PROJECT_ROOT, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        while "crawling demo" not in (line := child.stderr.readline()):
            assert line, "demo ended before its crawl started"
        child.send_signal(signal.SIGINT)
        assert child.wait(timeout=30) == 130
    finally:
        with contextlib.suppress(ProcessLookupError):
            child.kill()
    assert rows(db, "SELECT status, message FROM crawl_runs") == [
        ("failed", "interrupted: the crawl was stopped")]
    with socket.socket() as s:
        s.bind(("127.0.0.1", port))  # free again: the site stopped with the command
