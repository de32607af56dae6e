"""Store stage: PostgreSQL connections, migrations and the embedded server fallback."""

from newsflow.store.db import connect, transaction

__all__ = ["connect", "transaction"]
