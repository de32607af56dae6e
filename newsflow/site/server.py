"""Serve the sample site on 127.0.0.1 from a background thread.

A threading server with a large listen backlog: ``python -m http.server`` queues only 5 connections
and stalls concurrent crawls (200 pages took 45-281 s instead of under 1 s).
"""

from __future__ import annotations

import hashlib
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from newsflow.site import faults, pages, shapes
from newsflow.site.content import EPOCH, Article, make_article

# Documents that support conditional requests (ETag / Last-Modified).
_CONDITIONAL_PREFIXES = ("/feeds/", "/sitemaps/", "/sitemap_index.xml")


class SiteState:
    """The articles on the site (growing with ``add_articles``) and a log of requests served."""

    def __init__(self, articles: int, faults_enabled: bool) -> None:
        self._lock = threading.Lock()
        self._articles: list[Article] = [make_article(i) for i in range(articles)]
        self._by_path = {a.path: a for a in self._articles}
        self.faults_enabled = faults_enabled
        self.request_log: Counter[str] = Counter()

    def add_articles(self, count: int, published_at: datetime | None = None) -> list[Article]:
        with self._lock:
            start = len(self._articles)
            new = [make_article(start + i) for i in range(count)]
            if published_at is not None:  # a simulated publishing clock (bench_freshness)
                new = [replace(article, published_at=published_at) for article in new]
            self._articles.extend(new)
            self._by_path.update({a.path: a for a in new})
        return new

    def articles(self) -> list[Article]:
        with self._lock:
            return list(self._articles)

    def newest_first(self) -> list[Article]:
        return list(reversed(self.articles()))

    def by_path(self, path: str) -> Article | None:
        with self._lock:
            return self._by_path.get(path)

    def hit(self, path: str) -> int:
        with self._lock:
            self.request_log[path] += 1
            return self.request_log[path]


class SampleSiteServer(ThreadingHTTPServer):
    request_queue_size = 1024
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], state: SiteState) -> None:
        self.state = state
        super().__init__(address, SiteRequestHandler)


