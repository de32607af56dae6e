"""``newsflow review --n N`` with N below 1 printed nothing and exited 0 (a script's
``ID=$(newsflow review --n 0)`` then labelled ""); it is a usage error, like ``crawl --limit 0``."""

from __future__ import annotations

import pytest

from newsflow.cli import arguments, main


@pytest.mark.parametrize("n", ["0", "-3", "five"])
def test_review_n_below_one_is_a_usage_error(n: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["review", "--n", n])
    assert stopped.value.code == 2
    assert "error: argument --n: " in capsys.readouterr().err


def test_a_count_of_one_or_more_is_kept() -> None:
    """Guard: the README's --n 1 and --n 5."""
    assert [arguments.count(text) for text in ("1", "5", "100")] == [1, 5, 100]
