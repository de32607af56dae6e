"""A temporary, migrated database for a benchmark: on DATABASE_URL's server when set, else the local
server on 127.0.0.1:5432, else the embedded one; dropped afterwards (also on Ctrl-C)."""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.settings import reset_settings
from core.store import migrate, server


@contextmanager
def temporary_database(prefix: str = "nf_bench") -> Iterator[tuple[str, str]]:
    """(url, where the server came from) of a fresh migrated database; DATABASE_URL points at it
    while the block runs so that child processes use it too."""
    admin, origin = server.admin_url(Path(tempfile.mkdtemp(prefix=f"{prefix}_pg_")))
    name = f"{prefix}_{secrets.token_hex(4)}"
    server.create_database(admin, name)
    url = server.with_database(admin, name)
    previous = os.environ.get("DATABASE_URL")
    os.environ["DATABASE_URL"] = url
    reset_settings()
    try:
        migrate.upgrade(url)
        yield url, origin
    finally:
        if previous is None:
            os.environ.pop("DATABASE_URL", None)
        else:
            os.environ["DATABASE_URL"] = previous
        reset_settings()
        server.drop_database(admin, name)