class SiteRequestHandler(BaseHTTPRequestHandler):
    server: SampleSiteServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the request log is kept in ``SiteState.request_log``."""

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def do_GET(self) -> None:
        self._serve(send_body=True)

    # -- routing -------------------------------------------------------------------------------
    def _base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def _serve(self, *, send_body: bool) -> None:
        parts = urlsplit(self.path)
        path, query = parts.path, parts.query
        state = self.server.state
        hits = state.hit(self.path)
        reply = self._route(path, query, hits)
        if reply.action == "reset":
            self._reset_connection()
            return
        if reply.action == "sleep":
            time.sleep(faults.SLOW_SECONDS)
        self._send(reply, send_body=send_body)

    def _route(self, path: str, query: str, hits: int) -> faults.Reply:
        state = self.server.state
        base = self._base()
        html = {"Content-Type": "text/html; charset=utf-8"}
        if state.faults_enabled and (path.startswith("/faults/") or path.startswith("/private/")):
            return self._fault(path, query, hits)
        if state.faults_enabled and path.startswith("/shapes/"):
            shape = shapes.shape_reply(path, base, state.newest_first(), self._article_bytes)
            return shape or faults.Reply(404, html, b"<h1>404 Not Found</h1>")
        article = state.by_path(path)
        if article is not None:
            return faults.Reply(200, html, self._article_bytes(article))
        if path == "/":
            return faults.Reply(200, html, pages.home_html(state.newest_first()[:20]).encode())
        if path == "/news":
            return self._listing(query)
        if path == "/robots.txt":
            robots = pages.ROBOTS_TXT + (shapes.ROBOTS_EXTRA if state.faults_enabled else "")
            body = robots.format(base=base).encode()
            return faults.Reply(200, {"Content-Type": "text/plain; charset=utf-8"}, body)
        document = self._document(path, base)
        if document is not None:
            return self._conditional(*document)
        return faults.Reply(404, html, b"<h1>404 Not Found</h1>")

    def _article_bytes(self, article: Article) -> bytes:
        everyone = self.server.state.articles()
        see_also = [everyone[(article.number + k * 7) % len(everyone)] for k in range(1, 6)]
        see_also = [other for other in see_also if other.number != article.number]
        return pages.article_html(article, self._base(), see_also).encode()

    def _listing(self, query: str) -> faults.Reply:
        params = dict(part.split("=", 1) for part in query.split("&") if "=" in part)
        try:
            page = max(1, int(params.get("page", "1")))
        except ValueError:
            page = 1
        newest = self.server.state.newest_first()
        start = (page - 1) * pages.PAGE_SIZE
        chunk = newest[start : start + pages.PAGE_SIZE]
        if not chunk and page > 1:
            return faults.Reply(404, {"Content-Type": "text/html; charset=utf-8"}, b"<h1>No such page</h1>")
        body = pages.listing_html(chunk, page, has_next=start + pages.PAGE_SIZE < len(newest))
        return faults.Reply(200, {"Content-Type": "text/html; charset=utf-8"}, body.encode())

    def _document(self, path: str, base: str) -> tuple[bytes, datetime, str] | None:
        """Feeds and sitemaps: (body, last modified, content type)."""
        state = self.server.state
        newest = state.newest_first()
        latest = newest[0].published_at if newest else EPOCH
        if path == "/feeds/rss.xml":
            return pages.rss_xml(newest[: pages.FEED_SIZE], base).encode(), latest, "application/rss+xml"
        if path == "/feeds/atom.xml":
            return pages.atom_xml(newest[: pages.FEED_SIZE], base).encode(), latest, "application/atom+xml"
        if path == "/sitemaps/news.xml":
            return pages.news_sitemap_xml(newest[:100], base).encode(), latest, "application/xml"
        chunks = self._sitemap_chunks(state.articles())
        if path == "/sitemap_index.xml":
            entries = [("/sitemaps/news.xml", latest)] + [
                (f"/sitemaps/articles-{k}.xml", chunk[-1].published_at) for k, chunk in enumerate(chunks, 1)
            ]
            return pages.sitemap_index_xml(entries, base).encode(), latest, "application/xml"
        if path.startswith("/sitemaps/articles-") and path.endswith(".xml"):
            number = path.removeprefix("/sitemaps/articles-").removesuffix(".xml")
            if number.isdigit() and 1 <= int(number) <= len(chunks):
                chunk = chunks[int(number) - 1]
                return pages.urlset_xml(chunk, base).encode(), chunk[-1].published_at, "application/xml"
        return None

    @staticmethod
    def _sitemap_chunks(articles: list[Article]) -> list[list[Article]]:
        size = pages.SITEMAP_CHUNK
        return [articles[i : i + size] for i in range(0, len(articles), size)]

    def _fault_feed(self, base: str) -> bytes:
        """Good articles, fault pages and one off-site link, in one RSS feed."""
        good = [a for a in self.server.state.articles()[:5]]
        items = (
            "".join(f"<item><title>{a.title}</title><link>{base}{a.path}</link></item>" for a in good)
            + "".join(
                f"<item><title>Fault {path}</title><link>{base}{path}</link></item>"
                for path in faults.FAULT_ARTICLES
            )
            + "<item><title>Elsewhere</title><link>http://offsite.invalid/story.html</link></item>"
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Faults</title>'
            f"<link>{base}/</link><description>-</description>{items}</channel></rss>"
        ).encode()

    def _fault(self, path: str, query: str, hits: int) -> faults.Reply:
        if path == "/faults/feed.xml":
            return self._conditional(self._fault_feed(self._base()), EPOCH, "application/rss+xml")
        good = self.server.state.articles()
        article_html = self._article_bytes(good[0]) if good else b"<html></html>"
        reply = faults.fault_reply(path, query, hits, article_html)
        if reply is not None:
            return reply
        if path.startswith("/private/"):
            return faults.Reply(200, {"Content-Type": "text/html; charset=utf-8"}, article_html)
        return faults.Reply(404, {"Content-Type": "text/html; charset=utf-8"}, b"<h1>404 Not Found</h1>")

    # -- conditional requests ------------------------------------------------------------------
    def _conditional(self, body: bytes, modified: datetime, content_type: str) -> faults.Reply:
        etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
        headers = {
            "Content-Type": f"{content_type}; charset=utf-8",
            "ETag": etag,
            "Last-Modified": format_datetime(modified.astimezone(UTC), usegmt=True),
        }
        if_none_match = self.headers.get("If-None-Match")
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_none_match is not None:
            if etag in {tag.strip() for tag in if_none_match.split(",")}:
                return faults.Reply(304, headers, b"")
        elif if_modified_since:
            try:
                since = parsedate_to_datetime(if_modified_since)
            except (TypeError, ValueError):
                since = None
            if since is not None and modified.replace(microsecond=0) <= since:
                return faults.Reply(304, headers, b"")
        return faults.Reply(200, headers, body)

    # -- low level -----------------------------------------------------------------------------
    def _send(self, reply: faults.Reply, *, send_body: bool) -> None:
        try:
            self.send_response(reply.status)
            headers = dict(reply.headers or {})
            headers.setdefault("Content-Length", str(len(reply.body) if reply.status != 304 else 0))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            if send_body and reply.status != 304:
                self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (size cap, timeout): nothing to do

    def _reset_connection(self) -> None:
        """Abort with a TCP RST, as an overloaded proxy does."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()


class SiteHandle:
    """A running sample site."""

    def __init__(self, server: SampleSiteServer) -> None:
        self._server = server
        host, port = server.server_address[:2]
        self.base_url = f"http://{host}:{port}"

    @property
    def request_log(self) -> Counter[str]:
        """Requests served so far, per path (with query string)."""
        return self._server.state.request_log

    def requests_total(self) -> int:
        return sum(self._server.state.request_log.values())

    def reset_request_log(self) -> None:
        self._server.state.request_log.clear()

    def article_urls(self) -> list[str]:
        return [self.base_url + a.path for a in self._server.state.articles()]

    def add_articles(self, n: int, published_at: datetime | None = None) -> list[str]:
        """Publish ``n`` new articles (dated ``published_at`` when given); return their URLs."""
        return [self.base_url + a.path for a in self._server.state.add_articles(n, published_at)]


@contextmanager
def running_site(*, articles: int = 30, faults: bool = False, port: int = 0) -> Iterator[SiteHandle]:
    """Serve the sample site on 127.0.0.1 (``port=0``: any free port) while the block runs."""
    server = SampleSiteServer(("127.0.0.1", port), SiteState(articles, faults))
    thread = threading.Thread(target=server.serve_forever, name="sample-site", daemon=True)
    thread.start()
    try:
        yield SiteHandle(server)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
