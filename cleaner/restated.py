"""trafilatura's code restated for speed (``cleaner.decode.page_tree``, ``cleaner.ld_meta``): a
restatement runs only while the installed trafilatura's source is the one restated, told by a SHA-256
of that source (the functions' text, the regular expressions' patterns); otherwise trafilatura's own
runs, so an upgrade can slow the clean down but never change what it returns."""

from __future__ import annotations

import hashlib
import inspect
import re
from collections.abc import Callable, Iterable


def source_digest(parts: Iterable[Callable | re.Pattern]) -> str:
    """SHA-256 of ``parts``' source, one after another: a function's text, a pattern's expression."""
    texts = [part.pattern if isinstance(part, re.Pattern) else inspect.getsource(part) for part in parts]
    return hashlib.sha256("\n".join(texts).encode()).hexdigest()


def still_restated(parts: Callable[[], Iterable[Callable | re.Pattern]], known: str) -> bool:
    """The source of ``parts()`` (trafilatura's, imported when asked) is the one restated: its digest
    is ``known``; False where there is no source to read."""
    try:
        return source_digest(parts()) == known
    except (OSError, TypeError):
        return False
