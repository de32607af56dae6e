"""Raw page bodies to text: which pages are HTML, and in which character encoding; and a page's text
parsed into the tree trafilatura parses (``page_tree``).

Order of trust: the encoding the crawler settled on (``raw_pages.encoding``), then w3lib's
browser-like rules (byte-order mark, Content-Type header, ``<meta charset>``, detection).
"""

from __future__ import annotations

import codecs
from functools import lru_cache

from cleaner.restated import still_restated

_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")
_SNIFF_BYTES = 1024


def header(headers: dict | None, name: str) -> str:
    """A header's value from the stored headers (any key case; a value may be a list)."""
    for key, value in (headers or {}).items():
        if str(key).lower() == name.lower():
            if isinstance(value, list | tuple):
                value = value[0] if value else ""
            return value.decode("latin-1") if isinstance(value, bytes) else str(value)
    return ""


def is_html(headers: dict | None, body: bytes) -> bool:
    """HTML by Content-Type when one was sent, else by the first bytes."""
    content_type = header(headers, "content-type").split(";")[0].strip().lower()
    if content_type:
        return content_type in _HTML_TYPES
    start = body[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml", b"<!--", b"<meta"))


def decode_body(body: bytes, headers: dict | None = None, encoding: str | None = None) -> str:
    """Decode a page body; never raises (undecodable bytes become U+FFFD)."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            encoding = None
    if encoding:
        return body.decode(encoding, errors="replace")
    from w3lib.encoding import html_to_unicode

    _, text = html_to_unicode(header(headers, "content-type") or None, body)
    return text


# trafilatura.utils.INVALID_XML_CHARS, the control characters its repair of a page deletes, one by
# one: a search for each (a C scan) finds none on a page in a fraction of the time of its regular
# expression's substitution over the whole page, ~1 ms for a page of 170,000 characters, a third of
# the page's parse.
CONTROL_CHARS = (*map(chr, (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20))), "\ufffe", "\uffff")
# SHA-256 of trafilatura 2.3's load_html and repair_faulty_html (their source) and INVALID_XML_CHARS
# (its pattern), as restated in ``page_tree``.
_KNOWN = "72961cecfce0d752af4438d9c65bf63edd3e897d97fad7fce3bb868c6a1711a1"


def _sources() -> list:
    from trafilatura.utils import INVALID_XML_CHARS, load_html, repair_faulty_html

    return [load_html, repair_faulty_html, INVALID_XML_CHARS]


@lru_cache(maxsize=1)
def _restated() -> bool:
    return still_restated(_sources, _KNOWN)


def page_tree(html: bytes | str):
    """``trafilatura.utils.load_html(html)``, the same tree (or None), without trafilatura's search
    of the whole page for control characters where it holds none: then its repair deletes nothing.
    Where it holds one, or the first parse is not a page, trafilatura's reading runs on the decoded
    text (decoding a text leaves it as it is). Used only while trafilatura's functions read as
    restated (``_restated``)."""
    from lxml.html import fromstring
    from trafilatura.utils import (
        DOCTYPE_TAG,
        FAULTY_HTML,
        HTML_PARSER,
        decode_file,
        is_dubious_html,
        load_html,
    )

    if not isinstance(html, bytes | str) or not _restated():
        return load_html(html)
    text = decode_file(html)
    if any(char in text for char in CONTROL_CHARS):
        return load_html(text)
    beginning = text[:50].lower()
    # repair_faulty_html less its deletion of control characters (there are none)
    if "doctype" in beginning:
        first_line, _, rest = text.partition("\n")
        text = DOCTYPE_TAG.sub("", first_line, count=1) + "\n" + rest
    for line in text[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            text = FAULTY_HTML.sub(r"\1>", text, count=1)
            break
    try:
        tree = fromstring(text, parser=HTML_PARSER)
    except Exception:  # trafilatura's second parse, from bytes, and its logging
        return load_html(text)
    if tree is None or len(tree) < 1 or (is_dubious_html(beginning) and len(tree) < 2):
        return load_html(text)
    return tree
