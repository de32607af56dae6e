"""Helpers the DAG tasks share: source choice from the Params form, the since-date, stage results
as XCom-ready dicts, and the schedule settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from core.settings import get_settings
from newsflow.orchestrate import runtime, settings


def test_select_sources_defaults_to_every_enabled_one_and_rejects_unknown_names() -> None:
    assert runtime.select_sources(["b", "a"], None) == ["a", "b"]
    assert runtime.select_sources(["b", "a"], []) == ["a", "b"]
    assert runtime.select_sources(["b", "a"], ["b", "b"]) == ["b"]
    with pytest.raises(ValueError, match="retired"):
        runtime.select_sources(["a"], ["a", "retired"])


def test_parse_since() -> None:
    assert runtime.parse_since(None) is None and runtime.parse_since("") is None
    assert runtime.parse_since("2026-11-01") == date(2026, 11, 1)
    with pytest.raises(ValueError):
        runtime.parse_since("yesterday")


def test_as_dict_makes_stage_results_json_ready() -> None:
    @dataclass
    class Result:
        pages: int
        when: datetime
        notes: list

    out = runtime.as_dict(Result(3, datetime(2026, 11, 23, 12, 0), ["x"]))
    assert out == {"pages": 3, "when": "2026-11-23 12:00:00", "notes": ["x"]}
    assert runtime.as_dict(None) == {} and runtime.as_dict(7) == {"value": 7}
    assert runtime.as_dict({"a": 1}) == {"a": 1}


def test_schedules_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFLOW_CRAWL_SCHEDULE", "*/15 * * * *")
    monkeypatch.setenv("NEWSFLOW_RETRAIN_SCHEDULE", "none")
    get_settings.cache_clear()
    try:
        s = get_settings()
        assert settings.schedule(s.crawl_schedule) == "*/15 * * * *"
        assert settings.schedule(s.retrain_schedule) is None
        args = settings.default_args()
        assert args["retries"] >= 1 and args["retry_exponential_backoff"] > 1
    finally:
        get_settings.cache_clear()


def test_digest_day_from_form_schedule_or_today() -> None:
    midnight = datetime(2026, 11, 22, 0, 0, tzinfo=UTC)  # a scheduled @daily run: the 21st just ended
    assert runtime.digest_day("2026-11-01", midnight, scheduled=True) == date(2026, 11, 1)
    assert runtime.digest_day(None, midnight, scheduled=True) == date(2026, 11, 21)
    assert runtime.digest_day(None, midnight.replace(hour=6), scheduled=True) == date(2026, 11, 21)
    assert runtime.digest_day("", midnight, scheduled=False, today=date(2026, 11, 23)) == date(2026, 11, 23)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        runtime.digest_day("yesterday", None, scheduled=False)
