"""Small helpers the test modules share (imported as ``from dbhelpers import rows``)."""

from core.store.db import query as rows

__all__ = ["rows"]
