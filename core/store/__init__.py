"""The store: PostgreSQL connections, migrations and the embedded server fallback."""

from core.store.db import connect, transaction

__all__ = ["connect", "transaction"]
