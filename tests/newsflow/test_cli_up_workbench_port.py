"""``newsflow up`` with the workbench's port (NEWSFLOW_WEB_PORT, 8780 by default) held by another program:
one line naming it and the setting that moves it, exit 2, before anything starts. It started everything,
printed "Workbench: http://127.0.0.1:8780/" as if serving, and the workbench died on its bind error
(web.log). And the address is printed only once the workbench answers there."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest
from helpers import free_ports

from newsflow.cli import main
from newsflow.orchestrate.supervisor import wait_listening


def _listening() -> socket.socket:
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen()
    return holder


def _free_airflow_port() -> int:
    """A --port whose log servers (PORT+713, PORT+714) are free too: below the ephemeral range."""
    (port,) = free_ports(1)
    return port


def _no_start_up(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("newsflow up went on to start-up (database, Airflow)")


def test_a_taken_workbench_port_is_refused_before_start(monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("newsflow.cli.up.airflow_environment", _no_start_up)
    with _listening() as holder:
        port = holder.getsockname()[1]
        monkeypatch.setenv("NEWSFLOW_WEB_HOST", "127.0.0.1")
        monkeypatch.setenv("NEWSFLOW_WEB_PORT", str(port))
        status = main(["up", "--port", str(_free_airflow_port())])
    captured = capsys.readouterr()
    assert status == 2 and "Workbench: http" not in captured.out, captured
    (line,) = captured.err.strip().splitlines()
    assert line == (f"newsflow up: error: cannot serve the workbench on 127.0.0.1:{port}: it is taken by "
                    "another program. Stop that program, or choose another port (NEWSFLOW_WEB_PORT; "
                    "--port moves Airflow's)")


def test_a_free_workbench_port_goes_on_to_start_up(monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """Guard: a free workbench port is not refused; `up` goes on (here stopped at the database)."""
    monkeypatch.setattr("newsflow.cli.up.airflow_environment", _no_start_up)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("NEWSFLOW_WEB_HOST", "127.0.0.1")
    monkeypatch.setenv("NEWSFLOW_WEB_PORT", str(port))
    status = main(["up", "--port", str(_free_airflow_port())])
    assert status == 1 and "went on to start-up" in capsys.readouterr().err


def _sleeper() -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])


def test_the_address_waits_for_a_listening_workbench() -> None:
    with _listening() as holder:
        server = _sleeper()
        try:
            assert wait_listening("127.0.0.1", holder.getsockname()[1], server, timeout=10)
        finally:
            server.kill()
            server.wait()


def test_a_workbench_that_exits_is_not_announced() -> None:
    """It died (a bind error, a database it cannot reach): False at once, not after the timeout."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    died = subprocess.Popen([sys.executable, "-c", "raise SystemExit(2)"])
    died.wait()
    assert not wait_listening("127.0.0.1", port, died, timeout=10)


def test_a_workbench_that_never_listens_times_out() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = _sleeper()
    try:
        assert not wait_listening("127.0.0.1", port, server, timeout=1)
    finally:
        server.kill()
        server.wait()


@pytest.mark.parametrize(("argv", "web_port", "first", "second"), [
    (["--port", "{p}"], "{p}", "the workbench (NEWSFLOW_WEB_PORT)", "Airflow's UI/API (--port)"),
    (["--demo", "--port", "{p}", "--site-port", "{p}"], "{w}", "the sample site (--site-port)",
     "Airflow's UI/API (--port)"),
    (["--demo", "--port", "{p}", "--site-port", "{w}"], "{w}", "the sample site (--site-port)",
     "the workbench (NEWSFLOW_WEB_PORT)"),
    (["--demo", "--port", "{p}", "--site-port", "{log}"], "{w}", "the sample site (--site-port)",
     "an Airflow log server (--port + 713)"),
])
def test_two_servers_on_one_port_are_refused_before_start(
        argv: list[str], web_port: str, first: str, second: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Each port is free when checked, so each check passed: then the second server to bind failed while
    the first answered in its place (the workbench's address printed over Airflow's API)."""
    monkeypatch.setattr("newsflow.cli.up.airflow_environment", _no_start_up)
    port = _free_airflow_port()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    ports = {"p": port, "w": free, "log": port + 713}
    monkeypatch.setenv("NEWSFLOW_WEB_HOST", "127.0.0.1")
    monkeypatch.setenv("NEWSFLOW_WEB_PORT", web_port.format(**ports))
    status = main(["up", *(each.format(**ports) for each in argv)])
    captured = capsys.readouterr()
    assert status == 2, captured
    (line,) = captured.err.strip().splitlines()
    shared = int(argv[argv.index("--site-port") + 1].format(**ports)) if "--site-port" in argv else port
    assert line == f"newsflow up: error: {first} and {second} would both use port {shared}: give each its own"


def test_the_sample_site_port_is_free_to_match_without_demo(monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Guard: without --demo no sample site runs, so its port may be any (here Airflow's)."""
    monkeypatch.setattr("newsflow.cli.up.airflow_environment", _no_start_up)
    port = _free_airflow_port()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        monkeypatch.setenv("NEWSFLOW_WEB_PORT", str(probe.getsockname()[1]))
    monkeypatch.setenv("NEWSFLOW_WEB_HOST", "127.0.0.1")
    assert main(["up", "--port", str(port), "--site-port", str(port)]) == 1
    assert "went on to start-up" in capsys.readouterr().err
