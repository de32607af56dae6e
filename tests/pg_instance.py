"""A private PostgreSQL server for fault tests: its own data directory, port and postmaster PID, so a
test may stop, restart or kill it without touching the machine's shared server on 5432.

Binaries, first found wins:
1. ``NEWSFLOW_PG_BINDIR`` when set;
2. Debian's ``/usr/lib/postgresql/<major>/bin`` (present on this kind of machine: postgresql-15);
3. the binaries inside the ``pgserver`` wheel (PostgreSQL 16, a project dependency), so a fresh machine
   without a system PostgreSQL still works.

``initdb`` refuses to run as root. As root the server runs as the ``postgres`` OS user (Debian's
package creates it; ``pgserver`` creates ``pgserver`` the same way) through ``runuser``, and its data
directory lives in a fresh ``/tmp/nf_pg_*`` directory that user owns. As any other user it runs as
that user. fsync is off (the tests never crash the OS, only the server), so start/stop cost ~0.2 s.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from helpers import child_pids, free_port

from core.store.server import create_database


class PgUnavailable(RuntimeError):
    """No usable PostgreSQL binaries or OS user: callers skip their test with this reason."""


def find_bindir() -> Path:
    env = os.environ.get("NEWSFLOW_PG_BINDIR")
    candidates = [Path(env)] if env else []
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name),
                         reverse=True) if Path("/usr/lib/postgresql").is_dir() else []
    with contextlib.suppress(ImportError):
        import pgserver

        candidates.append(Path(pgserver.__file__).parent / "pginstall" / "bin")
    for bindir in candidates:
        if (bindir / "initdb").is_file() and (bindir / "pg_ctl").is_file():
            return bindir
    raise PgUnavailable("no PostgreSQL binaries (Debian postgresql-NN or the pgserver wheel)")


def _run_as() -> list[str]:
    """Command prefix that drops root to an OS user PostgreSQL accepts; empty when not root."""
    if os.geteuid() != 0:
        return []
    for name in ("postgres", "pgserver"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            runuser = shutil.which("runuser")
            if runuser is None:
                raise PgUnavailable("running as root without `runuser` to drop privileges")
            return [runuser, "-u", name, "--"]
    raise PgUnavailable("running as root and no `postgres` OS user to run PostgreSQL as")


class PgInstance:
    """One private server. ``start()``/``stop()``/``restart()``/``kill()``; ``url(db)`` to connect."""

    def __init__(self) -> None:
        self.bindir = find_bindir()
        self.prefix = _run_as()
        self.root = Path(tempfile.mkdtemp(prefix="nf_pg_"))
        self.datadir = self.root / "data"
        self.logfile = self.root / "server.log"
        self.port = free_port()
        if self.prefix:
            user = pwd.getpwnam(self.prefix[2])
            os.chown(self.root, user.pw_uid, user.pw_gid)
        self._cmd("initdb", "-D", str(self.datadir), "-A", "trust", "-U", "postgres", "--no-sync",
                  "-E", "UTF8", "--locale=C.UTF-8")

    def _cmd(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        done = subprocess.run([*self.prefix, str(self.bindir / tool), *args], capture_output=True,
                              text=True, timeout=60, cwd=self.root)
        if check and done.returncode != 0:
            raise RuntimeError(f"{tool} failed ({done.returncode}): {done.stdout}{done.stderr}")
        return done

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    @property
    def pid(self) -> int | None:
        """The postmaster's PID while it runs (first line of postmaster.pid)."""
        try:
            return int((self.datadir / "postmaster.pid").read_text().splitlines()[0])
        except (FileNotFoundError, IndexError, ValueError):
            return None

    def start(self) -> None:
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} -c fsync=off "
                   "-c full_page_writes=off -c max_connections=60")
        done = self._cmd("pg_ctl", "-D", str(self.datadir), "-l", str(self.logfile), "-o", options,
                         "-w", "-t", "30", "start", check=False)
        if done.returncode != 0:
            log = self.logfile.read_text(errors="replace")[-2000:] if self.logfile.exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {done.stdout}{done.stderr}\n{log}")

    def stop(self, mode: str = "fast") -> None:
        """``fast`` rolls back open transactions; ``immediate`` is a crash (recovery on next start)."""
        self._cmd("pg_ctl", "-D", str(self.datadir), "-m", mode, "-w", "-t", "30", "stop", check=False)

    def restart(self, mode: str = "immediate", down_seconds: float = 0.0) -> None:
        self.stop(mode)
        time.sleep(down_seconds)
        self.start()

    def kill(self) -> None:
        """A crash: SIGKILL to the postmaster and its children, by PID (never by name: other servers
        run on this machine), then wait until they are gone so that ``start()`` can recover."""
        pid = self.pid
        if pid is None:
            return
        victims = [pid, *child_pids(pid)]
        for victim in victims:
            with contextlib.suppress(ProcessLookupError):
                os.kill(victim, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while any(Path(f"/proc/{v}").exists() for v in victims) and time.monotonic() < deadline:
            time.sleep(0.05)

    def create_database(self, name: str) -> str:
        create_database(self.url(), name)
        return self.url(name)

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


@contextlib.contextmanager
def running_instance() -> Iterator[PgInstance]:
    """A started private server, stopped and deleted afterwards."""
    instance = PgInstance()
    try:
        instance.start()
        yield instance
    finally:
        instance.destroy()
