"""Settings from the environment that pydantic refuses, as the user wrote them. NEWSFLOW_WEB_PORT=70000
was served on port 4464 (70000 mod 65536) while `newsflow up` printed "Workbench: http://127.0.0.1:70000/";
NEWSFLOW_WEB_PORT=abc (or NEWSFLOW_AIRFLOW_PORT=abc) gave "error: ValidationError: 1 validation error for
WebSettings port Input should be ... For further information visit https://errors.pydantic.dev/...
(run with -v for the traceback)", exit 1 as if at run time. Now: one line naming the variable, exit 2."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError

from newsflow.cli import main
from newsflow.cli.failures import describe
from newsflow.web.config import WebSettings


def _served(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("the workbench was served")


@pytest.mark.parametrize(("value", "why"), [("70000", "Input should be less than or equal to 65535"),
                                             ("0", "Input should be greater than or equal to 1")])
def test_a_port_out_of_range_is_refused(value: str, why: str, db: str, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DATABASE_URL", db)
    monkeypatch.setenv("NEWSFLOW_WEB_HOST", "127.0.0.1")
    monkeypatch.setenv("NEWSFLOW_WEB_PORT", value)
    monkeypatch.setattr("uvicorn.run", _served)
    assert main(["web"]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line == f"newsflow web: error: NEWSFLOW_WEB_PORT={value}: {why}"


def test_a_port_that_is_no_number_is_named(monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("NEWSFLOW_WEB_PORT", "abc")
    monkeypatch.setattr("newsflow.cli.up.airflow_environment", _served)
    assert main(["up"]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line == ("newsflow up: error: NEWSFLOW_WEB_PORT=abc: Input should be a valid integer, unable to "
                    "parse string as an integer")


def test_the_project_settings_are_named_too(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from core.settings import reset_settings

    monkeypatch.setenv("NEWSFLOW_AIRFLOW_PORT", "abc")
    reset_settings()
    try:
        assert main(["airflow", "version"]) == 2
    finally:
        monkeypatch.delenv("NEWSFLOW_AIRFLOW_PORT")
        reset_settings()
    assert capsys.readouterr().err.strip() == (
        "newsflow airflow: error: NEWSFLOW_AIRFLOW_PORT=abc: Input should be a valid integer, unable to "
        "parse string as an integer")


def test_the_port_range_ends_are_ports(monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: 1 and 65535 are accepted, the default stays 8780."""
    for value in ("1", "65535"):
        monkeypatch.setenv("NEWSFLOW_WEB_PORT", value)
        assert WebSettings().port == int(value)
    monkeypatch.delenv("NEWSFLOW_WEB_PORT")
    assert WebSettings().port == 8780


def test_other_validation_errors_stay_runtime_failures() -> None:
    """Guard: a pydantic error that is no environment setting is not blamed on the user's settings."""
    class Row(BaseModel):
        n: int

    with pytest.raises(ValidationError) as raised:
        Row.model_validate({"n": "x"})
    status, message = describe(raised.value)
    assert status == 1 and message.startswith("ValidationError: ")
