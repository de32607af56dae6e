"""``newsflow up --port P`` with P (or its log servers' P+713, P+714) held by another program: one line,
exit 2, before anything starts (it started Airflow and polled the other program's port for its health
until it gave up, minutes later)."""

from __future__ import annotations

import socket

import pytest

from newsflow.cli import main


def _held_port(offset: int) -> tuple[socket.socket, int]:
    """A listening socket on some port Q, and the --port P for which Q = P + offset."""
    while True:
        holder = socket.socket()
        holder.bind(("127.0.0.1", 0))
        port = holder.getsockname()[1]
        if port - offset > 0 and port - offset + 714 <= 65535:
            holder.listen()
            return holder, port - offset
        holder.close()


@pytest.mark.parametrize(("offset", "what"), [(0, "Airflow's UI/API"), (713, "an Airflow log server")])
def test_a_taken_airflow_port_is_refused_before_start(offset: int, what: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    holder, port = _held_port(offset)
    with holder:
        status = main(["up", "--port", str(port)])
    captured = capsys.readouterr()
    assert status == 2 and "starting Airflow" not in captured.out + captured.err, captured
    (line,) = captured.err.strip().splitlines()
    assert line.startswith(f"newsflow up: error: cannot start {what} on 127.0.0.1:{port + offset}: it is "
                           "taken by another program."), line


def test_free_ports_pass_the_check() -> None:
    """Guard: nothing held, nothing refused."""
    from newsflow.cli.up import check_airflow_ports_free

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    if port + 714 <= 65535:
        check_airflow_ports_free(port, 713)
    check_airflow_ports_free(65535, 713)  # log ports past 65535 are not probed
