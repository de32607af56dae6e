"""Sitemaps, Google News sitemaps and sitemap indexes (parsed safely: no entity expansion)."""

from __future__ import annotations

import re
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
        yield from self.take_fallback()
        if sitemap is None:
            return
        if not sitemap.is_index:
            self.stale_check(response, sitemap.links)
            yield from self.article_requests(response, sitemap.links)
            yield from self.take_fallback()
            return
        entry = response.meta["entry"]
        ancestors = [*response.meta.get("ancestors", []), response.url]
        oldest = datetime.min.replace(tzinfo=UTC)
        children = sorted(sitemap.links, key=lambda link: link.published or oldest, reverse=True)
        if entry.options.child_pattern:  # e.g. only sitemaps/page*, not tags or authors
            pattern = re.compile(entry.options.child_pattern)
            children = [child for child in children if pattern.search(response.urljoin(child.url))]
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
