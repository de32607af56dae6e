"""Checks on a downloaded article page: is it really an HTML article, and in which encoding?

What real sites serve with a 200: challenge pages, soft 404s, binaries named ``.html``, empty bodies,
cp1251 bytes declared as utf-8.
"""

from __future__ import annotations

import re

from scrapy.http import Response, TextResponse
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, resolve_encoding

_BOT_WALL = re.compile(
    rb"<title>\s*(just a moment\.\.\.|attention required!? \| cloudflare|access denied|"
    rb"ddos-guard|are you a robot\??|security check)|cf-chl|challenge-platform|_incapsula_resource|"
    rb"captcha-delivery\.com|px-captcha|/cdn-cgi/challenge|please enable js and disable any ad blocker|"
    rb"enable javascript and cookies to continue",
    re.IGNORECASE,
)
_SOFT_404 = re.compile(
    r"<title>[^<]*(page not found|not found|404|error 404|страница не найдена|does not exist)[^<]*</title>|"
    r"<h1[^>]*>[^<]*(page not found|can.t be found|cannot be found|no longer available|404)[^<]*</h1>",
    re.IGNORECASE,
)
_BINARY_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"Rar!", b"\x00\x00\x01\x00")
_BOT_WALL_SCAN = 64 * 1024


def bot_wall(body: bytes, headers_text: str = "") -> str | None:
    """A short reason when ``body`` looks like an anti-bot challenge, else None."""
    if "cf-mitigated" in headers_text.lower():
        return "Cloudflare challenge (cf-mitigated header)"
    match = _BOT_WALL.search(body[:_BOT_WALL_SCAN])
    if match:
        return f"challenge page ({match.group(0)[:60].decode('latin-1').strip()})"
    return None


def problem(response: Response) -> tuple[str, str] | None:
    """(kind, detail) when the response is not a storable HTML article, else None."""
    body = response.body
    if not body.strip():
        return "empty_body", "200 with an empty body"
    head = body[:1024]
    if not isinstance(response, TextResponse) or head.startswith(_BINARY_MAGIC) or b"\x00" in head:
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
        return "not_html", f"binary content ({content_type or 'no content type'}, starts {head[:8]!r})"
    wall = bot_wall(body)
    if wall:
        return "bot_wall", wall
    text_head = body[:20_000].decode("utf-8", errors="replace")
    if _SOFT_404.search(text_head) and len(body) < 30_000:
        return "soft_404", "200 but the page says it was not found"
    return None


def _decodes(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def decide_encoding(response: Response) -> tuple[str, str | None]:
    """(encoding, note): the declared encoding when the bytes decode with it; otherwise the page's
    ``<meta charset>``, utf-8, or a Cyrillic/Latin guess; ``note`` explains a header that lied."""
    body = response.body
    header = http_content_type_encoding(response.headers.get(b"Content-Type", b"").decode("latin-1"))
    meta = html_body_declared_encoding(body)
    for candidate in (header, meta):
        if candidate and _decodes(body, resolve_encoding(candidate) or candidate):
            return resolve_encoding(candidate) or candidate, None
    declared = header or meta
    if _decodes(body, "utf-8"):
        guessed = "utf-8"
    else:
        # Single-byte pages: mostly letters in 0xC0-0xFF means Cyrillic (cp1251), else Latin-1.
        high = [byte for byte in body if byte >= 0x80]
        cyrillic = sum(1 for byte in high if byte >= 0xC0)
        guessed = "cp1251" if high and cyrillic / len(high) > 0.6 else "cp1252"
    if declared is None:
        return guessed, None
    return guessed, f"declared {declared} but the bytes are not {declared}; decoded as {guessed}"
