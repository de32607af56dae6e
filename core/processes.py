"""Child processes that run in a session of their own (a crawl's Scrapy, ``airflow standalone``) and
must be stopped as a whole group: killing only the leader orphans what it started."""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import subprocess  # nosec B404: used only to type the Popen handles callers pass in
import sys
import threading
import time
from collections.abc import Callable, Iterator

_PR_SET_PDEATHSIG = 1  # linux/prctl.h
STOP_SIGNALS = frozenset({signal.SIGTERM, signal.SIGINT})


@contextlib.contextmanager
def stop_signals_held() -> Iterator[None]:
    """Hold SIGTERM and SIGINT while a child is being started: a stop that arrives inside ``Popen``
    would otherwise raise there, before the caller has the handle it needs to stop the child, or be
    lost: a stop delivered to another thread (the kernel picks any thread that does not block it) is
    run by the main thread at its next step, which may be ``Popen``'s after-fork callbacks, and an
    exception there is printed and dropped. So the main thread blocks the signals and, meanwhile, its
    handlers only note them; at the block's end the handlers are back and a noted stop is raised
    again, at the ``with`` statement's end, where the caller's ``try`` already holds the handle.
    Children started with ``parent_death_signal()`` unblock these signals before they exec."""
    noted: list[int] = []
    handlers = {}
    if threading.current_thread() is threading.main_thread():
        # A handler set outside Python (getsignal gives None) could not be put back: left alone.
        handlers = {signum: handler for signum in STOP_SIGNALS
                    if (handler := signal.getsignal(signum)) is not None}
        for signum in handlers:
            signal.signal(signum, lambda signum, _frame: noted.append(signum))
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)  # a pending stop reaches the noting handler
        for signum, handler in handlers.items():
            signal.signal(signum, handler)
        if noted:
            signal.raise_signal(noted[0])  # the caller's own handler acts on it here


def group_alive(pgid: int) -> bool:
    """True while any process of group ``pgid`` is alive (a zombie leader counts until reaped)."""
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def parent_death_signal(signum: int = signal.SIGTERM) -> Callable[[], None]:
    """A ``preexec_fn`` that has the kernel send ``signum`` to the child when this process dies,
    however it dies (SIGKILL included), so a crawl never outlives the command that started it
    (Linux; elsewhere it only unblocks). It also unblocks the stop signals a parent may hold while
    starting it (``stop_signals_held``): a signal mask survives exec. Run in the child between fork
    and exec: no locks, no logging."""
    parent = os.getpid()
    linux = sys.platform.startswith("linux")
    prctl = ctypes.CDLL(None, use_errno=True).prctl if linux else None  # looked up here, not in the child

    def arm() -> None:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
        if prctl is None:
            return
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
