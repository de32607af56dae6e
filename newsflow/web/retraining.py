"""'Retrain now': ``classifier.retrain.retrain`` in a background thread of the server, one at a time.

The page polls ``status()``; a finished job tells which model it made, whether it became active and
its metrics on the labelled articles beside the previous model's.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


@dataclass
class Job:
    state: str = "idle"  # idle, running, done, failed
    started_by: str = ""
    started_at: float = 0.0
    finished_at: float = 0.0
    result: dict[str, Any] = field(default_factory=dict)
    error: str = ""


class Retrainer:
    def __init__(self, database_url: str, seeds_dir: Path) -> None:
        self._url, self._seeds = database_url, seeds_dir
        self._lock = threading.Lock()
        self._job = Job()
        self._thread: threading.Thread | None = None

    def start(self, user: str) -> bool:
        """Start a retrain unless one is running; False when one already is."""
        with self._lock:
            if self._job.state == "running":
                return False
            self._job = Job(state="running", started_by=user, started_at=time.time())
            self._thread = threading.Thread(target=self._run, name="newsflow-web-retrain", daemon=True)
            self._thread.start()
        return True

    def _run(self) -> None:
        from classifier.retrain import retrain

        try:
            outcome = retrain(self._url, self._seeds)
            result, state, error = asdict(outcome), "done", ""
        except Exception as exc:  # shown on the page; the server keeps serving
            log.exception("retrain from the workbench failed")
            result, state, error = {}, "failed", f"{type(exc).__name__}: {exc}"
        with self._lock:
            self._job.result, self._job.state, self._job.error = result, state, error
            self._job.finished_at = time.time()

    def status(self) -> dict[str, Any]:
        with self._lock:
            return asdict(self._job)

    def wait(self, timeout: float | None = None) -> None:
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
