"""``newsflow sources add URL`` on a homepage that does not answer (a typo in the port or host, a site
down): it said "discovery found no usable feed or sitemap ... add a listing entry by hand", advice for a
site that answered; now it says the address did not answer. Nothing is written either way."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from newsflow.cli import main


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_homepage_that_does_not_answer_is_said_so(registry: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    before = registry.read_text(encoding="utf-8")
    url = f"http://127.0.0.1:{_closed_port()}/"
    assert main(["sources", "add", url, "--name", "typo", "--allow-private"]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith(f"newsflow sources: error: {url} did not answer (failed: connection_refused"), line
    assert "listing entry" not in line, line
    assert registry.read_text(encoding="utf-8") == before
