"""Baseline for bench_crawl.py: the same site crawled by a bare Scrapy spider (sitemap -> articles,
no middlewares of ours, no checks, no database). Run with ``scrapy runspider``; ``-a base=URL``."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy


class BareSitemapSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, base: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.base = base

    async def start(self) -> AsyncIterator[scrapy.Request]:
        yield scrapy.Request(f"{self.base}/sitemap_index.xml", callback=self.parse_sitemap)

    def parse_sitemap(self, response: scrapy.http.Response) -> Iterator[scrapy.Request]:
        for url in re.findall(rb"<loc>([^<]+)</loc>", response.body):
            url = url.decode()
            callback = self.parse_sitemap if url.endswith(".xml") else self.parse_article
            yield scrapy.Request(url, callback=callback)

    def parse_article(self, response: scrapy.http.Response) -> Iterator[dict[str, Any]]:
        yield {"url": response.url, "size": len(response.body)}
