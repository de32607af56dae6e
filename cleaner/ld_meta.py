"""trafilatura's reading of a page's JSON-LD into its metadata (``trafilatura.metadata.
extract_meta_json``), restated without its per-character Python work, same result.

trafilatura minifies each block with a substitution whose template calls back into Python for every
white space and string of the block, and drops UTF-16 surrogates with a generator over every
character of a block that holds a backslash: ~0.5 ms a page, a few percent of a page's cleaning.
Here a split on the same pattern keeps the same pieces, and one character class drops the same
characters. Used only while trafilatura's functions read as restated (``_restated``); otherwise
theirs runs.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from html import unescape

from cleaner.ld_blocks import ld_blocks
from cleaner.restated import still_restated

# trafilatura.metadata.JSON_MINIFY: a string, kept, or a white space, dropped.
_JSON_MINIFY = re.compile(r'("(?:\\.|[^"\\])*")|\s')
_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# SHA-256 of trafilatura 2.3's extract_meta_json and normalize_json (their source and patterns), as
# restated here.
_KNOWN = "56ad6a99f3f14491c47027a2ac6904963ba501c1d995308acbb5201cf021717a"


def _sources() -> list:
    from trafilatura.json_metadata import JSON_UNICODE_REPLACE, normalize_json
    from trafilatura.metadata import JSON_MINIFY, extract_meta_json

    return [extract_meta_json, normalize_json, JSON_MINIFY, JSON_UNICODE_REPLACE]


@lru_cache(maxsize=1)
def _restated() -> bool:
    return still_restated(_sources, _KNOWN)


def meta_json(tree, metadata):
    """``trafilatura.metadata.extract_meta_json(tree, metadata)``: ``metadata`` (a trafilatura
    ``Document``) completed from the page's JSON-LD blocks."""
    from trafilatura.json_metadata import extract_json, extract_json_parse_error
    from trafilatura.metadata import extract_meta_json

    if not _restated():
        return extract_meta_json(tree, metadata)
    for block in ld_blocks(tree):
        if not block.trafilatura:
            continue
        if block.verbatim:  # minifying and normalising would not change what it parses to
            metadata = extract_json(block.data, metadata)
            continue
        text = normalized(minified(block.text))
        try:
            schema = json.loads(text, strict=False)
            metadata = extract_json(schema, metadata)
        except json.JSONDecodeError:
            metadata = extract_json_parse_error(text, metadata)
    return metadata


def ld_texts(tree) -> list[str]:
    """The texts of ``tree``'s JSON-LD (and settings+json) blocks trafilatura reads, in document
    order (``cleaner.ld_blocks``: found once per tree)."""
    return [block.text for block in ld_blocks(tree) if block.trafilatura]


def minified(text: str) -> str:
    """``JSON_MINIFY.sub(r"\\1", text)``: the block without white space outside its strings. The
    split gives the text between matches and each match's group (None for a white space)."""
    return "".join(filter(None, _JSON_MINIFY.split(text)))


def normalized(text: str) -> str:
    """``trafilatura.json_metadata.normalize_json(text)``."""
    from trafilatura.utils import HTML_STRIP_TAGS, trim

    if "\\" in text:
        text = text.replace("\\n", "").replace("\\r", "").replace("\\t", "")
        text = _UNICODE_ESCAPE.sub(lambda match: chr(int(match[1], 16)), text)
        text = _SURROGATE.sub("", text)
        text = unescape(text)
    return trim(HTML_STRIP_TAGS.sub("", text))
