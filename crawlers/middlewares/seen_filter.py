"""New articles only. For each page a spider parsed, the article requests it produced are checked in
one query against ``raw_pages`` and ``articles`` (by canonical URL); known ones are dropped, as are
duplicates within the run. A listing page that links to a known article stops paging (newest-first
listings: everything older is known too). ``--limit`` caps the article requests of a run."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

from scrapy.crawler import Crawler
from scrapy.http import Request, Response

from core.urls import canonicalize

log = logging.getLogger(__name__)


class SeenUrlFilterMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.scheduled: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SeenUrlFilterMiddleware:
        return cls(crawler)

    async def process_spider_output(
        self, response: Response, result: AsyncIterator[Any]
    ) -> AsyncIterator[Any]:
        spider = self.crawler.spider
        run = getattr(spider, "run", None)
        if run is None:
            async for item in result:
                yield item
            return
        buffered = [item async for item in result]
        articles = [r for r in buffered if isinstance(r, Request) and r.meta.get("role") == "article"]
        canonical = {id(r): canonicalize(r.url) for r in articles}
        known = run.known(sorted(set(canonical.values()) - self.scheduled))
        counters = run.counters
        limit = getattr(spider, "limit", None)
        reached_known = any(key in known for key in canonical.values())
        for item in buffered:
            role = item.meta.get("role") if isinstance(item, Request) else None
            if role == "article":
                key = canonical[id(item)]
                if key in known:
                    counters.links_known += 1
                    continue
                if key in self.scheduled:
                    continue
                if limit is not None and counters.articles_requested >= limit:
                    counters.links_dropped_by_limit += 1
                    run.mark_incomplete(item.meta.get("ancestors", []))
                    continue
                self.scheduled.add(key)
                counters.articles_requested += 1
                yield item
            elif role == "next_page" and reached_known:
                log.info("listing %s reached known articles: not paging further", response.url)
            else:
                yield item
