"""The crawl's DNS resolver (``TWISTED_DNS_RESOLVER``): every connection's host is resolved here,
and an answer in a loopback, private, link-local or reserved range is refused at that moment.

The private-address middleware checks a host before the request is sent; a name whose answer
changes between that check and the connection (DNS rebinding, a lookup that failed and then
answered) would slip past it. This resolver is the check at connect time: the address Twisted
connects to is the address that was checked. A refused name is remembered so the middleware can
report the failure as ``private_address`` rather than a DNS error.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from scrapy.crawler import Crawler
from scrapy.resolver import CachingThreadedResolver
from twisted.internet.defer import Deferred
from twisted.internet.error import DNSLookupError

from crawlers.middlewares.private_guard import is_private

# name -> the private address it resolved to at connect time (read by the guard middleware).
REFUSED: dict[str, str] = {}


class GuardedResolver(CachingThreadedResolver):
    allow_private = False

    @classmethod
    def from_crawler(cls, crawler: Crawler, reactor: Any) -> GuardedResolver:
        resolver = super().from_crawler(crawler, reactor)
        resolver.allow_private = crawler.settings.getbool("NEWSFLOW_ALLOW_PRIVATE_ADDRESSES")
        return resolver

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> Deferred[str]:
        answer = super().getHostByName(name, timeout)
        if not self.allow_private:
            answer.addCallback(self._refuse_private, name)
        return answer

    @staticmethod
    def _refuse_private(address: str, name: str) -> str:
        if is_private(address):
            REFUSED[name] = address
            raise DNSLookupError(f"{name} resolves to {address}: refused (private address)")
        return address
