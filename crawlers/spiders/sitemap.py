"""Sitemaps, Google News sitemaps and sitemap indexes (parsed safely: no entity expansion)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from scrapy.http import Response

from core.vocabulary import NoteKind
from crawlers.parsing import parse_sitemap
from crawlers.registry import host_in_domains
from crawlers.spiders.base import SourceSpider


class SitemapMixin:
    def parse_sitemap(self: SourceSpider, response: Response) -> Iterable[Any]:
        sitemap = self.parse_entry(response, parse_sitemap)
        if sitemap is None:
            return
        if not sitemap.is_index:
            yield from self.article_requests(response, sitemap.links)
            return
        entry = response.meta["entry"]
        ancestors = [*response.meta.get("ancestors", []), response.url]
        oldest = datetime.min.replace(tzinfo=UTC)
        children = sorted(sitemap.links, key=lambda link: link.published or oldest, reverse=True)
        for child in children[: entry.options.max_sitemaps]:
            url = response.urljoin(child.url)
            if not host_in_domains(urlsplit(url).hostname or "", self.source.domains):
                self.run.record_failure(url, NoteKind.OFFSITE, f"sitemap index {response.url} lists it")
                continue
            if self.since and child.published and child.published.date() < self.since:
                self.run.mark_incomplete(ancestors)
                continue
            yield self.entry_request(entry, url, ancestors=ancestors)


class SitemapSpider(SitemapMixin, SourceSpider):
    name = "sitemap"
    kinds = ("sitemap",)
