"""A benchmark's own database: fresh and migrated, on DATABASE_URL's server, the local one, or an
embedded one started in a scratch folder; dropped when the benchmark is done."""

from __future__ import annotations

import secrets
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


@contextmanager
def migrated_database(prefix: str = "nf_bench", *, keep: bool = False) -> Iterator[tuple[str, str]]:
    """(URL, where its server runs) of a new database ``<prefix>_<random>`` at the latest migration;
    dropped after the block, unless ``keep`` (its URL printed then)."""
    from core.store import migrate, server

    with tempfile.TemporaryDirectory() as scratch:
        admin, where = server.admin_url(Path(scratch))
        name = f"{prefix}_{secrets.token_hex(4)}"
        server.create_database(admin, name)
        url = server.with_database(admin, name)
        try:
            migrate.upgrade(url)
            yield url, where
        finally:
            if keep:
                print(f"kept: {url}")
            else:
                server.drop_database(admin, name)
