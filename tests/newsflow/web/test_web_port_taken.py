"""``newsflow web`` on a port another program holds: one line naming the port and what to do, exit 2,
before it prints the workbench's address (it printed "workbench: http://..." and then uvicorn's
"[Errno 98] ... address already in use", exit 3)."""

from __future__ import annotations

import socket

import pytest

from newsflow.cli import main


def test_a_taken_port_is_refused_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        status = main(["web", "--host", "127.0.0.1", "--port", str(port)])
    captured = capsys.readouterr()
    assert status == 2 and "workbench: http" not in captured.out, captured
    (line,) = captured.err.strip().splitlines()
    assert line == (f"newsflow web: error: cannot serve the workbench on 127.0.0.1:{port}: it is taken "
                    "by another program. Stop that program, or choose another port (--port, or "
                    "NEWSFLOW_WEB_PORT)")


def test_a_free_port_passes_the_check() -> None:
    """Guard: a free port (and the default host's name) is not refused."""
    from newsflow.cli.web import check_workbench_port

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    check_workbench_port("127.0.0.1", port)
    check_workbench_port("localhost", port)
