"""The old name of ``helpers`` (tests/helpers.py, the one home of the shared test helpers), kept only
while test modules written against it land; import from ``helpers``."""

from helpers import rows

__all__ = ["rows"]
