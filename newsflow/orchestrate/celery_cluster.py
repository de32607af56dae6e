"""Airflow on the Celery executor without Docker: what ``newsflow up --executor celery --workers N``
starts. ``airflow standalone`` always runs the LocalExecutor, so the components are started one by
one, each in a session of its own: ``api-server``, ``scheduler``, ``dag-processor`` and N ``airflow
celery worker`` processes, on the broker ``REDIS_URL`` with results in Airflow's metadata database.

Every component reads the same environment, written once to ``$AIRFLOW_HOME/newsflow.env`` (mode
0600: it holds the database URLs): a worker on another machine needs only that file, the project
installed and the database and Redis reachable (docs/deploy.md). ``executor="local"`` starts the
same components without workers and with the LocalExecutor (the scheduler runs the tasks).
"""

from __future__ import annotations

import contextlib
import os
import shlex
import socket
import subprocess  # nosec B404: airflow runs from fixed argvs, never through a shell
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from core.processes import stop_process_group
from core.settings import PROJECT_ROOT

ENV_FILE = "newsflow.env"
WORKER_NAME_ENV = "NEWSFLOW_WORKER_NAME"
# Inherited from the caller as they are; everything else a component sees comes from the file.
PASSTHROUGH = ("HOME", "LANG", "LC_ALL", "TZ", "USER", "LOGNAME", "TMPDIR")
# What the file holds: Airflow's and the project's settings.
FILE_PREFIXES = ("AIRFLOW", "NEWSFLOW_")
FILE_KEYS = ("DATABASE_URL", "REDIS_URL")
STOP_GRACE_SECONDS = 30


def worker_hostname() -> str:
    """Airflow's ``hostname_callable`` for these components: a Celery worker's name (``w1@host``),
    so that two workers on one machine are told apart in ``task_instance.hostname``."""
    return os.environ.get(WORKER_NAME_ENV) or socket.getfqdn()


def celery_env(env: dict[str, str], *, redis_url: str, executor: str = "celery") -> dict[str, str]:
    """``env`` (``supervisor.airflow_env``'s, with the metadata database set) for the chosen
    executor. The Celery result backend is Airflow's metadata database; it must be PostgreSQL."""
    out = dict(env)
    metadata = out.get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "")
    out["AIRFLOW__CORE__HOSTNAME_CALLABLE"] = f"{__name__}.worker_hostname"
    if executor == "local":
        out["AIRFLOW__CORE__EXECUTOR"] = "LocalExecutor"
        return out
    if not metadata.startswith("postgresql"):
        raise RuntimeError("the Celery executor needs Airflow's metadata in PostgreSQL (a role that may "
                           "create databases, or AIRFLOW__DATABASE__SQL_ALCHEMY_CONN)")
    out["AIRFLOW__CORE__EXECUTOR"] = "CeleryExecutor"
    out["AIRFLOW__CELERY__BROKER_URL"] = redis_url
    out.setdefault("AIRFLOW__CELERY__RESULT_BACKEND", "db+" + metadata)
    # Slots per worker: a crawl task mostly waits on its spider; processing takes a core.
    out.setdefault("AIRFLOW__CELERY__WORKER_CONCURRENCY", "4")
    return out


def write_env_file(env: dict[str, str], path: Path) -> Path:
    """The components' one environment file (shell/systemd ``KEY='value'`` lines), mode 0600."""
    keep = {k: v for k, v in env.items() if k.startswith(FILE_PREFIXES) or k in FILE_KEYS}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write("# Written by `newsflow up --executor ...`: the environment of every Airflow component.\n")
        for key in sorted(keep):
            out.write(f"{key}={shlex.quote(keep[key])}\n")
    return path


def read_env_file(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text().splitlines():
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            out[key] = shlex.split(value)[0] if value else ""
    return out


@dataclass
class Cluster:
    """The started components; ``poll``/``wait`` like one ``Popen`` (the first to exit ends it)."""

    env_file: Path
    log_dir: Path
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    def poll(self) -> int | None:
        for process in self.processes.values():
            code = process.poll()
            if code is not None:
                return code
        return None

    def wait(self) -> int:
        while (code := self.poll()) is None:
            time.sleep(1)
        return code

    def stop(self) -> None:
        """Workers first (they finish or hand back their tasks), then the rest, each whole group."""
        for name in sorted(self.processes, key=lambda n: not n.startswith("worker")):
            stop_process_group(self.processes[name], grace=STOP_GRACE_SECONDS)


def _component_env(env_file: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: os.environ[k] for k in PASSTHROUGH if k in os.environ}
    # This interpreter's bin first: tasks start `scrapy` and Airflow's own commands from there.
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", os.defpath)])
    env.update(read_env_file(env_file))
    env.update(extra or {})
    return env


def _airflow(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    from newsflow.orchestrate.supervisor import PRIVATE_UMASK, private_log

    with private_log(log) as out:
        return subprocess.Popen(  # nosec B603: a fixed argv, no shell
            [sys.executable, "-m", "airflow", *args], env=env, stdout=out, stderr=subprocess.STDOUT,
            cwd=PROJECT_ROOT, start_new_session=True, umask=PRIVATE_UMASK)


def start(env: dict[str, str], *, workers: int, executor: str = "celery") -> Cluster:
    """Write the environment file, migrate Airflow's metadata, start the components."""
    home = Path(env["AIRFLOW_HOME"])
    cluster = Cluster(env_file=write_env_file(env, home / ENV_FILE), log_dir=home / "logs" / "components")
    cluster.log_dir.mkdir(parents=True, exist_ok=True)
    common = _component_env(cluster.env_file)
    # No shell: a fixed argv (this Python, -m airflow db migrate).
    subprocess.run([sys.executable, "-m", "airflow", "db", "migrate"],  # nosec B603
                   env=common, check=True, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL)
    try:
        for name in ("api-server", "scheduler", "dag-processor"):
            cluster.processes[name] = _airflow([name], common, cluster.log_dir / f"{name}.log")
        for number in range(1, workers + 1 if executor == "celery" else 1):
            worker = f"w{number}@{socket.getfqdn()}"
            args = ["celery", "worker", "--celery-hostname", worker]
            if number > 1:  # one log server per machine: the workers share its log folder
                args.append("--skip-serve-logs")
            cluster.processes[f"worker{number}"] = _airflow(
                args, _component_env(cluster.env_file, {WORKER_NAME_ENV: worker}),
                cluster.log_dir / f"worker{number}.log")
    except BaseException:
        with contextlib.suppress(Exception):
            cluster.stop()
        raise
    return cluster
