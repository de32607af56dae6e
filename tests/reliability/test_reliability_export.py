"""Export against hostile text and a stopped process (issue 15): a CSV cell that starts like a
formula is neutralised; an export stopped by SIGTERM leaves neither its file nor a ``.partial``."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from helpers import REPO, cursor

from newsflow.analyst.export import csv_safe
from newsflow.cli import main

HOSTILE = {"title": '=HYPERLINK("http://127.0.0.1/x","click")', "text": "@SUM(A1:A9) and more",
           "url": "https://x.example/a"}


def _insert(db: str, count: int, title: str, text: str) -> None:
    """``count`` articles straight into the tables, one source, published today."""
    with cursor(db) as cur:
        cur.execute("INSERT INTO sources (name, domains, config) VALUES ('hostile', '{x.example}', '{}')"
                    " RETURNING id")
        (source_id,) = cur.fetchone()
        cur.execute(
            "INSERT INTO articles (canonical_url, url, source_id, title, published_at, text, text_sha256,"
            " extractor, extractor_version, cleaner_version)"
            " SELECT 'https://x.example/' || n, 'https://x.example/' || n, %s, %s, %s, %s, md5(n::text),"
            " 'test', '0', 'test' FROM generate_series(1, %s) AS n",
            (source_id, title, datetime.now(UTC), text, count))


def test_csv_cells_that_start_like_formulas_are_neutralised(db: str, tmp_path: Path) -> None:
    _insert(db, 1, HOSTILE["title"], "-2+3 " + HOSTILE["text"])
    out = tmp_path / "out.csv"
    os.environ["DATABASE_URL"] = db
    try:
        assert main(["export", "--since", datetime.now(UTC).date().isoformat(), "--out", str(out)]) == 0
        (row,) = csv.DictReader(out.open(encoding="utf-8", newline=""))
        assert row["title"] == "'" + HOSTILE["title"] and row["text"] == "'-2+3 " + HOSTILE["text"]
        assert not any(value.startswith(("=", "+", "-", "@")) for value in row.values())
        jsonl = tmp_path / "out.jsonl"
        assert main(["export", "--since", "2000-01-01", "--format", "jsonl", "--out", str(jsonl)]) == 0
        assert json.loads(jsonl.read_text())["title"] == HOSTILE["title"]  # JSON is not a spreadsheet
    finally:
        del os.environ["DATABASE_URL"]


def test_csv_safe() -> None:
    for text in ("=1+1", "+1", "-1", "@x", "\t=1", "\r=1"):
        assert csv_safe(text) == "'" + text
    for text in ("", "plain", "2026-01-01", "'=quoted already"):
        assert csv_safe(text) == text


def test_an_export_stopped_by_sigterm_leaves_no_file(db: str, tmp_path: Path) -> None:
    _insert(db, 40_000, "a title", "word " * 400)  # ~80 MB of CSV: seconds to write
    out = tmp_path / "big.csv"
    partial = tmp_path / "big.csv.partial"
    process = subprocess.Popen([sys.executable, "-m", "newsflow", "export", "--since", "2000-01-01",
                                "--out", str(out)], cwd=REPO, env={**os.environ, "DATABASE_URL": db},
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not (partial.exists() and partial.stat().st_size > 1_000_000):
        assert process.poll() is None and time.monotonic() < deadline, process.communicate()
        time.sleep(0.02)
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM, err
    assert list(tmp_path.iterdir()) == []  # neither big.csv nor big.csv.partial
