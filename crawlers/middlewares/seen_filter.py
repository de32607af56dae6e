"""New articles only. For each page a spider parsed, the article requests it produced are checked in
one query against ``raw_pages`` and ``articles`` (by canonical URL); known ones are dropped, as are
duplicates within the run. A listing page that links to a known article stops paging (newest-first
listings: everything older is known too). ``--limit`` caps the article requests of a run."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response

from core.urls import canonicalize
from crawlers.extensions.crawl_run import CrawlRun, Tally

log = logging.getLogger(__name__)


class SeenUrlFilterMiddleware:
    def __init__(self, run: CrawlRun) -> None:
        self.run = run
        self.scheduled: set[str] = set()
        # Known articles and those turned away by --limit count once each: feed, sitemap and
        # listing list the same articles.
        self.left_for_later: set[str] = set()
        self.found_known: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SeenUrlFilterMiddleware:
        run = crawler.get_extension(CrawlRun)
        if run is None:
            raise NotConfigured("no crawl run: nothing to compare against")
        return cls(run)

    async def process_spider_output(
        self, response: Response, result: AsyncIterator[Any]
    ) -> AsyncIterator[Any]:
        run = self.run
        buffered = [item async for item in result]
        articles = [r for r in buffered if isinstance(r, Request) and r.meta.get("role") == "article"]
        canonical = {id(r): canonicalize(r.url) for r in articles}
        known = run.known(sorted(set(canonical.values()) - self.scheduled))
        limit = run.order.limit
        reached_known = any(key in known for key in canonical.values())
        for item in buffered:
            role = item.meta.get("role") if isinstance(item, Request) else None
            if role == "article":
                key = canonical[id(item)]
                if key in known:
                    if key not in self.found_known:
                        self.found_known.add(key)
                        run.count(Tally.LINKS_KNOWN)
                    continue
                if key in self.scheduled:
                    continue
                if limit is not None and run.tally(Tally.ARTICLES_REQUESTED) >= limit:
                    if key not in self.left_for_later:
                        self.left_for_later.add(key)
                        run.count(Tally.LINKS_DROPPED_BY_LIMIT)
                    run.mark_incomplete(item.meta.get("ancestors", []))
                    continue
                self.scheduled.add(key)
                run.count(Tally.ARTICLES_REQUESTED)
                yield item
            elif role == "next_page" and reached_known:
                log.info("listing %s reached known articles: not paging further", response.url)
            else:
                yield item
