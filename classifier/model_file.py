"""The model file: one ``.npz`` archive of JSON metadata and numpy arrays, never pickled, so loading
a file runs no code from it. What a model stores in it is ``model_state.py``'s (``TopicModel.to_bytes``,
``from_bytes``); this module writes the archive and refuses anything that is not one of ours.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

FORMAT = "newsflow-topic-model/1"

T = TypeVar("T")


class ModelFileError(ValueError):
    """A model file that is not a newsflow model (empty, truncated, foreign or damaged)."""


def encode(meta: dict[str, Any], arrays: Mapping[str, np.ndarray]) -> bytes:
    """The archive of ``meta`` (tagged with ``FORMAT``) and ``arrays``."""
    buffer = io.BytesIO()
    np.savez_compressed(buffer, meta=np.array(json.dumps({"format": FORMAT, **meta})), **arrays)
    return buffer.getvalue()


def decode(data: bytes, build: Callable[[dict[str, Any], Mapping[str, np.ndarray]], T]) -> T:
    """``build(meta, arrays)`` of the archive ``data``; ``ModelFileError`` for anything else,
    including what ``build`` cannot make a model of."""
    if not data:
        raise ModelFileError("not a newsflow model: the file is empty")
    if not data.startswith(b"PK"):
        raise ModelFileError("not a newsflow model: not a model archive")
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
            meta = json.loads(str(arrays["meta"]))
            if meta.get("format") != FORMAT:
                raise ModelFileError(f"not a newsflow topic model (format {meta.get('format')!r})")
            return build(meta, arrays)
    except ModelFileError:
        raise
    except Exception as exc:  # numpy, zipfile and json raise many kinds for damaged bytes
        raise ModelFileError(f"not a newsflow model: damaged or truncated ({type(exc).__name__})"
                             ) from exc


def write_file(path: str | Path, data: bytes) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_bytes(data)


def read_file(path: str | Path, decode_bytes: Callable[[bytes], T]) -> T:
    """``decode_bytes`` of the file's bytes; a ``ModelFileError`` names the file."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: model file not found")
    try:
        return decode_bytes(path.read_bytes())
    except ModelFileError as exc:
        raise ModelFileError(f"{path}: {exc}") from exc.__cause__
