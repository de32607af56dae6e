"""Hostile input, end to end through the real crawler (a Scrapy subprocess), the real PostgreSQL and
the real clean stage: XML entity expansion, a gzip bomb, an endless page, a page that claims one
charset and holds another, a page of script and style only. Each must end as a recorded failure or a
correct article, never as a hang, a crash or a blown-up process.

The hostile server below runs on 127.0.0.1 only; its endless page stops by itself after a bounded
number of bytes and seconds.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from helpers import FAST_CRAWL, entry, source, write_registry
from helpers import rows as _rows

from crawlers.parsing import HostileXML, parse_feed, parse_sitemap
from newsflow.site.faults import HOSTILE_XML, gzip_bomb

ENDLESS_CAP_BYTES = 64 * 1024 * 1024  # the endless page gives up after this much or 30 s

# The sample site's own billion-laughs feed: ten levels of ten-fold entity expansion.
BILLION_LAUGHS = HOSTILE_XML
QUADRATIC_BLOWUP = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "' + b"x" * 50_000 + b'">]><urlset>'
                    + b"<url><loc>&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;</loc></url>" * 500 + b"</urlset>")
EXTERNAL_ENTITY = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                   b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&x;</loc></url></urlset>')

CYRILLIC = ("Россия и Вьетнам договорились расширить сотрудничество в области международной "
            "информационной безопасности. Стороны подчеркнули центральную роль ООН в выработке правил "
            "ответственного поведения государств в информационном пространстве. ")
ENGLISH = ("The open-ended working group on security of and in the use of information and communications "
           "technologies met in New York this week. Delegations discussed confidence-building measures, "
           "capacity building and the applicability of international law to state behaviour in cyberspace. ")


def _page(title: str, body: str, charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="{charset}"><title>{title}</title></head>'
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


PAGES: dict[str, tuple[dict[str, str], bytes]] = {
    "/good.html": ({"Content-Type": "text/html; charset=utf-8"},
                   _page("Cyber norms talks resume", f"<p>{ENGLISH}</p>" * 4).encode()),
    # Claims UTF-8 in the header and the meta tag, holds windows-1251.
    "/liar.html": ({"Content-Type": "text/html; charset=utf-8"},
                   _page("Россия и Вьетнам", f"<p>{CYRILLIC}</p>" * 4).encode("cp1251")),
    "/script-only.html": ({"Content-Type": "text/html; charset=utf-8"}, (
        "<!DOCTYPE html><html><head><style>body{color:red}" + "p{margin:0}" * 500 + "</style>"
        "<script>var s='" + "x" * 5000 + "';</script></head><body><script>document.write('hi')</script>"
        "<style>.a{}</style><noscript></noscript></body></html>").encode()),
}


class HostileHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    bomb = b""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.path == "/robots.txt":
            return self._send(200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n")
        if self.path == "/feed.xml":
            links = [*PAGES, "/endless.html", "/bomb.html"]
            items = "".join(f"<item><title>{p}</title><link>{base}{p}</link></item>" for p in links)
            body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>h</title>{items}</channel></rss>'
            return self._send(200, {"Content-Type": "application/rss+xml"}, body.encode())
        if self.path == "/hostile.xml":
            return self._send(200, {"Content-Type": "application/rss+xml"}, BILLION_LAUGHS)
        if self.path == "/bomb.html":
            return self._send(200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, self.bomb)
        if self.path == "/endless.html":
            return self._endless()
        if self.path in PAGES:
            headers, body = PAGES[self.path]
            return self._send(200, headers, body)
        return self._send(404, {"Content-Type": "text/plain"}, b"not found")

    def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for key, value in {**headers, "Content-Length": str(len(body))}.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _endless(self) -> None:
        """Chunked HTML that never ends (until the client hangs up, or the bounded cap)."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = b"<p>" + b"and on " * 9000 + b"</p>\n"
        sent, deadline = 0, time.monotonic() + 30
        try:
            while sent < ENDLESS_CAP_BYTES and time.monotonic() < deadline:
                self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            return
        self.close_connection = True


@pytest.fixture(scope="module")
def hostile_site() -> Iterator[str]:
    HostileHandler.bomb = gzip_bomb()  # the sample site's own
    server = ThreadingHTTPServer(("127.0.0.1", 0), HostileHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


# --- XML entity expansion: refused before any expansion --------------------------------------------


@pytest.mark.parametrize("document", [BILLION_LAUGHS, QUADRATIC_BLOWUP, EXTERNAL_ENTITY],
                         ids=["billion-laughs", "quadratic-blowup", "external-entity"])
@pytest.mark.parametrize("parse", [parse_feed, parse_sitemap], ids=["feed", "sitemap"])
def test_entity_expansion_is_refused_quickly(parse, document: bytes) -> None:
    started = time.process_time()
    with pytest.raises(HostileXML):
        parse(document)
    # Expanding billion laughs takes minutes and gigabytes; refusing it takes milliseconds.
    assert time.process_time() - started < 1.0


# --- the whole chain ---------------------------------------------------------------------------------


@pytest.mark.slow  # a real crawl of a 64 MB bomb
def test_hostile_pages_end_as_recorded_failures_or_correct_articles(db: str, hostile_site: str,
                                                                     tmp_path: Path) -> None:
    from crawlers.runner import crawl_source

    registry = write_registry(tmp_path / "hostile.toml", source(
        "hostile", entry("feed", f"{hostile_site}/feed.xml"), entry("feed", f"{hostile_site}/hostile.xml"),
        spider="feed"))
    started = time.monotonic()
    result = crawl_source("hostile", database_url=db, sources_file=registry, timeout=90, settings=FAST_CRAWL)
    assert time.monotonic() - started < 90, "the crawl hung on a hostile page"
    assert result.status in ("partial", "ok"), result

    failures = {(url.removeprefix(hostile_site), kind)
                for url, kind in _rows(db, "SELECT url, kind FROM fetch_failures")}
    assert ("/endless.html", "too_large") in failures, failures
    assert ("/bomb.html", "too_large") in failures, failures
    assert ("/hostile.xml", "xml_hostile") in failures, failures
    stored = {url.removeprefix(hostile_site): size
              for url, size in _rows(db, "SELECT url, octet_length(body) FROM raw_pages")}
    assert set(stored) == set(PAGES), stored  # neither the bomb nor the endless page was kept
    assert max(stored.values()) < 1_000_000

    from cleaner.process import process_pending

    process_pending(db)
    articles = {url.removeprefix(hostile_site): text
                for url, text in _rows(db, "SELECT url, text FROM articles")}
    assert "информационной безопасности" in articles["/liar.html"], articles.get("/liar.html")
    assert "Ð" not in articles["/liar.html"] and "\ufffd" not in articles["/liar.html"]
    assert "open-ended working group" in articles["/good.html"]
    assert "/script-only.html" not in articles or not articles["/script-only.html"].strip()
    # Every page was processed, and the empty one says why.
    pending = _rows(db, "SELECT url FROM raw_pages WHERE processed_at IS NULL")
    assert pending == []
    (script_only,) = _rows(db, "SELECT r.process_error, a.status FROM raw_pages r "
                               "LEFT JOIN articles a ON a.raw_page_id = r.id WHERE r.url LIKE %s",
                           ("%/script-only.html",))
    assert script_only[0] or (script_only[1] and script_only[1] != "ok"), script_only
