"""Raw page bodies to text: which pages are HTML, and in which character encoding.

Order of trust: the encoding the crawler settled on (``raw_pages.encoding``), then w3lib's
browser-like rules (byte-order mark, Content-Type header, ``<meta charset>``, detection).
"""

from __future__ import annotations

import codecs

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
