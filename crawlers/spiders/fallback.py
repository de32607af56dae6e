"""Fallback to discovery: when a configured entry point is gone (404/410), is not a feed, or is stale,
the spider fetches the source's ``homepage`` and robots.txt through Scrapy, tries the candidates
``crawlers.discovery`` names (one at a time, best first) and crawls the first usable one as that
entry point would have been crawled. The replaced entry point is a ``fetch_failures`` row
(``entry_gone`` / ``not_a_feed`` / note ``stale_entry``); what was used is a ``fallback`` note whose
url is the discovered document, and the run's message names both."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from crawlers import discovery
from crawlers.extensions.crawl_run import Tally
from crawlers.registry import EntryOptions, EntryPoint

if TYPE_CHECKING:
    from crawlers.spiders.base import SourceSpider

MAX_CANDIDATES = 12  # discovery requests after the homepage and robots.txt, at most


@dataclass
class _Discovery:
    replaced: list[tuple[EntryPoint, str, str]] = field(default_factory=list)  # entry, url, reason
    pages: dict[str, str | None] = field(default_factory=dict)  # "home" / "robots" -> text
    queue: list[discovery.Candidate] = field(default_factory=list)
    tried: int = 0
    done: bool = False


class FallbackMixin:
    _discovery: _Discovery | None = None
    _pending_fallback: list[scrapy.Request] | None = None

    def fall_back(self: SourceSpider, entry: EntryPoint, url: str, reason: str) -> list[scrapy.Request]:
        """Requests that start discovery (the first time in a run; later problems join it)."""
        if not self.source.homepage:
            return []
        if self._discovery is not None:
            self._discovery.replaced.append((entry, url, reason))
            return []
        self._discovery = _Discovery(replaced=[(entry, url, reason)])
        home = self.source.homepage
        robots = discovery.robots_url(home)
        return [self._discovery_request(home, "home"), self._discovery_request(robots, "robots")]

    def queue_fallback(self: SourceSpider, entry: EntryPoint, url: str, reason: str) -> None:
        """For callbacks that cannot yield at the point they find the problem (see take_fallback)."""
        self._pending_fallback = [*(self._pending_fallback or []), *self.fall_back(entry, url, reason)]

    def take_fallback(self) -> list[scrapy.Request]:
        pending, self._pending_fallback = self._pending_fallback or [], None
        return pending

    def _discovery_request(self: SourceSpider, url: str, step: str, candidate: Any = None) -> scrapy.Request:
        self.run.count(Tally.ENTRY_REQUESTS)
        return scrapy.Request(
            url,
            callback=self._discovered,
            errback=self._discovery_missed,
            dont_filter=True,
            meta={"role": "discovery", "step": step, "candidate": candidate, "ancestors": [],
                  "conditional": step == "candidate", "handle_httpstatus_list": [304]},
        )

    def _discovered(self: SourceSpider, response: Response) -> Any:
        step = response.meta["step"]
        if step != "candidate":
            text = response.text if isinstance(response, TextResponse) and response.status == 200 else None
            return self._after_page(step, text)
        return self._judge(response)

    def _discovery_missed(self: SourceSpider, failure: Failure) -> Any:
        step = failure.request.meta["step"]  # type: ignore[attr-defined]
        return self._after_page(step, None) if step != "candidate" else self._next_candidate()

    def _after_page(self: SourceSpider, step: str, text: str | None) -> list[scrapy.Request]:
        state = self._discovery
        assert state is not None
        state.pages[step] = text
        if len(state.pages) < 2:
            return []
        state.queue = discovery.candidates(
            self.source.homepage or "", self.source.domains,
            homepage_html=state.pages.get("home"), robots_txt=state.pages.get("robots"),
            exclude=[url for _entry, url, _reason in state.replaced],
        )
        return self._next_candidate()

    def _next_candidate(self: SourceSpider) -> list[scrapy.Request]:
        state = self._discovery
        assert state is not None
        while state.queue and state.tried < MAX_CANDIDATES:
            candidate = state.queue.pop(0)
            if candidate.kind and not hasattr(self, f"parse_{candidate.kind}"):
                continue  # this spider does not read that kind
            state.tried += 1
            return [self._discovery_request(candidate.url, "candidate", candidate)]
        state.done = True
        self.run.fallbacks.append(
            f"discovery from {self.source.homepage} found nothing usable ({state.tried} candidate(s) tried)"
        )
        return []

    def _judge(self: SourceSpider, response: Response) -> Any:
        state = self._discovery
        assert state is not None
        candidate: discovery.Candidate = response.meta["candidate"]
        if response.status == 304:
            kind = candidate.kind or "feed"
        else:
            verdict = discovery.judge(
                response.body, now=datetime.now(UTC), stale_after_days=self.source.stale_after_days,
                expected=candidate.kind,
            )
            if not verdict.usable or not hasattr(self, f"parse_{verdict.kind}"):
                return self._next_candidate()
            kind = verdict.kind or "feed"
        state.done = True
        first = state.replaced[0][0]
        options = EntryOptions(link_pattern=first.options.link_pattern,
                               max_sitemaps=first.options.max_sitemaps)
        entry = EntryPoint(kind=kind, url=candidate.url, options=options)
        replaced = ", ".join(f"{url} ({reason})" for _entry, url, reason in state.replaced)
        self.run.record_fallback(candidate.url, f"{kind} via {candidate.found_via}, instead of {replaced}")
        response.meta["entry"] = entry
        return getattr(self, f"parse_{kind}")(response)
