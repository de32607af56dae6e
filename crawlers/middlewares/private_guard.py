"""Refuse requests to hosts that resolve to loopback, private, link-local or reserved addresses.

A source registry entry (or a redirect) must not turn the crawler into a probe of the internal
network. ``NEWSFLOW_ALLOW_PRIVATE_ADDRESSES=1`` (the sample site, tests) lifts it.
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
            self._verdicts[host] = await self._check(host)
        reason = self._verdicts[host]
        if reason:
            raise PrivateAddressBlocked(
                f"{host} resolves to {reason}: refused (set NEWSFLOW_ALLOW_PRIVATE_ADDRESSES=1 "
                "or pass --allow-private for a local test site)"
            )
        return None

    async def _check(self, host: str) -> str | None:
        """The private address ``host`` resolves to, or None. Unresolvable hosts pass: the
        download then fails with a DNS error, which is the truer report."""
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
        except (OSError, UnicodeError):
            return None
        for info in infos:
            address = str(info[4][0])
            if is_private(address):
                return address
        return None
