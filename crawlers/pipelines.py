"""Item pipeline: every fetched article page goes into ``raw_pages`` losslessly, in batches."""

from __future__ import annotations

from dataclasses import fields

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawlers.extensions.crawl_run import CrawlRun
from crawlers.items import RawPage


class RawPageStorePipeline:
    """Hands pages to the crawl's ``CrawlRun``, which inserts them in batches (and flushes at close)."""

    def __init__(self, run: CrawlRun) -> None:
        self.run = run

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RawPageStorePipeline:
        run = crawler.get_extension(CrawlRun)
        if run is None:
            raise NotConfigured("no crawl run to store pages in")
        return cls(run)

    def process_item(self, item: RawPage) -> RawPage:
        # A shallow dict: dataclasses.asdict deep-copies the body and headers of every page.
        self.run.add_page({f.name: getattr(item, f.name) for f in fields(item)})
        return item

    def close_spider(self) -> None:
        if not self.run.closed:
            self.run.flush()
