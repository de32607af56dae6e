"""Listing pages (section fronts, ``/news?page=N``): article links matching the source's link pattern,
then the next page, until a page shows an article already stored or ``max_pages`` is reached."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scrapy.http import Response, TextResponse

from crawlers.parsing import Link
from crawlers.spiders.base import SourceSpider

_NEXT = ('link[rel="next"]::attr(href)', 'a[rel="next"]::attr(href)', "a.next::attr(href)",
         'a[class*="next"]::attr(href)')


class ListingMixin:
    def parse_listing(self: SourceSpider, response: Response) -> Iterable[Any]:
        if not isinstance(response, TextResponse):
            self.entry_failed(response, "not_html", "listing page is not text")
            return
        self.run.counters.entry_ok += 1
        entry = response.meta["entry"]
        hrefs = dict.fromkeys(response.css("a::attr(href)").getall())
        yield from self.article_requests(response, [Link(url=href) for href in hrefs])
        page = response.meta.get("page", 1)
        if page >= entry.options.max_pages:
            return
        selectors = (f"{entry.options.next_selector}::attr(href)",) if entry.options.next_selector else _NEXT
        for selector in selectors:
            href = response.css(selector).get()
            if href:
                yield self.entry_request(entry, response.urljoin(href), ancestors=[], role="next_page",
                                         page=page + 1)
                break


class ListingSpider(ListingMixin, SourceSpider):
    name = "listing"
    kinds = ("listing",)
