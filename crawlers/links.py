"""Which links of a feed, sitemap or listing page are articles of the source.

Pure functions (no Scrapy), shared by the spiders and the fixture tests of real sources."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from core.urls import canonicalize
from crawlers.parsing import Link
from crawlers.registry import host_in_domains

_NEXT = (
    'link[rel="next"]::attr(href)',
    'a[rel="next"]::attr(href)',
    "a.next::attr(href)",
    'a[class*="next"]::attr(href)',
)


def select_links(
    links: Iterable[Link], base_url: str, pattern: str | None, domains: list[str]
) -> tuple[list[Link], list[str]]:
    """(article links made absolute, whose canonical form (no tracking parameters, no ``www.``)
    matches ``pattern``, on ``domains``; off-site article URLs).
    Duplicates are dropped, the order kept."""
    matcher = re.compile(pattern) if pattern else None
    accepted: dict[str, Link] = {}
    offsite: list[str] = []
    for link in links:
        url = urljoin(base_url, link.url.strip())
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or (matcher and not matcher.search(canonicalize(url))):
            continue
        if not host_in_domains(parts.hostname or "", domains):
            offsite.append(url)
            continue
        accepted.setdefault(url, Link(url=url, published=link.published, title=link.title))
    return list(accepted.values()), offsite


def listing_links(html: str) -> list[Link]:
    """Every ``<a href>`` of a listing page, in page order."""
    return [Link(url=href) for href in dict.fromkeys(Selector(text=html).css("a::attr(href)").getall())]


def next_page(html: str, base_url: str, next_selector: str | None = None) -> str | None:
    """The "next / older" page of a listing, from ``next_selector`` or rel=next / a.next."""
    selector = Selector(text=html)
    for css in (f"{next_selector}::attr(href)",) if next_selector else _NEXT:
        href = selector.css(css).get()
        if href:
            return urljoin(base_url, href.strip())
    return None
