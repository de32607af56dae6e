"""Fault endpoints of the sample site (served only when the site runs with ``faults=True``).

Each one reproduces a way real news sites break crawlers. ``FAULT_ARTICLES`` are linked from the
fault feed ``/faults/feed.xml`` next to a few good articles; ``FAULT_FEEDS`` are broken entry points.
"""

from __future__ import annotations

import gzip
import io
from dataclasses import dataclass
from functools import lru_cache

# path -> the failure kind a crawler should record for it ("" = the page must land as an article).
FAULT_ARTICLES: dict[str, str] = {
    "/faults/flaky-500.html": "",  # 500 once, then the article
    "/faults/flaky-503.html": "",  # 503 twice, then the article
    "/faults/slow.html": "timeout",
    "/faults/reset.html": "connection_reset",
    "/faults/loop-a.html": "redirect_loop",
    "/faults/huge.html": "too_large",
    "/faults/binary.html": "not_html",
    "/faults/cp1251.html": "charset_mismatch",  # lands too, decoded as cp1251
    "/faults/no-charset.html": "",  # utf-8 without any declaration: must land
    "/faults/empty.html": "empty_body",
    "/faults/challenge.html": "bot_wall",
    "/faults/soft-404.html": "soft_404",
    "/faults/gzip-bomb.html": "too_large",
    "/faults/gone.html": "http_error",
    "/private/members-only.html": "robots_disallowed",
}
FAULT_FEEDS: dict[str, str] = {
    "/faults/hostile.xml": "xml_hostile",
    "/faults/malformed.xml": "xml_malformed",
    "/faults/empty-feed.xml": "",  # well-formed, no items: the run is "empty"
    "/faults/challenge-feed.xml": "bot_wall",  # the whole source is behind a bot wall: "blocked"
}

SLOW_SECONDS = 6.0
HUGE_BYTES = 10 * 1024 * 1024
BOMB_BYTES = 64 * 1024 * 1024

CHALLENGE_HTML = b"""<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="refresh" content="360"><meta name="robots" content="noindex,nofollow"></head>
<body><div class="main-wrapper" role="main"><div class="main-content">
<h1>Checking if the site connection is secure</h1>
<p>Enable JavaScript and cookies to continue</p>
<div id="challenge-body-text">example.com needs to review the security of your connection
before proceeding.</div>
<form id="challenge-form" action="/faults/challenge.html?__cf_chl_f_tk=abc" method="POST"></form>
<script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1"></script>
</div></div><div class="footer">Performance &amp; security by Cloudflare</div></body></html>"""

SOFT_404_HTML = b"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Page not found | Newsflow Sample Times</title>
</head><body><nav><a href="/">Home</a></nav><main><h1>Oops! That page can't be found.</h1>
<p>It looks like nothing was found at this location. Maybe try a search?</p></main></body></html>"""

CYRILLIC_BODY = (
    "Россия и Вьетнам договорились расширить сотрудничество в области международной информационной "
    "безопасности. Стороны подчеркнули центральную роль ООН в выработке правил ответственного поведения "
    "государств в информационном пространстве. Заместитель министра иностранных дел заявил, что "
    "юридически обязывающая конвенция поможет предотвратить конфликты в киберпространстве. "
)

HOSTILE_XML = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><link>http://127.0.0.1/articles/00000-x.html</link></item>
</channel></rss>
"""

MALFORMED_XML = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Broken feed</title>
<item><title>Unclosed <b>tag</title><link>/articles/00001-x.html
<item><title>Another</item>
"""

EMPTY_FEED_XML = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Nothing today</title><link>/</link><description>-</description>
</channel></rss>
"""


@dataclass
class Reply:
    """What the handler should send. ``action`` is "" for a plain reply, "reset" or "sleep"."""

    status: int = 200
    headers: dict[str, str] | None = None
    body: bytes = b""
    action: str = ""


@lru_cache(maxsize=1)
def gzip_bomb() -> bytes:
    """~64 MB of zeros in ~64 KB of gzip: expands far beyond any sane DOWNLOAD_MAXSIZE."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as handle:
        chunk = b"\0" * (1024 * 1024)
        for _ in range(BOMB_BYTES // len(chunk)):
            handle.write(chunk)
    return out.getvalue()


def fault_reply(path: str, query: str, hits: int, article_html: bytes) -> Reply | None:
    """Reply for a fault ``path`` on its ``hits``-th request (1-based), or None if not a fault path."""
    html = {"Content-Type": "text/html; charset=utf-8"}
    if path == "/faults/flaky-500.html":
        return (
            Reply(500, html, b"<h1>Internal Server Error</h1>")
            if hits <= 1
            else Reply(200, html, article_html)
        )
    if path == "/faults/flaky-503.html":
        return (
            Reply(503, html, b"<h1>Service Unavailable</h1>") if hits <= 2 else Reply(200, html, article_html)
        )
    if path == "/faults/slow.html":
        return Reply(200, html, article_html, action="sleep")
    if path == "/faults/reset.html":
        return Reply(action="reset")
    if path in ("/faults/loop-a.html", "/faults/loop-b.html"):
        # A loop that adds a hop counter each time, as real loops (session ids, trackers) often do.
        hop = int(query.removeprefix("hop=") or 0) if query.startswith("hop=") or not query else 0
        target = "/faults/loop-b.html" if path.endswith("a.html") else "/faults/loop-a.html"
        return Reply(302, {"Location": f"{target}?hop={hop + 1}"}, b"")
    if path == "/faults/huge.html":
        filler = b"<p>" + b"padding " * 1000 + b"</p>\n"
        body = article_html + filler * (HUGE_BYTES // len(filler) + 1)
        return Reply(200, html, body)
    if path == "/faults/binary.html":
        png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 64
        return Reply(200, {"Content-Type": "text/html"}, png)
    if path == "/faults/cp1251.html":
        body = (
            "<!DOCTYPE html><html><head><title>Россия и Вьетнам: информационная безопасность</title></head>"
            "<body><article><h1>Россия и Вьетнам: информационная безопасность</h1>"
            + "".join(f"<p>{CYRILLIC_BODY}</p>" for _ in range(4))
            + "</article></body></html>"
        ).encode("cp1251")
        return Reply(200, {"Content-Type": "text/html; charset=utf-8"}, body)
    if path == "/faults/no-charset.html":
        stripped = article_html.replace(b'<meta charset="utf-8">', b"")
        return Reply(200, {"Content-Type": "text/html"}, stripped)
    if path == "/faults/empty.html":
        return Reply(200, html, b"")
    if path in ("/faults/challenge.html", "/faults/challenge-feed.xml"):
        return Reply(403, {**html, "Server": "cloudflare", "cf-mitigated": "challenge"}, CHALLENGE_HTML)
    if path == "/faults/soft-404.html":
        return Reply(200, html, SOFT_404_HTML)
    if path == "/faults/gzip-bomb.html":
        return Reply(200, {**html, "Content-Encoding": "gzip"}, gzip_bomb())
    xml = {"Content-Type": "application/rss+xml; charset=utf-8"}
    if path == "/faults/hostile.xml":
        return Reply(200, xml, HOSTILE_XML)
    if path == "/faults/malformed.xml":
        return Reply(200, xml, MALFORMED_XML)
    if path == "/faults/empty-feed.xml":
        return Reply(200, xml, EMPTY_FEED_XML)
    return None
