"""Every script under ``bench/`` still imports: a module moved or renamed elsewhere breaks a benchmark
only when someone runs it, long after the change (``bench_parallel`` once imported a helper from a
module that no longer held it). Importing runs no benchmark: each script's work is under
``__main__``."""

from __future__ import annotations

import subprocess
import sys

import pytest
from helpers import REPO

BENCH = REPO / "bench"
SCRIPTS = sorted(path.stem for path in BENCH.glob("*.py"))


@pytest.mark.parametrize("script", SCRIPTS)
def test_bench_script_imports(script: str) -> None:
    # A fresh interpreter per script, as when it is run: the scripts put bench/ on sys.path.
    done = subprocess.run([sys.executable, "-c", f"import {script}"], cwd=BENCH, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


def test_every_bench_script_runs_only_under_main() -> None:
    """A script that does its work at import would make the test above run a benchmark."""
    # Imported by the scripts, no main of their own.
    libraries = {"bare_spider", "corpus", "cv_labels", "cv_pairs", "cv_rescoring", "cv_seeds",
                 "cv_thresholds", "databases", "extraction_metric"}
    for script in SCRIPTS:
        source = (BENCH / f"{script}.py").read_text(encoding="utf-8")
        assert script in libraries or 'if __name__ == "__main__":' in source, script
