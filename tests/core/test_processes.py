"""core.processes: a stop signal that arrives while a child is being started is raised only once the
caller holds the child's handle, and the child never inherits the held signals."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import threading
import time

from core.processes import STOP_SIGNALS, parent_death_signal, stop_process_group, stop_signals_held


def blocked_signals(pid: int) -> set[int]:
    """The signals ``pid`` has blocked, from /proc/PID/status (SigBlk, a hex bit mask)."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        mask = next(int(line.split()[1], 16) for line in status if line.startswith("SigBlk:"))
    return {bit + 1 for bit in range(64) if mask >> bit & 1}


def test_a_stop_during_the_held_block_is_raised_at_its_end() -> None:
    script = textwrap.dedent("""
        import os, signal, sys
        from core.processes import stop_signals_held
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # as Airflow's task runner does
        try:
            with stop_signals_held():
                os.kill(os.getpid(), signal.SIGTERM)
                print("still inside", flush=True)
            print("after the block", flush=True)
        except SystemExit as exc:
            print("raised at the end:", exc.code, flush=True)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.stdout.splitlines() == ["still inside", "raised at the end: 143"], done.stderr


# The mask is per thread: /proc/TID/status of this thread (get_native_id), not of the process.
def test_a_child_started_while_signals_are_held_does_not_inherit_them() -> None:
    with stop_signals_held():
        assert blocked_signals(threading.get_native_id()) >= STOP_SIGNALS
        child = subprocess.Popen(["sleep", "30"], start_new_session=True,
                                 preexec_fn=parent_death_signal())
    try:
        assert not STOP_SIGNALS & blocked_signals(child.pid)
    finally:
        stop_process_group(child)
    assert child.returncode == -signal.SIGTERM
    assert not STOP_SIGNALS & blocked_signals(threading.get_native_id())


def test_a_stop_another_thread_receives_while_held_is_not_lost() -> None:
    """The kernel gives a process's SIGINT to any thread that does not block it; the main thread then
    runs the handler at its next step, which inside ``Popen`` may be an after-fork callback that
    drops exceptions (seen: `newsflow demo` ran on after Ctrl-C). Held, the stop is raised at the end."""
    ready, done = threading.Event(), threading.Event()
    worker = threading.Thread(target=lambda: (ready.set(), done.wait(10)))
    worker.start()
    ready.wait()
    raised = False
    # Python's own Ctrl-C handler, whatever an earlier test in this process left (Scrapy, Airflow).
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with stop_signals_held():
            signal.pthread_kill(worker.ident, signal.SIGINT)
            try:  # stands for the callback that prints and drops what the handler raises
                time.sleep(0.05)
                sum(range(1000))
            except KeyboardInterrupt:
                pass
    except KeyboardInterrupt:
        raised = True
    finally:
        signal.signal(signal.SIGINT, previous)
        done.set()
        worker.join()
    assert raised


def test_the_held_block_puts_the_handlers_back() -> None:
    before = {signum: signal.getsignal(signum) for signum in STOP_SIGNALS}
    with stop_signals_held():
        assert all(signal.getsignal(signum) is not before[signum] for signum in STOP_SIGNALS)
    assert {signum: signal.getsignal(signum) for signum in STOP_SIGNALS} == before
