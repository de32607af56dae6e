"""``newsflow COMMAND | head``: when the reader has what it wanted and exits, the command stops quietly
with a SIGPIPE'd program's status (141), as other Unix tools do. It printed "newsflow sources: error:
BrokenPipeError: [Errno 32] Broken pipe (run with -v for the traceback)" and exited 1, as if it had failed."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

COMMAND = [sys.executable, "-m", "newsflow", "sources", "--check"]  # the registry as a table; no database
NO_DATABASE = {**os.environ, "DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"}


def test_a_reader_that_went_away_stops_the_command_quietly() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # `head` has exited before the command writes
    try:
        done = subprocess.run(COMMAND, stdout=write_end, stderr=subprocess.PIPE, text=True, env=NO_DATABASE,
                              timeout=120, check=False)
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (141, ""), done.stderr


def test_a_reader_that_reads_everything_gets_everything() -> None:
    """Guard: a pipe read to its end is a normal run."""
    done = subprocess.run(COMMAND, capture_output=True, text=True, env=NO_DATABASE, timeout=120, check=False)
    assert done.returncode == 0 and "registry OK" in done.stdout, done.stderr


def test_only_a_pipe_without_reader_counts_as_gone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: a BrokenPipeError while stdout's reader is still there (a child process's pipe, a
    socket) is a failure like any other: reported, exit 1."""
    from newsflow.cli.failures import output_reader_gone

    read_end, write_end = os.pipe()
    with os.fdopen(write_end, "w") as stdout:
        monkeypatch.setattr(sys, "stdout", stdout)
        assert not output_reader_gone()
        os.close(read_end)
        assert output_reader_gone()
        monkeypatch.undo()


def test_stdout_that_is_no_file_is_not_gone(capsys: pytest.CaptureFixture[str]) -> None:
    from newsflow.cli.failures import output_reader_gone

    assert not output_reader_gone()  # pytest's capture: no file descriptor
