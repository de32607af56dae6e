"""Listing pages (section fronts, ``/news?page=N``): article links matching the source's link pattern,
then the next page, until a page shows an article already stored or ``max_pages`` is reached."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scrapy.http import Response, TextResponse

from core.vocabulary import FailureKind
from crawlers.extensions.crawl_run import Tally
from crawlers.links import listing_links, next_page
from crawlers.spiders.base import SourceSpider


class ListingMixin:
    def parse_listing(self: SourceSpider, response: Response) -> Iterable[Any]:
        if not isinstance(response, TextResponse):
            self.entry_failed(response, FailureKind.NOT_HTML, "listing page is not text")
            return
        self.run.count(Tally.ENTRY_OK)
        entry = response.meta["entry"]
        yield from self.article_requests(response, listing_links(response.text))
        page = response.meta.get("page", 1)
        if page >= entry.options.max_pages:
            return
        url = next_page(response.text, response.url, entry.options.next_selector)
        if url:
            yield self.entry_request(entry, url, ancestors=[], role="next_page", page=page + 1)


class ListingSpider(ListingMixin, SourceSpider):
    name = "listing"
    kinds = ("listing",)
