"""A benchmark's database: ``core.store.server.temporary_database``, dropped after the run, or with
``--keep`` one that stays, for later runs to measure again."""

from __future__ import annotations

import contextlib
import secrets
import sys
import tempfile
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


@contextlib.contextmanager
def _kept_database(prefix: str) -> Iterator[tuple[str, str]]:
    """(URL, where its server runs) of a new migrated database ``<prefix>_kept_<random>``, not dropped."""
    from core.store import migrate
    from core.store.server import admin_url, create_database, with_database

    admin, origin = admin_url(Path(tempfile.mkdtemp(prefix=f"{prefix}_pg_")))
    name = f"{prefix}_kept_{secrets.token_hex(4)}"
    create_database(admin, name)
    url = with_database(admin, name)
    migrate.upgrade(url)
    yield url, origin


def run_database(prefix: str, *, keep: bool = False) -> AbstractContextManager[tuple[str, str]]:
    """(URL, where its server runs) of a new migrated database for one run: dropped after, unless
    ``keep``."""
    from core.store.server import temporary_database

    return _kept_database(prefix) if keep else temporary_database(prefix)
