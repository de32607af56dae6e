"""The one reader of JSON-lines input files (``newsflow clean --input``, ``score``, ``evaluate``,
``train --unlabeled/--labels``): one JSON object per line, blank lines skipped, each field of the
type the command needs. Anything else is an ``InputError`` whose one-line message names the file,
the line and the field: invalid UTF-8, bad JSON, nesting too deep to decode, integers too long to
convert, a field missing, null or of another type."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

# A field's accepted JSON types: str, int, float, bool, list, dict, or type(None) for null.
Types = tuple[type, ...]
ANY_SCALAR: Types = (str, int, float, bool, type(None))

_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true/false", list: "a list",
          dict: "an object", type(None): "null"}


class InputError(ValueError):
    """A JSON-lines input is not what the command reads (the message names file, line and field)."""


def read_objects(source: str | Path, *, required: Mapping[str, Types],
                 optional: Mapping[str, Types] | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, object)`` for each non-blank line of ``source`` (``-``: standard input)."""
    name = "<stdin>" if str(source) == "-" else str(source)
    if name == "<stdin>":
        yield from _objects(sys.stdin.buffer, name, required, optional or {})
        return
    path = Path(source)
    if path.is_dir():
        raise InputError(f"{name}: is a directory, not a JSON-lines file")
    if not path.is_file():
        raise InputError(f"{name}: " + ("not a regular file" if path.exists() else "file not found"))
    with path.open("rb") as handle:
        yield from _objects(handle, name, required, optional or {})


def _objects(handle: BinaryIO, name: str, required: Mapping[str, Types],
             optional: Mapping[str, Types]) -> Iterator[tuple[int, dict[str, Any]]]:
    for lineno, raw in enumerate(handle, start=1):
        where = f"{name}:{lineno}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"{where}: not UTF-8 text (byte {exc.start + 1} of the line)") from None
        if not line.strip():
            continue
        row = parse_line(line, where)
        for field, types in required.items():
            if field not in row:
                raise InputError(f"{where}: field {field!r} is missing")
            _check(row[field], types, where, field)
        for field, types in (optional or {}).items():
            if field in row:
                _check(row[field], types, where, field)
        yield lineno, row


def parse_line(line: str, where: str) -> dict[str, Any]:
    """One JSON object; ``where`` (``file:line``) heads the error."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply") from None
    except ValueError as exc:  # an integer of thousands of digits (int_max_str_digits)
        raise InputError(f"{where}: a number too long to read ({str(exc).split(':')[0]})") from None
    if not isinstance(row, dict):
        raise InputError(f"{where}: expected a JSON object, got {_NAMES.get(type(row), type(row).__name__)}")
    return row


def _check(value: Any, types: Types, where: str, field: str) -> None:
    # bool is an int to Python, not to a reader of the file.
    if (isinstance(value, bool) and bool not in types) or not isinstance(value, types):
        wanted = " or ".join(_NAMES.get(t, t.__name__) for t in types)
        got = _NAMES.get(type(value), type(value).__name__)
        raise InputError(f"{where}: field {field!r} must be {wanted}, got {got}")
