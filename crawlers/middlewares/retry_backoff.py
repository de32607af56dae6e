"""Scrapy's retries (5xx, timeouts, resets) with exponential backoff between attempts.

Settings: ``RETRY_BACKOFF_BASE`` (seconds before the first retry), ``RETRY_BACKOFF_MAX``."""

from __future__ import annotations

import asyncio

from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Request
from scrapy.settings import BaseSettings
from scrapy.utils.reactor import is_asyncio_reactor_installed


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 30.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffRetryMiddleware:
        middleware = cls(crawler.settings)
        middleware.crawler = crawler
        return middleware

    def _retry(self, request: Request, reason: str | Exception | type[Exception]) -> Request | None:
        retry = super()._retry(request, reason)
        if retry is not None:
            attempt = retry.meta.get("retry_times", 1)
            retry.meta["retry_delay"] = min(self.cap, self.base * 2 ** (attempt - 1))
        return retry

    async def process_request(self, request: Request) -> None:
        delay = request.meta.pop("retry_delay", 0)
        if delay > 0:
            if is_asyncio_reactor_installed():
                await asyncio.sleep(delay)
            else:  # pragma: no cover - the project runs the asyncio reactor
                from twisted.internet import reactor
                from twisted.internet.task import deferLater

                await deferLater(reactor, delay)
        return None
