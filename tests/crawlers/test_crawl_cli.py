"""``newsflow crawl`` / ``newsflow sources`` / ``newsflow demo-site`` from the command line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from helpers import feed_registry, rows

from core.settings import PROJECT_ROOT, reset_settings
from newsflow.cli import main


@pytest.fixture
def registry_env(tmp_path: Path, news_site, monkeypatch: pytest.MonkeyPatch) -> Path:
    file = feed_registry(tmp_path / "sources.toml", news_site.base_url, "local")
    monkeypatch.setenv("NEWSFLOW_SOURCES_FILE", str(file))
    monkeypatch.setenv("NEWSFLOW_ALLOW_PRIVATE_ADDRESSES", "0")  # restored (unset) after the test
    reset_settings()
    yield file
    reset_settings()


def test_sources_lists_and_checks_the_shipped_registry(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sources", "--check"]) == 0
    out = capsys.readouterr().out
    assert "tass-en" in out and "un-news" in out and "registry OK: " in out


def test_sources_reports_a_broken_registry(tmp_path: Path, monkeypatch, capsys) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[[source]]\nname = "x"\ndomains = ["x.org"]\n[[source.entry_points]]\nkind = "rss"\n'
        'url = "https://x.org/feed"\n'
    )
    monkeypatch.setenv("NEWSFLOW_SOURCES_FILE", str(bad))
    reset_settings()
    try:
        assert main(["sources", "--check"]) == 2
    finally:
        reset_settings()
    err = capsys.readouterr().err
    assert "source #1 'x': entry_points.0.kind" in err and err.count("\n") == 1


def test_crawl_unknown_source_is_a_usage_error(registry_env: Path, capsys) -> None:
    assert main(["crawl", "nosuch"]) == 2
    assert "unknown source(s): nosuch; known: local" in capsys.readouterr().err


@pytest.mark.slow  # a real crawl through the CLI
def test_crawl_command_with_allow_private(db: str, registry_env: Path, capsys) -> None:
    # Without --allow-private the loopback site is refused: tests/crawlers/test_crawl_spiders.py covers it.
    assert main(["crawl", "local", "--limit", "3", "--timeout", "60", "--allow-private"]) == 0
    out = capsys.readouterr().out
    assert "local: ok" in out and "3 new pages" in out
    assert rows(db, "SELECT status, pages_fetched FROM crawl_runs ORDER BY id") == [("ok", 3)]


def test_demo_site_command_serves_until_interrupted(tmp_path: Path) -> None:
    # Started as a script's background job is: SIGINT inherited ignored, yet Ctrl-C must stop it.
    process = subprocess.Popen(
        [sys.executable, "-m", "newsflow", "demo-site", "--port", "0", "--articles", "4"],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ},
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    try:
        line = process.stdout.readline()
        assert "sample site at http://127.0.0.1:" in line and "4 articles" in line
        base = line.split(" at ")[1].split("/ ")[0]
        with urllib.request.urlopen(base + "/feeds/rss.xml", timeout=10) as response:  # noqa: S310
            assert response.read().count(b"<item>") == 4
    finally:
        process.send_signal(signal.SIGINT)  # Ctrl-C
        deadline = time.time() + 10
        while process.poll() is None and time.time() < deadline:
            time.sleep(0.1)
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0
