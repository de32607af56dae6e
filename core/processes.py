"""Child processes that run in a session of their own (a crawl's Scrapy, ``airflow standalone``) and
must be stopped as a whole group: killing only the leader orphans what it started."""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import subprocess  # nosec B404: used only to type the Popen handles callers pass in
import sys
import time
from collections.abc import Callable

_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def group_alive(pgid: int) -> bool:
    """True while any process of group ``pgid`` is alive (a zombie leader counts until reaped)."""
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def parent_death_signal(signum: int = signal.SIGTERM) -> Callable[[], None] | None:
    """A ``preexec_fn`` that has the kernel send ``signum`` to the child when this process dies,
    however it dies (SIGKILL included), so a crawl never outlives the command that started it
    (Linux; None elsewhere). Run in the child between fork and exec: no locks, no logging."""
    if not sys.platform.startswith("linux"):
        return None
    parent = os.getpid()
    prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up here: the child only calls it

    def arm() -> None:
        prctl(_PR_SET_PDEATHSIG, signum, 0, 0, 0)
        if os.getppid() != parent:  # the parent died before the signal was armed
            os.kill(os.getpid(), signum)

    return arm


def stop_process_group(process: subprocess.Popen, grace: float = 5.0) -> None:
    """SIGTERM the group that ``process`` leads (it was started with ``start_new_session=True``),
    wait until every member has gone, SIGKILL what is left after ``grace`` seconds, and reap the
    leader. Safe to call on a group that has already exited."""
    pgid = process.pid  # the leader of its own session: group id == pid
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        process.poll()  # reap the leader so that it does not linger as a zombie
        if not group_alive(pgid):
            return
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)
    process.wait()
