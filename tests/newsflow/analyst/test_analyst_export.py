"""``newsflow export``: CSV, Parquet and JSON Lines parsed back, filters, and stdout piping."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta

import pyarrow.parquet as pq
import pytest
from analyst_seed import THRESHOLD, Newsroom, shared_newsroom
from helpers import cursor

from newsflow.analyst.export import COLUMNS, export_articles
from newsflow.cli import main

DAY = date(2026, 11, 20)
SINCE = DAY - timedelta(days=6)


@pytest.fixture
def room(database_url: str) -> Newsroom:
    """Ten days of news, seeded once and shared: every test here only reads."""
    return shared_newsroom(database_url, DAY, days=10)


@pytest.fixture
def db(database_url: str) -> str:
    """The shared newsroom's database (deliberately not emptied, unlike conftest's ``db``)."""
    return database_url


def expected(db: str, *, relevant_only: bool) -> dict[int, tuple]:
    """(source, score, relevant) per article dated SINCE or later, by the active model; an analyst's
    label wins (the newsroom labels an article once at most, so a plain join finds it)."""
    with cursor(db) as cur:
        cur.execute(
            "SELECT a.id, s.name, c.score, coalesce(l.label <> 'none', c.relevant) FROM articles a"
            " JOIN sources s ON s.id = a.source_id"
            " JOIN classifications c ON c.article_id = a.id JOIN models m ON m.id = c.model_id AND m.active"
            " LEFT JOIN labels l ON l.article_id = a.id"
            " WHERE a.published_at >= %s AND (coalesce(l.label <> 'none', c.relevant) OR NOT %s)",
            (datetime.combine(SINCE, datetime.min.time(), tzinfo=UTC), relevant_only))
        got = {r[0]: r[1:] for r in cur.fetchall()}
    return got


def export_bytes(db: str, fmt: str, relevant_only: bool = False) -> bytes:
    buffer = io.BytesIO()
    export_articles(db, buffer, since=SINCE, fmt=fmt, relevant_only=relevant_only, progress=False,
                    batch_size=10)  # several server-side batches
    return buffer.getvalue()


@pytest.mark.parametrize("relevant_only", [False, True])
def test_jsonl_export_matches_the_database(db: str, room, relevant_only: bool) -> None:
    lines = [json.loads(line) for line in export_bytes(db, "jsonl", relevant_only).decode().splitlines()]
    want = expected(db, relevant_only=relevant_only)
    assert len(want) > 20
    assert {r["article_id"]: (r["source"], r["score"], r["relevant"]) for r in lines} == want
    assert list(lines[0]) == [name for name, _ in COLUMNS]
    assert all(r["model_version"] == "2026.11.20-labels" for r in lines)
    assert all(r["article_date"] >= SINCE.isoformat() for r in lines)
    dates = [r["published_at"] for r in lines]
    assert dates == sorted(dates)  # oldest first: appending exports stay in order
    if relevant_only:
        assert all(r["score"] >= THRESHOLD for r in lines)


def test_csv_export_parses_back(db: str, room) -> None:
    rows = list(csv.DictReader(io.StringIO(export_bytes(db, "csv").decode("utf-8"))))
    want = expected(db, relevant_only=False)
    assert {int(r["article_id"]): (r["source"], float(r["score"]), r["relevant"] == "True")
            for r in rows} == want
    story_rows = [r for r in rows if r["top_terms"].count(";") >= 2]
    assert story_rows and story_rows[0]["title"] in story_rows[0]["text"]
    assert datetime.fromisoformat(rows[0]["published_at"]).tzinfo is not None


def test_parquet_export_parses_back_with_types(db: str, room, tmp_path) -> None:
    path = tmp_path / "out.parquet"
    path.write_bytes(export_bytes(db, "parquet", relevant_only=True))
    table = pq.read_table(path)
    assert table.schema.names == [name for name, _ in COLUMNS]
    assert str(table.schema.field("published_at").type) == "timestamp[us, tz=UTC]"
    records = table.to_pylist()
    assert {r["article_id"]: (r["source"], r["score"], r["relevant"]) for r in records} == expected(
        db, relevant_only=True)
    assert all(isinstance(r["top_terms"], list) and r["top_terms"] for r in records)
    # Batches of 10 rows were written as row groups, streamed.
    assert pq.ParquetFile(path).num_row_groups > 1


def test_export_of_an_empty_range_is_valid(db: str, room, tmp_path) -> None:
    buffer = io.BytesIO()
    assert export_articles(db, buffer, since=DAY + timedelta(days=30), fmt="parquet", progress=False) == 0
    (tmp_path / "empty.parquet").write_bytes(buffer.getvalue())
    assert pq.read_table(tmp_path / "empty.parquet").num_rows == 0


def test_cli_pipes_to_stdout_with_progress_on_stderr(db: str, room) -> None:
    env = {**os.environ, "DATABASE_URL": db}
    done = subprocess.run(
        [sys.executable, "-m", "newsflow", "export", "--since", SINCE.isoformat(), "--format", "jsonl",
         "--relevant-only"], capture_output=True, env=env, timeout=60, check=True)
    lines = done.stdout.decode().splitlines()
    assert len(lines) == len(expected(db, relevant_only=True))
    assert all(json.loads(line)["relevant"] for line in lines)
    assert f"exported {len(lines)} article(s)" in done.stderr.decode()


def test_cli_stops_quietly_when_the_reader_goes_away(db: str, room, monkeypatch, capsys) -> None:
    # Like `newsflow export ... | head -1` once head has exited: a pipe whose reading end is closed.
    # (Done in-process: pipe buffers here are large enough to swallow a whole test export.)
    read_end, write_end = os.pipe()
    os.close(read_end)
    closed_pipe = open(write_end, "w", encoding="utf-8")  # noqa: SIM115 (closed below)
    monkeypatch.setattr(sys, "stdout", closed_pipe)
    try:
        assert main(["export", "--since", SINCE.isoformat(), "--format", "jsonl"]) == 0
    finally:
        monkeypatch.undo()
        closed_pipe.close()
    assert "exported" not in capsys.readouterr().err


def test_cli_writes_a_file_and_rejects_bad_input(db: str, room, tmp_path, capsys) -> None:
    out = tmp_path / "sub" / "week.csv"
    assert main(["export", "--since", SINCE.isoformat(), "--out", str(out)]) == 0
    assert len(list(csv.DictReader(out.open(encoding="utf-8")))) == len(expected(db, relevant_only=False))
    assert not list(tmp_path.glob("sub/*.partial"))
    with pytest.raises(SystemExit) as exc:
        main(["export", "--since", "last week"])
    assert exc.value.code == 2
    assert "not a date" in capsys.readouterr().err
