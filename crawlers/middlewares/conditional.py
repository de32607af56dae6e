"""Conditional requests for feeds and sitemaps: send the ETag / Last-Modified stored by the last
complete crawl, so an unchanged document costs a 304 and no parsing."""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request

from crawlers.extensions.crawl_run import CrawlRun


class ConditionalRequestMiddleware:
    def __init__(self, run: CrawlRun) -> None:
        self.run = run

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestMiddleware:
        run = crawler.get_extension(CrawlRun)
        if run is None:
            raise NotConfigured("no crawl run: no stored validators")
        return cls(run)

    def process_request(self, request: Request) -> None:
        if not request.meta.get("conditional"):
            return None
        stored = self.run.validators.get(request.url)
        if not stored:
            return None
        if stored.get("etag"):
            request.headers.setdefault(b"If-None-Match", stored["etag"])
        if stored.get("last_modified"):
            request.headers.setdefault(b"If-Modified-Since", stored["last_modified"])
        return None
