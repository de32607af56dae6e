"""Checks on a downloaded article page: is it really an HTML article, and in which encoding?

What real sites serve with a 200: challenge pages, soft 404s, binaries named ``.html``, empty bodies,
cp1251 bytes declared as utf-8.
"""

from __future__ import annotations

from scrapy.http import Response, TextResponse
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, resolve_encoding

from core.vocabulary import FailureKind

# Markers of anti-bot interstitials (lower case). Plain substring tests: this runs on every page.
_BOT_WALL_TITLES = (
    b"just a moment...",
    b"attention required! | cloudflare",
    b"access denied",
    b"ddos-guard",
    b"are you a robot",
    b"security check",
    b"checking your browser",
)
_BOT_WALL_MARKERS = (
    b"cf-chl",
    b"challenge-platform",
    b"/cdn-cgi/challenge",
    b"_incapsula_resource",
    b"captcha-delivery.com",
    b"px-captcha",
    b"enable javascript and cookies to continue",
    b"please enable js and disable any ad blocker",
)
# Phrases of "not found" pages in a title or h1 (not bare "404" or "not found": headlines use them).
_SOFT_404_WORDS = (
    b"page not found",
    b"404 not found",
    b"error 404",
    b"404 error",
    b"not found |",
    b"can't be found",
    b"can\xe2\x80\x99t be found",
    b"cannot be found",
    b"page no longer available",
    b"page does not exist",
    b"nothing was found",
    "страница не найдена".encode(),
)
_BINARY_MAGIC = (
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"Rar!",
    b"\x00\x00\x01\x00",
)
_SCAN = 64 * 1024
_SMALL_PAGE = 30_000  # challenge and "not found" pages are small; articles rarely are


def _element_text(lowered: bytes, tag: bytes) -> bytes:
    start = lowered.find(b"<" + tag)
    if start < 0:
        return b""
    start = lowered.find(b">", start) + 1
    end = lowered.find(b"</" + tag, start)
    return lowered[start:end] if 0 < start <= end else b""


def bot_wall(body: bytes, headers_text: str = "") -> str | None:
    """A short reason when ``body`` looks like an anti-bot challenge, else None."""
    if "cf-mitigated" in headers_text.lower():
        return "Cloudflare challenge (cf-mitigated header)"
    lowered = body[:_SCAN].lower()
    title = _element_text(lowered, b"title").strip()
    for marker in _BOT_WALL_TITLES:
        if marker in title:
            return f"challenge page (title {title[:60].decode('utf-8', 'replace')!r})"
    if len(body) < _SMALL_PAGE * 4:
        for marker in _BOT_WALL_MARKERS:
            if marker in lowered:
                return f"challenge page (marker {marker.decode()!r})"
    return None


def problem(response: Response) -> tuple[FailureKind, str] | None:
    """(kind, detail) when the response is not a storable HTML article, else None."""
    body = response.body
    if not body.strip():
        return FailureKind.EMPTY_BODY, "200 with an empty body"
    head = body[:1024]
    if not isinstance(response, TextResponse) or head.startswith(_BINARY_MAGIC) or b"\x00" in head:
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
        kind = content_type or "no content type"
        return FailureKind.NOT_HTML, f"binary content ({kind}, starts {head[:8]!r})"
    wall = bot_wall(body)
    if wall:
        return FailureKind.BOT_WALL, wall
    if len(body) < _SMALL_PAGE:
        lowered = body[:_SCAN].lower()
        heading = _element_text(lowered, b"title") + b" " + _element_text(lowered, b"h1")
        if any(word in heading for word in _SOFT_404_WORDS):
            return FailureKind.SOFT_404, "200 but the page says it was not found"
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
