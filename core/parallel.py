"""Run one function in several forked worker processes and gather what they return.

Fork, where the platform has it: the workers start with the parent's imports, models and caches
already loaded (a spawned worker would import trafilatura or load a model again). A worker reports
progress through a callback the parent passes on; any worker's failure is raised in the parent
after the others have finished.
"""

from __future__ import annotations

import multiprocessing
import queue as queue_lib
import signal
from collections.abc import Callable
from typing import Any

from core.processes import parent_death_signal


def _child(fn: Callable[..., Any], args: tuple, out: Any, arm: Callable[[], None] | None) -> None:
    if arm is not None:
        arm()  # die with the parent: a killed run must not leave workers holding its claimed pages
    try:
        result = fn(*args, lambda value: out.put(("progress", value)))
        out.put(("done", result))
    except BaseException as exc:  # reported to the parent, which raises
        out.put(("error", f"{type(exc).__name__}: {exc}"))


def run_forked(fn: Callable[..., Any], arg_lists: list[tuple],
               progress: Callable[[Any], object] | None = None) -> list[Any]:
    """``fn(*args, report)`` in one process per entry of ``arg_lists``, at once; their return values
    (picklable) in completion order. ``report(value)`` in a worker calls ``progress(value)`` here."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    out = context.Queue()
    # SIGKILL, not SIGTERM: a worker holds only a transaction, which its database session rolls back.
    arm = parent_death_signal(signal.SIGKILL) if context.get_start_method() == "fork" else None
    children = [context.Process(target=_child, args=(fn, args, out, arm), daemon=True)
                for args in arg_lists]
    for child in children:
        child.start()
    results, errors, finished = [], [], 0
    while finished < len(children):
        try:
            kind, value = out.get(timeout=1)
        except queue_lib.Empty:
            if not any(child.is_alive() for child in children) and out.empty():
                errors.append("a worker process died without reporting")
                break
            continue
        if kind == "progress":
            if progress is not None:
                progress(value)
            continue
        finished += 1
        (results if kind == "done" else errors).append(value)
    for child in children:
        child.join()
    if errors:
        raise RuntimeError(f"worker process(es) failed: {'; '.join(errors)}")
    return results
