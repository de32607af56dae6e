"""The compose stack's secrets: refused when missing or a known placeholder (the init job runs this
first, so a stack with ``change-me`` never starts), and generated for a first ``.env``.

    python3 newsflow/orchestrate/deploy_secrets.py --write-env .env    # a new .env, fresh secrets
    python -m newsflow.orchestrate.deploy_secrets                      # check the environment

Standard library only: it runs on the host before anything is installed.
"""

from __future__ import annotations

import argparse
import base64
import os
import re
import secrets
import sys
from collections.abc import Mapping
from pathlib import Path

# Every secret the stack needs, with the shortest value accepted.
# (Names and lengths, no values: the nosec waivers below are bandit reading names as passwords.)
REQUIRED = {
    "POSTGRES_PASSWORD": 12,  # nosec B105: a name and a length
    "NEWSFLOW_PIPELINE_PASSWORD": 12,  # nosec B105: the DAGs' login (newsflow_worker), a name
    "AIRFLOW__API_AUTH__JWT_SECRET": 32,  # nosec B105: a name and a length
    "AIRFLOW__API__SECRET_KEY": 32,  # nosec B105: a name and a length
}
OPTIONAL = {"AIRFLOW__CORE__FERNET_KEY"}  # empty: Airflow stores connections unencrypted
PLACEHOLDERS = {"change-me", "changeme", "change_me", "password", "secret", "admin", "airflow",
                "newsflow", "postgres", "example", "xxx", "todo"}


def problems(env: Mapping[str, str]) -> list[str]:
    """One line per secret that is missing, a placeholder or too short (values never printed)."""
    found = []
    for name, shortest in REQUIRED.items():
        value = env.get(name, "")
        if not value:
            found.append(f"{name} is not set")
        elif value.strip().lower() in PLACEHOLDERS:
            found.append(f"{name} is the placeholder {value.strip()!r}")
        elif len(value) < shortest:
            found.append(f"{name} is shorter than {shortest} characters")
    for name in OPTIONAL:
        if env.get(name, "").strip().lower() in PLACEHOLDERS:
            found.append(f"{name} is a placeholder")
    return found


def fresh(name: str) -> str:
    if name == "AIRFLOW__CORE__FERNET_KEY":
        return base64.urlsafe_b64encode(os.urandom(32)).decode()  # Fernet's own key format
    return secrets.token_urlsafe(32)


def write_env(example: Path, target: Path) -> Path:
    """``target`` from ``example`` with every secret freshly generated; never overwrites, 0600."""
    lines = []
    for line in example.read_text(encoding="utf-8").splitlines():
        match = re.fullmatch(r"([A-Z0-9_]+)=(.*)", line)
        if match and (match.group(1) in REQUIRED or match.group(1) in OPTIONAL):
            line = f"{match.group(1)}={fresh(match.group(1))}"
        lines.append(line)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write-env", type=Path, metavar="FILE",
                        help="write a new env file (never overwrites)")
    parser.add_argument("--example", type=Path, default=Path(__file__).parents[2] / ".env.example")
    args = parser.parse_args(argv)
    if args.write_env:
        try:
            print(f"wrote {write_env(args.example, args.write_env)} with fresh secrets (mode 0600)")
        except FileExistsError:
            print(f"{args.write_env} exists: not overwritten", file=sys.stderr)
            return 1
        return 0
    found = problems(os.environ)
    for line in found:
        print(f"newsflow: refusing to start: {line} (set it in .env; `python3 "
              "newsflow/orchestrate/deploy_secrets.py --write-env .env` generates them)", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
