"""``newsflow up --port P`` with P (or its log servers' P+713, P+714) held by another program: one line,
exit 2, before anything starts (it started Airflow and polled the other program's port for its health
until it gave up, minutes later). Log-server ports exported as AIRFLOW__LOGGING__*_LOG_SERVER_PORT are
the ones Airflow uses: those are checked, not P+713 (CI's Celery test exported free ports and was
refused because P+713 was some client's port at that moment)."""

from __future__ import annotations

import socket

import pytest
from helpers import free_ports

from newsflow.cli import main
from newsflow.orchestrate.supervisor import LOG_SERVER_SETTINGS, log_server_ports


def _held(port: int) -> socket.socket:
    holder = socket.socket()
    holder.bind(("127.0.0.1", port))
    holder.listen()
    return holder


def _no_start_up(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("newsflow up went on to start-up (database, Airflow)")


@pytest.fixture(autouse=True)
def _own_ports(monkeypatch: pytest.MonkeyPatch) -> None:
    """No exported log-server port from the caller's shell; the workbench on a free port."""
    for name in LOG_SERVER_SETTINGS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NEWSFLOW_WEB_HOST", "127.0.0.1")
    monkeypatch.setenv("NEWSFLOW_WEB_PORT", str(free_ports(1)[0]))


@pytest.mark.parametrize(("offset", "what"), [(0, "Airflow's UI/API"), (713, "an Airflow log server")])
def test_a_taken_airflow_port_is_refused_before_start(offset: int, what: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    (port,) = free_ports(1)
    with _held(port + offset):
        status = main(["up", "--port", str(port)])
    captured = capsys.readouterr()
    assert status == 2 and "starting Airflow" not in captured.out + captured.err, captured
    (line,) = captured.err.strip().splitlines()
    assert line.startswith(f"newsflow up: error: cannot start {what} on 127.0.0.1:{port + offset}: it is "
                           "taken by another program."), line
    assert line.endswith("(--port, or NEWSFLOW_AIRFLOW_PORT)"), line


def test_exported_log_server_ports_are_checked_not_port_plus_713(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """P+713 held, but the log servers were exported to free ports: `up` goes on (here stopped at the
    database). Before, it refused P+713, a port Airflow would never have used."""
    monkeypatch.setattr("newsflow.cli.up.airflow_environment", _no_start_up)
    port, worker, trigger = free_ports(3)
    monkeypatch.setenv(LOG_SERVER_SETTINGS[0], str(worker))
    monkeypatch.setenv(LOG_SERVER_SETTINGS[1], str(trigger))
    with _held(port + 713):
        status = main(["up", "--port", str(port)])
    assert status == 1 and "went on to start-up" in capsys.readouterr().err


def test_a_taken_exported_log_server_port_is_refused_naming_its_setting(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("newsflow.cli.up.airflow_environment", _no_start_up)
    port, trigger = free_ports(2)
    monkeypatch.setenv(LOG_SERVER_SETTINGS[1], str(trigger))
    with _held(trigger):
        status = main(["up", "--port", str(port)])
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert status == 2 and line == (
        f"newsflow up: error: cannot start an Airflow log server on 127.0.0.1:{trigger}: it is taken by "
        f"another program. Stop that program (another `newsflow up`?), or choose another port "
        f"({LOG_SERVER_SETTINGS[1]})"), line


def test_a_log_server_setting_that_is_no_port_is_refused(monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("newsflow.cli.up.airflow_environment", _no_start_up)
    monkeypatch.setenv(LOG_SERVER_SETTINGS[0], "87x3")
    status = main(["up", "--port", str(free_ports(1)[0])])
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert status == 2 and line == (f"newsflow up: error: {LOG_SERVER_SETTINGS[0]}='87x3' is not a port "
                                    "number (1-65535)"), line


def test_log_server_ports_follow_the_port_unless_exported() -> None:
    assert log_server_ports(8080, {}) == {"--port + 713": 8793, "--port + 714": 8794}
    assert log_server_ports(8080, {LOG_SERVER_SETTINGS[0]: "9001"}) == {
        LOG_SERVER_SETTINGS[0]: 9001, "--port + 714": 8794}


def test_free_ports_pass_the_check() -> None:
    """Guard: nothing held, nothing refused."""
    from newsflow.cli.up import check_airflow_ports_free

    (port,) = free_ports(1)
    check_airflow_ports_free(port, log_server_ports(port, {}))
    check_airflow_ports_free(65535, log_server_ports(65535, {}))  # log ports past 65535 are not probed
