"""How a command's failure reaches the user: one line on stderr and an exit status, 2 for bad input
or usage (a file, an option, the registry, a model file), 1 for a runtime failure (PostgreSQL not
answering, anything unforeseen). The traceback only with ``-v``."""

from __future__ import annotations

import re
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class Terminated(SystemExit):
    """SIGTERM, raised in the main thread so ``finally`` blocks run: partial files are removed and a
    crawl's child process group is stopped (``crawlers.runner``) before the process exits 143."""

    def __init__(self) -> None:
        super().__init__(128 + signal.SIGTERM)


def _raise_terminated(_signum: int, _frame: FrameType | None) -> None:
    raise Terminated


@contextmanager
def terminate_gracefully() -> Iterator[None]:
    """SIGTERM becomes ``Terminated`` while the command runs (commands that serve, e.g. uvicorn,
    install their own), and Ctrl-C stops every command even when it was started in the background
    of a script, which inherits SIGINT *ignored* (Python then installs no handler of its own). The
    previous handlers are back afterwards (``main`` also runs inside tests)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    previous_int = signal.getsignal(signal.SIGINT)
    if previous_int is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
        if previous_int is signal.SIG_IGN:
            signal.signal(signal.SIGINT, previous_int)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _input_errors() -> tuple[type[BaseException], ...]:
    from classifier.corpus import CorpusError
    from classifier.model_file import ModelFileError
    from core.jsonlines import InputError
    from core.store.db import DatabaseNotConfigured
    from crawlers.registry import RegistryError
    from newsflow.cli import UsageError

    return (UsageError, DatabaseNotConfigured, InputError, CorpusError, RegistryError, ModelFileError,
            FileNotFoundError)


def describe(exc: BaseException) -> tuple[int, str]:
    """(exit status, one-line message) for a command's exception."""
    import psycopg2
    import psycopg2.errors

    if isinstance(exc, _input_errors()):
        return 2, _one_line(str(exc))
    if isinstance(exc, OSError) and exc.filename is not None:
        # --out naming a folder or an unwritable path, an input that is not a file.
        return 2, _one_line(f"{exc.filename}: {exc.strerror or exc}")
    if isinstance(exc, psycopg2.ProgrammingError) and str(exc).startswith("invalid dsn"):
        # libpq could not read the URL at all (a typo in DATABASE_URL): bad input, not a runtime failure.
        return 2, _one_line(f"DATABASE_URL is not a PostgreSQL URL ({exc}): write it as "
                            "postgresql://USER:<PASSWORD>@HOST:PORT/DATABASE (':<PASSWORD>' optional)")
    if isinstance(exc, psycopg2.OperationalError):
        first = next((line for line in str(exc).splitlines() if line.strip()), type(exc).__name__)
        return 1, _one_line(_connection_problem(first))
    if isinstance(exc, psycopg2.errors.UndefinedTable):
        # A database that answers but was never migrated (a fresh one, or the wrong DATABASE_URL).
        first = next((line for line in str(exc).splitlines() if line.strip()), type(exc).__name__)
        return 1, _one_line(f"the database has no newsflow schema ({first}): run `newsflow db upgrade` "
                            "first, or check DATABASE_URL")
    setting = _bad_setting(exc)
    if setting:
        return 2, setting
    if isinstance(exc, RecursionError):
        return 2, "input nested too deeply"
    return 1, _one_line(f"{type(exc).__name__}: {exc}") + " (run with -v for the traceback)"


# The settings classes read from the environment, by the title pydantic gives their errors.
_SETTINGS_PREFIXES = {"Settings": "NEWSFLOW_", "WebSettings": "NEWSFLOW_WEB_"}


def _bad_setting(exc: BaseException) -> str | None:
    """A setting from the environment pydantic refused (NEWSFLOW_WEB_PORT=70000), named as the user
    wrote it; None for anything else."""
    from pydantic import ValidationError

    if not isinstance(exc, ValidationError) or exc.title not in _SETTINGS_PREFIXES:
        return None
    prefix = _SETTINGS_PREFIXES[exc.title]
    wrong = [f"{prefix}{'_'.join(map(str, e['loc'])).upper()}={e.get('input')!s}: {e['msg']}"
             for e in exc.errors(include_url=False)]
    return _one_line("; ".join(wrong))


_MISSING_DATABASE = re.compile(r'database "([^"]+)" does not exist')
_REFUSED_LOGIN = re.compile(
    r'password authentication failed|role "[^"]+" does not exist|no pg_hba\.conf entry')


def _connection_problem(first_line: str) -> str:
    """What a failed connection means for the user: a server that answered is not "did not answer"."""
    missing = _MISSING_DATABASE.search(first_line)
    if missing:
        name = missing.group(1)
        return (f"PostgreSQL answered but has no database {name!r}: create it (`createdb {name}`) "
                f"or check DATABASE_URL")
    if _REFUSED_LOGIN.search(first_line):
        return f"PostgreSQL refused the login ({first_line}): check DATABASE_URL's user and password"
    return f"PostgreSQL did not answer: {first_line}"


def report(command: str, exc: BaseException, verbose: bool) -> int:
    status, message = describe(exc)
    if verbose:
        import traceback

        traceback.print_exception(exc, file=sys.stderr)
    print(f"newsflow {command}: error: {message}", file=sys.stderr)
    return status


SIGPIPE_STATUS = 128 + signal.SIGPIPE  # what a shell shows for a writer whose reader went away


def output_reader_gone() -> bool:
    """stdout is a pipe whose reader has exited (``newsflow export | head``): Linux reports POLLERR
    on such a pipe's write end. False for anything else that raised BrokenPipeError."""
    import select

    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(events & select.POLLERR for _fd, events in poller.poll(0))
    except (AttributeError, OSError, ValueError):  # no poll here, or stdout is not a file
        return False


def stop_writing() -> int:
    """After the reader went away: stdout goes to /dev/null, so the interpreter's last flush at exit
    does not complain again, and the status is a SIGPIPE'd program's (the output is not complete)."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return SIGPIPE_STATUS
