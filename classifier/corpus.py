"""Training material: seed folders (``seeds/<label>/*.txt``) and JSONL files of texts or labels."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from core.jsonlines import ANY_SCALAR, InputError, read_objects
from core.text import clean_text

NONE_LABEL = "none"


class CorpusError(ValueError):
    """Bad training or scoring input; the message names the file (and line)."""


def load_seeds(seeds_dir: str | Path) -> dict[str, list[str]]:
    """Cleaned seed texts by label: each sub-folder of ``seeds_dir`` is a label, each ``*.txt`` a text."""
    root = Path(seeds_dir)
    if not root.is_dir():
        raise CorpusError(f"{root}: seeds folder not found")
    seeds: dict[str, list[str]] = {}
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        if folder.name == NONE_LABEL:
            raise CorpusError(f"{folder}: '{NONE_LABEL}' is reserved for 'on no seed topic'")
        texts = []
        for path in sorted(folder.glob("*.txt")):
            text = clean_text(path.read_text(encoding="utf-8", errors="replace"))
            if not text.strip():
                raise CorpusError(f"{path}: seed file is empty")
            texts.append(text)
        if not texts:
            raise CorpusError(f"{folder}: seed folder has no non-empty .txt files")
        seeds[folder.name] = texts
    if not seeds:
        raise CorpusError(f"{root}: no seed label folders (expected {root}/<label>/*.txt)")
    return seeds


def seed_labels(seeds_dir: str | Path) -> list[str]:
    """The seed folders' names (the topic labels), without reading their texts; none when the folder
    is missing."""
    root = Path(seeds_dir)
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir()
                  if p.is_dir() and not p.name.startswith(".") and p.name != NONE_LABEL)


def seeds_hash(seeds: dict[str, list[str]]) -> str:
    """A stable fingerprint of the (cleaned) seeds, recorded with every model."""
    digest = hashlib.sha256()
    for label in sorted(seeds):
        digest.update(label.encode() + b"\0")
        for text in sorted(seeds[label]):
            digest.update(hashlib.sha256(text.encode()).digest())
    return digest.hexdigest()


# The JSON types each field of a JSON-lines input must have (core.jsonlines checks them).
_FIELD_TYPES: dict[str, tuple[type, ...]] = {"text": (str,), "label": (str,), "id": ANY_SCALAR}
_OPTIONAL = {"title": (str, type(None))}


def read_jsonl(path: str | Path, required: Iterable[str]) -> list[dict]:
    """Objects of a JSONL file; blank lines skipped. Errors name the file, the line and the field."""
    fields = {field: _FIELD_TYPES.get(field, ANY_SCALAR) for field in required}
    try:
        return [row for _line, row in read_objects(path, required=fields, optional=_OPTIONAL)]
    except InputError as exc:
        raise CorpusError(str(exc)) from None


def document_text(row: dict) -> str:
    """The text to classify: the title (when given) followed by the cleaned body."""
    return stored_article_text(row.get("title"), clean_text(row.get("text") or ""))


def stored_article_text(title: str | None, text: str | None) -> str:
    """``document_text`` of an ``articles`` row: its text is already ``clean_text``'s output (and
    cleaning is idempotent), so it is not cleaned again; that pass would cost more than scoring."""
    body = text or ""
    return f"{title}\n{body}" if title else body


def read_unlabeled(path: str | Path) -> list[str]:
    return [document_text(r) for r in read_jsonl(path, ("text",))]


def read_labels(path: str | Path, known_labels: Iterable[str]) -> list[tuple[str, str]]:
    """``(text, label)`` pairs; ``label`` must be a seed label or ``none``."""
    allowed = {*known_labels, NONE_LABEL}
    pairs = []
    for lineno, row in enumerate(read_jsonl(path, ("text", "label")), start=1):
        label = row["label"]
        if label not in allowed:
            raise CorpusError(
                f"{path}: item {lineno}: label {label!r} is neither a seed label nor '{NONE_LABEL}'"
            )
        pairs.append((document_text(row), label))
    return pairs
