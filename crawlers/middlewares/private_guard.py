"""Refuse requests to hosts that resolve to loopback, private, link-local or reserved addresses.

A source registry entry (or a redirect) must not turn the crawler into a probe of the internal
network. ``NEWSFLOW_ALLOW_PRIVATE_ADDRESSES=1`` (the sample site, tests, ``--allow-private``) lifts
it; the registry cannot (``crawlers.registry.ALLOWED_SETTINGS``).

Two checks: this middleware before a request is sent (literal addresses, ``localhost``, a name's
answer: the failure is ``private_address`` and the site never sees a request), and
``crawlers.resolver.GuardedResolver`` when Twisted connects, so an answer that changes after the
first check is refused too. A lookup that fails here is a failed request (a DNS failure), never a
pass, and is not remembered: the next request looks again.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.reactor import is_asyncio_reactor_installed
from twisted.internet.error import DNSLookupError

from crawlers.failures import PrivateAddressBlocked


def is_private(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    return not ip.is_global or ip.is_multicast


class PrivateAddressGuardMiddleware:
    def __init__(self, allowed: bool) -> None:
        self.allowed = allowed
        self._verdicts: dict[str, str | None] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PrivateAddressGuardMiddleware:
        if crawler.settings.getbool("NEWSFLOW_ALLOW_PRIVATE_ADDRESSES"):
            raise NotConfigured("private addresses allowed")  # no per-request cost when off
        return cls(allowed=False)

    async def process_request(self, request: Request) -> None:
        if self.allowed:
            return None
        host = urlparse_cached(request).hostname or ""
        if host not in self._verdicts:
            self._verdicts[host] = await self._check(host)  # raises when the lookup fails
        reason = self._verdicts[host]
        if reason:
            raise _blocked(host, reason)
        return None

    def process_exception(self, request: Request, exception: Exception) -> None:
        """A connection the resolver refused is reported as what it is: a private address."""
        from crawlers.resolver import REFUSED

        host = urlparse_cached(request).hostname or ""
        if isinstance(exception, DNSLookupError) and host in REFUSED:
            raise _blocked(host, REFUSED[host]) from exception
        return None

    async def _check(self, host: str) -> str | None:
        """The private address ``host`` resolves to, or None when every answer is public. A
        failed lookup raises ``DNSLookupError`` (nothing is remembered for the host)."""
        try:
            return host if is_private(host) else None
        except ValueError:
            pass  # a name, not a literal address
        if host == "localhost" or host.endswith(".localhost"):
            return "localhost"
        try:
            if is_asyncio_reactor_installed():
                infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
            else:
                infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            # Twisted words it "DNS lookup failed: HOST: WHY."; the request is not sent.
            raise DNSLookupError(f"{host}: {getattr(exc, 'strerror', None) or exc}") from exc
        if not infos:
            raise DNSLookupError(f"{host}: the lookup gave no address")
        for info in infos:
            address = str(info[4][0])
            if is_private(address):
                return address
        return None


def _blocked(host: str, address: str) -> PrivateAddressBlocked:
    return PrivateAddressBlocked(
        f"{host} resolves to {address}: refused (set NEWSFLOW_ALLOW_PRIVATE_ADDRESSES=1 "
        "or pass --allow-private for a local test site)"
    )
