"""What every generic spider shares: the source (given as JSON by the runner, or read from the registry
by name), the crawl run (the ``CrawlRun`` extension), article pages, and the errback that records each
failure as a ``fetch_failures`` row."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import AsyncIterator, Callable, Iterable
from datetime import UTC, date, datetime
from functools import cached_property
from typing import Any, ClassVar, TypeVar

import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Response
from twisted.python.failure import Failure

from core.urls import canonicalize
from core.vocabulary import FailureKind, NoteKind
from crawlers import checks, discovery
from crawlers.extensions.crawl_run import CrawlOrder, CrawlRun, Tally, crawl_run
from crawlers.failures import classify
from crawlers.items import RawPage
from crawlers.links import select_links
from crawlers.parsing import HostileXML, Link, MalformedXML
from crawlers.registry import EntryPoint, Source, get_source
from crawlers.spiders.fallback import FallbackMixin

log = logging.getLogger(__name__)
T = TypeVar("T")


class SourceSpider(FallbackMixin, scrapy.Spider):
    """Base of the generic spiders; ``kinds`` are the entry-point kinds a spider follows.

    Arguments: ``source`` (a registry name), ``source_json`` (the validated source, from the runner:
    the registry is then not read again), ``source_id`` (its ``sources`` row, already upserted),
    ``crawl_run_id``, ``limit``, ``since``, ``sources_file`` (another registry, by hand)."""

    name = ""  # abstract: the spider loader skips classes without a name
    kinds: ClassVar[tuple[str, ...]] = ()

    def __init__(
        self,
        source: str | None = None,
        source_json: str | None = None,
        source_id: str | None = None,
        crawl_run_id: str | None = None,
        limit: str | None = None,
        since: str | None = None,
        sources_file: str | None = None,
        **kwargs: Any,
    ) -> None:
        if not source and not source_json:
            raise ValueError(f"spider {self.name!r} needs -a source=<name from the registry>")
        super().__init__(**kwargs)
        if source_json:
            self.source: Source = Source.model_validate_json(source_json)
            if source and source != self.source.name:
                raise ValueError(f"source={source!r} but source_json describes {self.source.name!r}")
        else:
            self.source = get_source(str(source), sources_file)
        self.allowed_domains = list(self.source.domains)
        self.crawl_order = CrawlOrder(
            self.source,
            spider=self.name,
            source_id=int(source_id) if source_id else None,
            run_id=int(crawl_run_id) if crawl_run_id else None,
            limit=int(limit) if limit not in (None, "") else None,
            since=date.fromisoformat(since) if since else None,
        )
        self.since = self.crawl_order.since

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> SourceSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        for key, value in spider.source.settings.items():
            crawler.settings.set(key, value, priority="spider")
        return spider

    @cached_property
    def run(self) -> CrawlRun:
        return crawl_run(self.crawler)

    # -- entry points ---------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[Any]:
        for entry in self.source.entry_points:
            if entry.kind in self.kinds:
                yield self.entry_request(entry, entry.url, ancestors=[])

    def entry_request(
        self, entry: EntryPoint, url: str, *, ancestors: list[str], role: str = "entry", page: int = 1
    ) -> scrapy.Request:
        self.run.count(Tally.ENTRY_REQUESTS)
        conditional = entry.kind in ("feed", "sitemap")
        return scrapy.Request(
            url,
            callback=getattr(self, f"parse_{entry.kind}"),
            errback=self.on_error,
            meta={
                "role": role,
                "entry": entry,
                "ancestors": ancestors,
                "conditional": conditional,
                "page": page,
                "handle_httpstatus_list": [304] if conditional else [],
            },
        )

    def unchanged(self, response: Response) -> bool:
        """True (and counted) when a feed/sitemap is unchanged since the last complete crawl."""
        stored = self.run.validators.get(response.url)
        sha = hashlib.sha256(response.body).hexdigest()
        if response.status == 304 or (stored and stored.get("body_sha256") == sha):
            self.run.count(Tally.ENTRY_UNCHANGED)
            return True
        self.run.doc(response.url).validator = {
            "url": response.url,
            "etag": _header(response, b"ETag"),
            "last_modified": _header(response, b"Last-Modified"),
            "body_sha256": sha,
        }
        return False

    def article_requests(self, response: Response, links: Iterable[Link]) -> Iterable[scrapy.Request]:
        """Requests for the article links a document listed, after pattern, domain and date filters."""
        entry: EntryPoint = response.meta["entry"]
        ancestors = [*response.meta.get("ancestors", []), response.url]
        accepted, offsite = select_links(links, response.url, entry.options.link_pattern, self.source.domains)
        self.run.count(Tally.LINKS_LISTED, len(accepted) + len(offsite))
        for url in offsite:
            outside = f"listed by {response.url}, outside {self.source.domains}"
            self.run.record_failure(url, NoteKind.OFFSITE, outside)
        for link in accepted:
            if self.since and link.published and link.published.astimezone(UTC).date() < self.since:
                # Left out by choice, not done: keep the document unvalidated so a run without
                # --since still finds these articles.
                self.run.count(Tally.LINKS_TOO_OLD)
                self.run.mark_incomplete(ancestors)
                continue
            yield scrapy.Request(
                link.url,
                callback=self.parse_article,
                errback=self.on_error,
                meta={
                    "role": "article",
                    "ancestors": ancestors,
                    "found_via": response.url,
                    "published": link.published.isoformat() if link.published else None,
                    "listed_title": link.title,
                },
            )

    # -- articles ---------------------------------------------------------------------------------
    def parse_article(self, response: Response) -> Iterable[RawPage]:
        ancestors = response.meta.get("ancestors", [])
        listed_url = (response.meta.get("redirect_urls") or [response.url])[0]
        problem = checks.problem(response)
        if problem:
            kind, detail = problem
            self.run.record_failure(listed_url, kind, detail, response.status, ancestors=ancestors)
            return
        encoding, note = checks.decide_encoding(response)
        if note:
            self.run.record_failure(listed_url, NoteKind.CHARSET_MISMATCH, note, response.status)
        yield RawPage(
            url=listed_url,
            canonical_url=canonicalize(listed_url),
            final_url=response.url,
            status=response.status,
            headers={
                key.decode("latin-1"): ", ".join(v.decode("latin-1") for v in values)
                for key, values in response.headers.items()
            },
            body=response.body,
            body_sha256=hashlib.sha256(response.body).hexdigest(),
            encoding=encoding,
            found_via=response.meta.get("found_via"),
            listed_published_at=response.meta.get("published"),
            listed_title=_clean_title(response.meta.get("listed_title")),
        )

    # -- failures -------------------------------------------------------------------------------------
    def on_error(self, failure: Failure) -> list[scrapy.Request]:
        request = failure.request  # type: ignore[attr-defined]
        if request.meta.get("newsflow_failure_recorded"):  # crawlers.middlewares.offsite_redirect
            return []
        kind, detail, status = classify(failure)
        role = request.meta.get("role")
        is_entry = role in ("entry", "next_page")
        ancestors = list(request.meta.get("ancestors", []))
        if is_entry:
            ancestors.append(request.url)
        redirects = request.meta.get("redirect_urls") or []
        listed_url = (redirects or [request.url])[0]
        entry: EntryPoint | None = request.meta.get("entry")
        moved = role == "entry" and status in (404, 410) and entry is not None and request.url == entry.url
        if moved:
            kind = FailureKind.ENTRY_GONE
        self.run.record_failure(listed_url, kind, detail, status, ancestors=ancestors, entry=is_entry)
        return self.fall_back(entry, request.url, f"HTTP {status}") if moved and entry else []

    def parse_entry(self, response: Response, parser: Callable[[bytes], T]) -> T | None:
        """A changed feed/sitemap parsed safely; None (and recorded) when unchanged or unreadable."""
        if self.unchanged(response):
            return None
        if discovery.looks_like_html(response.body):
            self.entry_failed(response, FailureKind.NOT_A_FEED, "an HTML page, not a feed or sitemap")
            entry: EntryPoint = response.meta["entry"]
            if response.url == entry.url or response.meta.get("redirect_urls", [None])[0] == entry.url:
                self.queue_fallback(entry, entry.url, "not a feed")
            return None
        try:
            parsed = parser(response.body)
        except HostileXML as exc:
            self.entry_failed(response, FailureKind.XML_HOSTILE, str(exc))
            return None
        except MalformedXML as exc:
            self.entry_failed(response, FailureKind.XML_MALFORMED, str(exc))
            return None
        self.run.count(Tally.ENTRY_OK)
        return parsed

    def stale_check(self, response: Response, links: list[Link]) -> None:
        """A configured feed/sitemap whose newest item is too old: noted, not validated (so it is read
        again, not skipped by a 304), and discovery queued."""
        entry: EntryPoint = response.meta["entry"]
        latest = discovery.stale_since(links, datetime.now(UTC), self.source.stale_after_days)
        if latest is None or response.meta.get("role") == "discovery":
            return
        detail = f"newest item {latest:%Y-%m-%d}, older than {self.source.stale_after_days} days"
        self.run.record_failure(response.url, NoteKind.STALE_ENTRY, detail, response.status)
        self.run.mark_incomplete([response.url])
        if response.url == entry.url:
            self.queue_fallback(entry, entry.url, "stale: " + detail)

    def entry_failed(self, response: Response, kind: FailureKind, detail: str) -> None:
        ancestors = [*response.meta.get("ancestors", []), response.url]
        self.run.record_failure(response.url, kind, detail, response.status, ancestors=ancestors, entry=True)


def _clean_title(title: str | None) -> str | None:
    """A listed headline with its whitespace collapsed; None when empty."""
    text = " ".join((title or "").split())
    return text or None


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
