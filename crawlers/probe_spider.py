"""The spider behind ``newsflow sources probe`` and ``sources add`` (run by ``crawlers.probe`` with
``scrapy runspider``, outside ``crawlers/spiders`` so no registry entry can name it).

It fetches what a crawl's discovery would fetch, through the project's Scrapy settings (robots.txt
obeyed, the User-Agent, throttling, size caps, the private-address guard and resolver): each
configured entry point, the homepage, robots.txt, then discovery's candidates one at a time, best
first, until one usable feed and one usable sitemap are found (at most ``MAX_CANDIDATES``). Nothing is
stored: the crawl-run extension, the pipeline and the database-backed middlewares are switched off,
and the findings are written as JSON to the ``out`` file."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.settings import BaseSettings
from twisted.python.failure import Failure

from crawlers import discovery
from crawlers.failures import classify
from crawlers.links import listing_links, select_links
from crawlers.spiders.fallback import MAX_CANDIDATES

# Parts of a crawl that need its database row; a probe stores nothing.
_OFF = {
    "EXTENSIONS": ("crawlers.extensions.crawl_run.CrawlRun",),
    "ITEM_PIPELINES": ("crawlers.pipelines.RawPageStorePipeline",),
    "SPIDER_MIDDLEWARES": ("crawlers.middlewares.seen_filter.SeenUrlFilterMiddleware",),
    "DOWNLOADER_MIDDLEWARES": ("crawlers.middlewares.conditional.ConditionalRequestMiddleware",
                               "crawlers.middlewares.offsite_redirect.OffsiteRedirectMiddleware"),
}


@dataclass
class Doc:
    """One fetched (or not yet fetched) document and what it turned out to be."""

    url: str
    kind: str | None  # what it is expected to be: feed, sitemap, listing; None: to be decided
    via: str  # "registry", "homepage link", "robots.txt", "common path"
    tried: bool = False
    status: int | None = None
    error: str = ""  # the request failed (kind: detail)
    found: str | None = None  # what it is: feed, sitemap, listing
    items: int = 0
    newest: str | None = None
    index: bool = False
    problem: str = ""  # fetched but not usable as is (HTML, stale, nothing listed...)
    falls_back: bool = False  # a crawl replaces it by discovery (404/410, not a feed, stale)


class ProbeSpider(scrapy.Spider):
    name = "probe"

    def __init__(self, target: str = "{}", out: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        spec = json.loads(target)
        self.homepage: str | None = spec.get("homepage")
        self.domains: list[str] = spec["domains"]
        self.allowed_domains = list(self.domains)
        self.stale_after_days: int = spec.get("stale_after_days", 30)
        self.source_settings: dict[str, Any] = spec.get("settings", {})
        self.patterns = [entry.get("link_pattern") for entry in spec.get("entries", [])]
        self.entries = [Doc(entry["url"], entry["kind"], "registry") for entry in spec.get("entries", [])]
        self.out = out
        self.home = Doc(self.homepage, None, "homepage") if self.homepage else None
        self.robots = Doc(discovery.robots_url(self.homepage), None, "robots.txt") if self.homepage else None
        self.lang: str | None = None
        self.title: str | None = None
        self.pages: dict[str, str | None] = {}
        self.candidates: list[Doc] = []
        self.tried = 0

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        for name, paths in _OFF.items():
            components = settings.getdict(name)
            components.update(dict.fromkeys(paths))
            settings.set(name, components, priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> ProbeSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        for key, value in spider.source_settings.items():  # the source's own (allow-listed) settings
            crawler.settings.set(key, value, priority="spider")
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for index, doc in enumerate(self.entries):
            yield self._request(doc, self._entry, index=index)
        if self.home and self.robots:
            yield self._request(self.home, self._page, step="home")
            yield self._request(self.robots, self._page, step="robots")

    def _request(self, doc: Doc, callback: Any, **meta: Any) -> scrapy.Request:
        doc.tried = True
        # Only the homepage and robots.txt skip the filters (an entry point may be the homepage):
        # the offsite filter must see the others, or a redirect would be followed off the domains.
        pages = doc in (self.home, self.robots)
        return scrapy.Request(doc.url, callback=callback, errback=self._missed, dont_filter=pages,
                              meta={"doc": doc, **meta})

    # -- configured entry points -------------------------------------------------------------------
    def _entry(self, response: Response) -> None:
        doc: Doc = response.meta["doc"]
        doc.status = response.status
        if doc.kind == "listing":
            self._listing(doc, response, self.patterns[response.meta["index"]])
            return
        self._judge(doc, response.body)
        doc.falls_back = doc.problem.startswith(("an HTML page", "stale"))

    def _listing(self, doc: Doc, response: Response, pattern: str | None) -> None:
        if not isinstance(response, TextResponse):
            doc.problem = "a listing page that is not text"
            return
        accepted, _offsite = select_links(listing_links(response.text), response.url, pattern, self.domains)
        doc.found, doc.items = "listing", len(accepted)
        if not accepted:
            doc.problem = "no link matches the link pattern"

    def _judge(self, doc: Doc, body: bytes) -> None:
        verdict = discovery.judge(body, now=datetime.now(UTC), stale_after_days=self.stale_after_days,
                                  expected=doc.kind)  # type: ignore[arg-type]
        latest = discovery.newest(verdict.links)
        doc.found, doc.items, doc.index = verdict.kind, len(verdict.links), verdict.is_index
        doc.newest = latest.isoformat() if latest else None
        # A crawl follows an index's children and judges freshness there, not on the index.
        doc.problem = "" if verdict.is_index and verdict.problem.startswith("stale") else verdict.problem

    def _missed(self, failure: Failure) -> Any:
        request = failure.request  # type: ignore[attr-defined]
        doc: Doc = request.meta["doc"]
        kind, detail, status = classify(failure)
        doc.status, doc.error = status, f"{kind}: {detail}"
        if doc.via == "registry":
            doc.falls_back = status in (404, 410)
            return None
        if doc in (self.home, self.robots):
            return self._after_page(request.meta["step"], None)
        return self._next_candidate()

    # -- discovery -----------------------------------------------------------------------------------
    def _page(self, response: Response) -> Any:
        doc: Doc = response.meta["doc"]
        doc.status = response.status
        text = response.text if isinstance(response, TextResponse) else None
        if doc is self.home and text is not None:
            declared = response.xpath("/html/@lang").get() or response.xpath("/html/@xml:lang").get()
            self.lang = _language(declared)
            self.title = " ".join((response.xpath("//title/text()").get() or "").split()) or None
        return self._after_page(response.meta["step"], text)

    def _after_page(self, step: str, text: str | None) -> Any:
        self.pages[step] = text
        if len(self.pages) < 2:
            return None
        if self.home and self.robots and self.home.status is None and self.robots.status is None:
            return None  # the site did not answer at all (refused, DNS, private): paths would not either
        found = discovery.candidates(
            self.homepage or "", self.domains, homepage_html=self.pages.get("home"),
            robots_txt=self.pages.get("robots"), exclude=[doc.url for doc in self.entries],
        )
        self.candidates = [Doc(c.url, c.kind, c.found_via) for c in found]
        return self._next_candidate()

    def _next_candidate(self) -> Any:
        have = {doc.found for doc in self.candidates if doc.tried and doc.found and not doc.problem}
        for doc in self.candidates:
            if self.tried >= MAX_CANDIDATES or have >= {"feed", "sitemap"}:
                return None
            if doc.tried or doc.kind in have:
                continue
            self.tried += 1
            return self._request(doc, self._candidate)
        return None

    def _candidate(self, response: Response) -> Any:
        doc: Doc = response.meta["doc"]
        doc.status = response.status
        self._judge(doc, response.body)
        return self._next_candidate()

    def closed(self, reason: str) -> None:
        docs = [*self.entries, *self.candidates, *(d for d in (self.home, self.robots) if d)]
        for doc in docs:  # asked but never answered: Scrapy drops an off-site redirect silently
            if doc.tried and doc.status is None and not doc.error:
                doc.error = f"no answer (redirected off {self.domains}, or the probe stopped: {reason})"
        report = {
            "reason": reason, "lang": self.lang, "title": self.title,
            "home": asdict(self.home) if self.home else None,
            "robots": asdict(self.robots) if self.robots else None,
            "entries": [asdict(doc) for doc in self.entries],
            "candidates": [asdict(doc) for doc in self.candidates],
        }
        with open(self.out, "w", encoding="utf-8") as file:
            json.dump(report, file)


def _language(value: str | None) -> str | None:
    """``en-GB`` -> ``en``; None unless it starts with a two-letter code."""
    match = re.match(r"\s*([a-zA-Z]{2})(?:[-_]|\s*$)", value or "")
    return match.group(1).lower() if match else None
