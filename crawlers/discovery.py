"""Finding a source's feeds and sitemaps from its homepage, for when a configured entry point is gone
(404/410), is not a feed, or is stale.

Pure functions on documents already fetched, so the crawl fetches them through Scrapy (same
politeness, robots.txt and private-address guard) and ``newsflow sources probe`` shows the same
answer. Where trafilatura has well-kept code it is used: ``trafilatura.feeds.determine_feed``
(``<link rel="alternate">`` of feed types, then feed-looking ``<a>`` links) and
``trafilatura.sitemaps.extract_robots_sitemaps`` (``Sitemap:`` lines); then the common paths.

Candidates are kept to the source's domains and to the homepage's path (a homepage
``https://site/en/`` does not adopt ``https://site/sitemap.xml`` of another edition).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal
from urllib.parse import urljoin, urlsplit

from crawlers.parsing import HostileXML, Link, MalformedXML, parse_feed, parse_sitemap
from crawlers.registry import host_in_domains

DocKind = Literal["feed", "sitemap"]

# Paths under a homepage where feeds and sitemaps usually are (WordPress, Drupal, news CMSs),
# after trafilatura's sitemap guesses. Tried only when the homepage and robots.txt name nothing usable.
COMMON_FEED_PATHS = ("feed", "feed/", "rss", "rss.xml", "feed.xml", "atom.xml", "index.xml", "feeds/rss.xml")


def sitemap_guesses() -> tuple[str, ...]:
    from trafilatura.sitemaps import GUESSES

    return tuple(GUESSES)


@dataclass(frozen=True)
class Candidate:
    url: str
    kind: DocKind | None  # None: to be decided from the document
    found_via: str  # "homepage link", "robots.txt", "common path"


@dataclass(frozen=True)
class Verdict:
    """What a fetched candidate is: usable or not, and why."""

    kind: DocKind | None
    links: list[Link]
    is_index: bool = False
    problem: str = ""  # empty when usable

    @property
    def usable(self) -> bool:
        return not self.problem


def robots_url(homepage: str) -> str:
    parts = urlsplit(homepage)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


def in_scope(url: str, homepage: str, domains: list[str]) -> bool:
    """On the source's domains and under the homepage's path."""
    parts, home = urlsplit(url), urlsplit(homepage)
    if not host_in_domains(parts.hostname or "", domains):
        return False
    prefix = home.path if home.path.endswith("/") else home.path.rsplit("/", 1)[0] + "/"
    return (parts.path or "/").startswith(prefix)


def feeds_linked(html: str, page_url: str) -> list[str]:
    """Feed URLs a page links (``<link rel="alternate" type="application/rss+xml">`` first)."""
    from courlan import get_hostinfo
    from trafilatura.feeds import FeedParameters, determine_feed

    domain, base = get_hostinfo(page_url)  # domain is None for an IP address: the host then
    if not base or not html.strip():
        return []
    return determine_feed(html, FeedParameters(base, domain or urlsplit(page_url).hostname or "", page_url))


def sitemaps_in_robots(robots_txt: str, robots_at: str) -> list[str]:
    from trafilatura.sitemaps import extract_robots_sitemaps

    parts = urlsplit(robots_at)
    return extract_robots_sitemaps(robots_txt, f"{parts.scheme}://{parts.netloc}")


def candidates(
    homepage: str,
    domains: list[str],
    *,
    homepage_html: str | None,
    robots_txt: str | None,
    exclude: Iterable[str] = (),
) -> list[Candidate]:
    """Where to look, best first: feeds the homepage links, sitemaps robots.txt names, common paths."""
    skip = set(exclude)
    found: list[Candidate] = []

    def add(url: str, kind: DocKind | None, via: str) -> None:
        if url not in skip and in_scope(url, homepage, domains):
            skip.add(url)
            found.append(Candidate(url, kind, via))

    for url in feeds_linked(homepage_html or "", homepage):
        add(url, "feed", "homepage link")
    for url in sitemaps_in_robots(robots_txt or "", robots_url(homepage)):
        add(url, "sitemap", "robots.txt")
    base = homepage if homepage.endswith("/") else homepage + "/"
    for path in COMMON_FEED_PATHS:
        add(urljoin(base, path), "feed", "common path")
    for path in sitemap_guesses():
        add(urljoin(base, path), "sitemap", "common path")
    return found


def looks_like_html(body: bytes) -> bool:
    head = body[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:200]


def newest(links: Iterable[Link]) -> datetime | None:
    dates = [link.published for link in links if link.published]
    return max(dates) if dates else None


def stale_since(links: list[Link], now: datetime, days: int) -> datetime | None:
    """The newest item's date when every dated item is older than ``days`` (None: fresh or undated)."""
    latest = newest(links)
    if latest is not None and latest.astimezone(UTC) < now - timedelta(days=days):
        return latest
    return None


def judge(body: bytes, *, now: datetime, stale_after_days: int, expected: DocKind | None = None) -> Verdict:
    """Whether a fetched document is a usable feed or sitemap: parseable, listing something, fresh."""
    if not body.strip():
        return Verdict(None, [], problem="empty")
    if looks_like_html(body):
        return Verdict(None, [], problem="an HTML page, not a feed or sitemap")
    order: list[DocKind] = ["sitemap", "feed"] if expected == "sitemap" else ["feed", "sitemap"]
    problem = "neither a feed nor a sitemap"
    for kind in order:
        try:
            if kind == "sitemap":
                sitemap = parse_sitemap(body)
                links, is_index = sitemap.links, sitemap.is_index
            else:
                links, is_index = parse_feed(body), False
        except (HostileXML, MalformedXML) as exc:
            problem = str(exc)
            continue
        if not links:
            problem = f"a {kind} listing nothing"
            continue
        latest = stale_since(links, now, stale_after_days)
        if latest is not None:
            return Verdict(kind, links, is_index, problem=f"stale: newest item {latest:%Y-%m-%d}")
        return Verdict(kind, links, is_index)
    return Verdict(None, [], problem=problem)
