"""Output files: renamed into place when regular, written in place when special (never replaced)."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from newsflow.analyst.files import atomic_output


def test_a_failed_write_leaves_the_old_file_and_no_partial(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_output(target) as out:
        out.write(b"half a rep")
        raise RuntimeError("database went away")
    assert target.read_text() == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_a_new_file_and_its_folders_are_created(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "out.csv"
    with atomic_output(target) as out:
        out.write(b"x,y\n")
    assert target.read_bytes() == b"x,y\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.csv"]


def test_a_named_pipe_is_written_in_place_not_replaced(tmp_path: Path) -> None:
    # Stands in for /dev/null or /dev/stdout: replacing those would break the machine.
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    with atomic_output(fifo) as out:
        out.write(b"streamed")
    reader.join(timeout=10)
    assert received == [b"streamed"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert not (tmp_path / "pipe.partial").exists()
