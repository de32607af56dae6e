"""Run every benchmark and evaluation script (``bench/bench_*.py`` then ``bench/eval_*.py``) in turn,
one process each, showing their output as it comes; then a summary of what ran, for how long, and
which failed. Exit status 1 when any script failed.

    .venv/bin/python bench/run_all.py [--only NAME ...] [--list]

Extra arguments for one script: ``--args bench_pipeline.py="--memory-articles 2000"``.
"""

from __future__ import annotations

import argparse
import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


# `make bench` in about a quarter of an hour: the scale benches at 100k articles and the freshness bench
# over one simulated hour (their defaults, 1M articles and 4 hours, take an hour or more: run them
# by hand, e.g. `.venv/bin/python bench/bench_scale.py`). `--args NAME=...` overrides these.
QUICK_ARGS = {
    "bench_scale": ["--articles", "100000"],
    "bench_web": ["--articles", "100000", "--repeat", "20"],
    "bench_freshness": ["--hours", "1"],
}


def scripts() -> list[Path]:
    return sorted(HERE.glob("bench_*.py")) + sorted(HERE.glob("eval_*.py"))


def run_one(path: Path, extra: list[str], timeout: float) -> int | str:
    """Exit status of the script, or "timeout" (its whole process group is then stopped)."""
    process = subprocess.Popen([sys.executable, str(path), *extra], cwd=HERE.parent, start_new_session=True)
    try:
        return process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        return "timeout"
    except KeyboardInterrupt:
        os.killpg(process.pid, signal.SIGTERM)
        raise


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=None, help="script names (or stems) to run")
    parser.add_argument("--list", action="store_true", help="list the scripts and exit")
    parser.add_argument("--args", action="append", default=[], metavar="SCRIPT=ARGS",
                        help="extra arguments for one script")
    parser.add_argument("--timeout", type=float, default=1800,
                        help="seconds one script may run before it (and its children) are stopped")
    args = parser.parse_args()
    chosen = scripts()
    if args.only:
        wanted = {name.removesuffix(".py") for name in args.only}
        chosen = [path for path in chosen if path.stem in wanted]
    if args.list:
        print("\n".join(path.name for path in chosen))
        return 0
    extra = dict(QUICK_ARGS)
    for item in args.args:
        name, _, value = item.partition("=")
        extra[name.removesuffix(".py")] = shlex.split(value)

    summary = []
    for path in chosen:
        print(f"\n=== {path.name} ===", flush=True)
        started = time.perf_counter()
        summary.append((path.name, run_one(path, extra.get(path.stem, []), args.timeout),
                        time.perf_counter() - started))

    print("\n=== summary ===")
    for name, code, seconds in summary:
        print(f"  {name:<28} {'ok' if code == 0 else f'FAILED ({code})':<16} {seconds:7.1f} s")
    failed = [name for name, code, _ in summary if code != 0]
    print(f"{len(summary) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
