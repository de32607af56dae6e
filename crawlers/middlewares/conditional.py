"""Conditional requests for feeds and sitemaps: send the ETag / Last-Modified stored by the last
complete crawl, so an unchanged document costs a 304 and no parsing."""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.http import Request


class ConditionalRequestMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if not request.meta.get("conditional"):
            return None
        run = getattr(self.crawler.spider, "run", None)
        stored = run.validators.get(request.url) if run is not None else None
        if not stored:
            return None
        if stored.get("etag"):
            request.headers.setdefault(b"If-None-Match", stored["etag"])
        if stored.get("last_modified"):
            request.headers.setdefault(b"If-Modified-Since", stored["last_modified"])
        return None
