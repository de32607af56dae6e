"""The page's JSON-LD blocks, found and parsed once per page: one home for the script elements and
their parsed objects, which both JSON-LD readers use (``cleaner.jsonld``, the article object;
``cleaner.ld_meta``, trafilatura's reading for its metadata) and ``cleaner.author.claim_authors``.

The two readers pick their blocks and prepare their texts differently: ``cleaner.jsonld`` reads any
script whose type holds "ld+json" (any case), stripped, a CDATA wrapper cut; trafilatura reads the
scripts typed exactly "application/ld+json" or "application/settings+json", minified and normalised
(``cleaner.ld_meta``: escapes, entities and tags dropped, white space collapsed inside strings). Where
that preparation cannot change what the block parses to (no escape but "\\/" and '\\"', no "<",
every string of the parsed object printable with no doubled space: ``verbatim``), trafilatura's
reading is given the object parsed here, the same one, not a second parse of a minified copy.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from html import unescape

# <script type="application/ld+json"> (any case of those letters, as XPath's translate() had it).
_LD_TYPE_CASE = str.maketrans("LDJSON", "ldjson")
# The types trafilatura's extract_meta_json reads (its XPath's exact @type tests).
_TRAFILATURA_TYPES = frozenset({"application/ld+json", "application/settings+json"})
_MAX_BLOCK_CHARS = 2_000_000
# Some CMSs wrap the block in a (commented) CDATA section.
_CDATA = re.compile(r"^(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>$")
_UNREAD = object()  # a block that does not parse


@dataclass(eq=False)
class LdBlock:
    """One JSON-LD script of the page: its text as written (``element.text``, may be None) and which
    reader takes it."""

    text: str | None
    article: bool  # read by cleaner.jsonld (its type holds "ld+json", any case)
    trafilatura: bool  # read by trafilatura's extract_meta_json (its exact types, a non-empty text)

    @cached_property
    def _parsed(self) -> tuple[object, bool]:
        """(the block's object as ``cleaner.jsonld`` reads it, or ``_UNREAD``; whether that is the
        text itself parsed, stripped, no CDATA wrapper cut)."""
        raw = (self.text or "").strip()
        cut = raw
        if raw.startswith(("/", "<")) or raw.endswith("]]>"):  # else _CDATA cannot match: no search
            cut = _CDATA.sub("", raw)
        if not cut or len(cut) > _MAX_BLOCK_CHARS:
            return _UNREAD, False
        try:
            return json.loads(cut, strict=False), cut is raw or cut == raw
        except ValueError:
            return _UNREAD, False

    @property
    def data(self) -> object:
        """The parsed object, or ``None`` where the block does not parse (``cleaner.jsonld``'s)."""
        data = self._parsed[0]
        return None if data is _UNREAD else data

    @cached_property
    def verbatim(self) -> bool:
        """trafilatura's minifying and normalising of this block's text leave what it parses to as
        it is: the text parses as written, holds no "<" (no tag to strip) and no escape but an
        escaped slash or quote (``_escapes_kept``), and every string of the object, keys too, is
        printable (no white space but the plain space, which no collapsing changes) with no doubled
        space."""
        data, whole = self._parsed
        text = self.text or ""
        try:
            return whole and data is not _UNREAD and "<" not in text and _escapes_kept(text) and _plain(data)
        except RecursionError:  # nested deeper than a walk goes: read as trafilatura reads it
            return False


def _escapes_kept(text: str) -> bool:
    """trafilatura's normalising leaves the text's escapes to the parse: it holds no backslash, or
    only escaped slashes and quotes ("https:\\/\\/", as PHP writes URLs; "\\"quoted\\"", which
    the replacements and decoding before the parse leave alone) and no HTML entity (with a backslash,
    entities are decoded too)."""
    if "\\" not in text:
        return True
    return text.count("\\") == text.count("\\/") + text.count('\\"') \
        and ("&" not in text or unescape(text) == text)


def _plain(value) -> bool:
    """Every string in ``value`` (a parsed JSON value) is printable with no doubled space."""
    if isinstance(value, str):
        return value.isprintable() and "  " not in value
    if isinstance(value, dict):
        return all(_plain(key) and _plain(item) for key, item in value.items())
    if isinstance(value, list):
        return all(_plain(item) for item in value)
    return True


# The last page's blocks: read by both readers of one page (one walk of its scripts, one parse each).
_last_blocks: tuple[object, list[LdBlock]] | None = None


def ld_blocks(tree) -> list[LdBlock]:
    """The JSON-LD blocks either reader takes, in document order, found once per tree (the tree is
    not changed while its metadata is read)."""
    global _last_blocks
    if _last_blocks is None or _last_blocks[0] is not tree:
        _last_blocks = (tree, _find_blocks(tree))
    return _last_blocks[1]


def _find_blocks(tree) -> list[LdBlock]:
    blocks = []
    for script in tree.iter("script"):
        kind = script.get("type") or ""
        article = "ld+json" in kind.translate(_LD_TYPE_CASE)
        text = script.text
        trafilatura = kind in _TRAFILATURA_TYPES and bool(text)
        if article or trafilatura:
            blocks.append(LdBlock(text, article, trafilatura))
    return blocks
