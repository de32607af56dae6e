"""An article that redirects outside the source's domains is a failure of the source
(``offsite_redirect``), not a request Scrapy's offsite filter drops with a debug line.

Sits after RedirectMiddleware in the response path (a higher priority number), so it sees the 3xx
first; other redirects pass on unchanged."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response

from core.vocabulary import FailureKind
from crawlers.extensions.crawl_run import CrawlRun
from crawlers.registry import host_in_domains

RECORDED = "newsflow_failure_recorded"  # meta flag: the errback must not record it again


class OffsiteRedirectMiddleware:
    def __init__(self, run: CrawlRun) -> None:
        self.run = run

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OffsiteRedirectMiddleware:
        run = crawler.get_extension(CrawlRun)
        if run is None:
            raise NotConfigured("no crawl run")
        return cls(run)

    def process_response(self, request: Request, response: Response, spider: Spider) -> Response:
        location = response.headers.get(b"Location")
        if request.meta.get("role") != "article" or not (300 <= response.status < 400) or not location:
            return response
        target = urljoin(request.url, location.decode("latin-1"))
        if host_in_domains(urlsplit(target).hostname or "", self.run.source.domains):
            return response
        listed = (request.meta.get("redirect_urls") or [request.url])[0]
        self.run.record_failure(listed, FailureKind.OFFSITE_REDIRECT, f"redirected to {target}",
                                response.status, ancestors=request.meta.get("ancestors", []))
        request.meta[RECORDED] = True
        raise IgnoreRequest(f"article redirected off the source's domains to {target}")
