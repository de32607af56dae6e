"""Kinds of fetch failure, and how a Twisted/Scrapy failure maps to one.

Each failure becomes a ``fetch_failures`` row (url, source, kind, detail, http_status, crawl run).
"""

from __future__ import annotations

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as twisted_error
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

# Kinds that mean "could not talk to the site at all".
UNREACHABLE_KINDS = frozenset({"dns", "connection_refused", "connection_reset", "timeout"})


class BotWallDetected(IgnoreRequest):
    """A challenge / captcha / anti-bot interstitial instead of the page."""

    def __init__(self, detail: str, status: int | None) -> None:
        super().__init__(detail)
        self.status = status


class PrivateAddressBlocked(IgnoreRequest):
    """The host resolves to a loopback/private/link-local address and that is not allowed."""


def classify(failure: Failure) -> tuple[str, str, int | None]:
    """(kind, detail, http status) of a request's failure."""
    exc = failure.value
    detail = f"{type(exc).__name__}: {exc}"[:1000]
    if isinstance(exc, HttpError):
        status = exc.response.status
        return "http_error", f"HTTP {status}", status
    if isinstance(exc, BotWallDetected):
        return "bot_wall", str(exc), exc.status
    if isinstance(exc, PrivateAddressBlocked):
        return "private_address", str(exc), None
    if isinstance(exc, DownloadTimeoutError | twisted_error.TimeoutError):
        return "timeout", detail, None
    if isinstance(exc, CannotResolveHostError | twisted_error.DNSLookupError):
        return "dns", detail, None
    if isinstance(exc, DownloadConnectionRefusedError | twisted_error.ConnectionRefusedError):
        return "connection_refused", detail, None
    if isinstance(exc, DownloadCancelledError):
        return "too_large", detail, None
    if isinstance(
        exc,
        DownloadFailedError
        | ResponseDataLossError
        | ResponseFailed
        | ResponseNeverReceived
        | twisted_error.ConnectionLost
        | twisted_error.ConnectionDone
        | twisted_error.ConnectError,
    ):
        return "connection_reset", detail, None
    if isinstance(exc, IgnoreRequest):
        text = str(exc)
        lowered = text.lower()
        if "max redirections" in lowered:
            return "redirect_loop", text, None
        if "robots.txt" in lowered:
            return "robots_disallowed", text, None
        if "offsite" in lowered:
            return "offsite", text, None
        if "max size" in lowered or "download_maxsize" in lowered or "maxsize" in lowered:
            return "too_large", text, None
        return "ignored", text, None
    return "error", detail, None
