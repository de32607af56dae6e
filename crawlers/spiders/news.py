"""``news``: every entry point of a source, whatever its kind (the default spider of a source)."""

from __future__ import annotations

from crawlers.spiders.base import SourceSpider
from crawlers.spiders.feed import FeedMixin
from crawlers.spiders.listing import ListingMixin
from crawlers.spiders.sitemap import SitemapMixin


class NewsSpider(FeedMixin, SitemapMixin, ListingMixin, SourceSpider):
    name = "news"
    kinds = ("feed", "sitemap", "listing")
