"""Writing a source registry: ``write_sources`` (a whole file) and ``append_source`` (one entry added
to a file, its own text kept), the inverse of ``crawlers.registry.parse_sources`` for the shapes a
``Source`` holds; each checks that what it writes reads back as the given sources before writing."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from crawlers.registry import RegistryError, Source, parse_sources


def _toml_string(text: str) -> str:
    """A basic string, or a literal one for text with backslashes (regexes stay readable)."""
    controls = any(ord(char) < 0x20 or ord(char) == 0x7F for char in text)
    if "\\" in text and "'" not in text and not controls:
        return f"'{text}'"
    escaped = "".join(
        "\\" + char if char in '"\\'
        else f"\\u{ord(char):04x}" if ord(char) < 0x20 or ord(char) == 0x7F
        else char
        for char in text
    )
    return f'"{escaped}"'


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else _toml_string(key)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value:  # NaN
            return "nan"
        return repr(value) if abs(value) != float("inf") else ("inf" if value > 0 else "-inf")
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        pairs = ", ".join(f"{_toml_key(str(k))} = {_toml_value(v)}" for k, v in value.items())
        return "{ " + pairs + " }" if pairs else "{}"
    raise RegistryError(f"cannot write {value!r} ({type(value).__name__}) to a registry")


def _toml_table(header: str, fields: dict[str, Any]) -> list[str]:
    """``[[header]]`` with its plain fields, then each list of tables as ``[[header.field]]`` blocks."""
    lines = [f"[[{header}]]"]
    lines += [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in fields.items()
              if not (isinstance(v, list) and v and all(isinstance(item, dict) for item in v))]
    for key, value in fields.items():
        if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            for item in value:
                lines += _toml_table(f"{header}.{key}", item)
    return lines


def write_sources(path: str | Path, sources: list[Source], *, comment: str = "") -> Path:
    """Write ``sources`` as a registry file that ``load_sources`` reads back as equal models (checked
    before writing); fields at their defaults are left out. ``comment`` heads the file."""
    lines = [f"# {line}".rstrip() for line in comment.splitlines()]
    for source in sources:
        lines += ["", *_toml_table("source", source.model_dump(exclude_defaults=True))]
    text = "\n".join(lines).lstrip("\n") + "\n"
    file = Path(path)
    if parse_sources(text, origin=str(file)) != list(sources):
        raise RegistryError(f"{file}: the written registry would not read back as the given sources")
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(text, encoding="utf-8")
    return file


def source_toml(source: Source) -> str:
    """The ``[[source]]`` block of one source, as ``write_sources`` writes it."""
    return "\n".join(_toml_table("source", source.model_dump(exclude_defaults=True))) + "\n"


def append_source(path: str | Path, source: Source) -> Path:
    """Add ``source`` at the end of the registry at ``path`` (created when missing), keeping the
    file's own text (comments, ``{demo_site_port}``). The whole result is validated first (a name
    already taken is refused) and the new entry must read back as ``source``."""
    file = Path(path)
    existing = file.read_text(encoding="utf-8") if file.exists() else ""
    text = (existing.rstrip("\n") + "\n\n" if existing.strip() else "") + source_toml(source)
    parsed = parse_sources(text, origin=str(file))
    if not parsed or parsed[-1] != source:
        raise RegistryError(f"{file}: the new entry would not read back as given")
    file.parent.mkdir(parents=True, exist_ok=True)
    partial = file.with_name(file.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(file)  # never a half-written registry
    return file
