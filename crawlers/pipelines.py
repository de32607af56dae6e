"""Item pipeline: every fetched article page goes into ``raw_pages`` losslessly, in batches."""

from __future__ import annotations

from dataclasses import fields

from scrapy.crawler import Crawler

from crawlers.items import RawPage


class RawPageStorePipeline:
    """Hands pages to the spider's ``CrawlRun``, which inserts them in batches (and flushes at close)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RawPageStorePipeline:
        return cls(crawler)

    def process_item(self, item: RawPage) -> RawPage:
        run = self.crawler.spider.run  # type: ignore[union-attr]
        # A shallow dict: dataclasses.asdict deep-copies the body and headers of every page.
        run.add_page({f.name: getattr(item, f.name) for f in fields(item)})
        return item

    def close_spider(self) -> None:
        run = getattr(self.crawler.spider, "run", None)
        if run is not None and not run.closed:
            run.flush()
