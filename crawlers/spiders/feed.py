"""RSS / Atom feeds (parsed safely: no entity expansion)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scrapy.http import Response

from crawlers.parsing import parse_feed
from crawlers.spiders.base import SourceSpider


class FeedMixin:
    def parse_feed(self: SourceSpider, response: Response) -> Iterable[Any]:
        links = self.parse_entry(response, parse_feed)
        if links is not None:
            self.stale_check(response, links)
            yield from self.article_requests(response, links)
        yield from self.take_fallback()


class FeedSpider(FeedMixin, SourceSpider):
    name = "feed"
    kinds = ("feed",)
