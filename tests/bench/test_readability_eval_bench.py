"""``bench/eval_readability.py``'s second title row: right but for the site name the tab title adds."""

from __future__ import annotations

import importlib.util
import sys

import pytest
from helpers import REPO

# bench/ is no package: load the script by its path (importing runs no evaluation).
_SPEC = importlib.util.spec_from_file_location(
    "eval_readability", REPO / "bench" / "eval_readability.py"
)
assert _SPEC and _SPEC.loader
_EVAL = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = _EVAL  # its dataclass looks its module up
_SPEC.loader.exec_module(_EVAL)


@pytest.mark.parametrize(("found", "expected", "right"), [
    ("Rates rise again", "Rates rise again", True),
    ("Rates rise again", "Rates rise again | The Daily Courier", True),
    ("Rates rise again", "Business - Rates rise again", True),
    ("Rates rise again", "Rates rise again - Business - The Daily Courier", True),
    ("利率再次上升", "利率再次上升_财经频道_某某网", True),
    # A different or cut headline is no site name.
    ("Rates rise", "Rates rise again", False),
    ("Rates rise again", "Why rates rise again", False),
    ("Rates rise again", "Rates rise again and again | The Daily Courier", False),
    ("rise again", "Rates rise again", False),
    (None, "Rates rise again", False),
    ("", "", False),
])
def test_title_right_site_aside(found: str | None, expected: str, right: bool) -> None:
    assert _EVAL.title_right_site_aside(found, expected) is right
