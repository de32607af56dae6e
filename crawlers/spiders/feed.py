"""RSS / Atom feeds (parsed safely: no entity expansion)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scrapy.http import Response

from crawlers.parsing import HostileXML, MalformedXML, parse_feed
from crawlers.spiders.base import SourceSpider


class FeedMixin:
    def parse_feed(self: SourceSpider, response: Response) -> Iterable[Any]:
        if self.unchanged(response):
            return
        try:
            links = parse_feed(response.body)
        except HostileXML as exc:
            self.entry_failed(response, "xml_hostile", str(exc))
            return
        except MalformedXML as exc:
            self.entry_failed(response, "xml_malformed", str(exc))
            return
        self.run.counters.entry_ok += 1
        yield from self.article_requests(response, links)


class FeedSpider(FeedMixin, SourceSpider):
    name = "feed"
    kinds = ("feed",)
