"""A host that does not resolve, as `newsflow sources probe` and fetch_failures.detail show it: the
guard's lookup failure read "DNSLookupError: DNS lookup failed: tass.com: lookup failed ([Errno -2] Name
or service not known); not fetched unchecked." (the lookup's failure said twice, and a closing phrase a
reader cannot parse); it is now "DNS lookup failed: tass.com: Name or service not known."."""

from __future__ import annotations

import asyncio
import socket

import pytest
from twisted.internet.error import DNSLookupError

from crawlers.failures import FailureKind, classify
from crawlers.middlewares.private_guard import PrivateAddressGuardMiddleware


def _lookup_fails(error: Exception):  # type: ignore[no-untyped-def]
    def getaddrinfo(*_args: object, **_kwargs: object) -> list:
        raise error
    return getaddrinfo


@pytest.fixture(autouse=True)
def _no_reactor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The guard's plain lookup (no asyncio reactor in this test process)."""
    monkeypatch.setattr("crawlers.middlewares.private_guard.is_asyncio_reactor_installed", lambda: False)


def _failure_text(monkeypatch: pytest.MonkeyPatch, host: str, error: Exception) -> str:
    monkeypatch.setattr(socket, "getaddrinfo", _lookup_fails(error))
    with pytest.raises(DNSLookupError) as raised:
        asyncio.run(PrivateAddressGuardMiddleware(allowed=False)._check(host))
    return str(raised.value)


def test_a_name_that_does_not_resolve_reads_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _failure_text(monkeypatch, "news.example.org", socket.gaierror(-2, "Name or service not known"))
    assert text == "DNS lookup failed: news.example.org: Name or service not known."


def test_a_name_that_is_no_host_name_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: an error without strerror (an IDNA failure) keeps its own words."""
    text = _failure_text(monkeypatch, "bad..name", UnicodeError("label empty or too long"))
    assert text == "DNS lookup failed: bad..name: label empty or too long."


def test_the_failure_is_still_a_dns_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: the kind recorded (fetch_failures.kind, the crawl's 'dns N') does not move."""
    from twisted.python.failure import Failure

    monkeypatch.setattr(socket, "getaddrinfo", _lookup_fails(socket.gaierror(-3, "Temporary failure")))
    try:
        asyncio.run(PrivateAddressGuardMiddleware(allowed=False)._check("tass.example"))
    except DNSLookupError as exc:
        kind, detail, status = classify(Failure(exc))
    assert (kind, status) == (FailureKind.DNS, None)
    assert detail == "DNSLookupError: DNS lookup failed: tass.example: Temporary failure."
