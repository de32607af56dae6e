"""Publication dates: trafilatura's metadata (htmldate underneath) made timezone-aware.

htmldate returns the original publication date; when the page gives a full timestamp we keep its
time and offset, otherwise the date is taken as midnight UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

# Passed to htmldate through trafilatura; ISO output keeps time and offset when the page has them.
OUTPUT_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


def date_params() -> dict[str, Any]:
    """htmldate options: the original (not the last-modified) date, never one in the future."""
    return {
        "original_date": True,
        "extensive_search": True,
        "outputformat": OUTPUT_FORMAT,
        "max_date": datetime.now(UTC).strftime("%Y-%m-%d"),
    }


def to_aware(value: str | None) -> datetime | None:
    """Parse an ISO date or timestamp; naive values are taken as UTC."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
