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

from core.vocabulary import FailureKind, NoteKind


class BotWallDetected(IgnoreRequest):
    """A challenge / captcha / anti-bot interstitial instead of the page."""

    def __init__(self, detail: str, status: int | None) -> None:
        super().__init__(detail)
        self.status = status


class PrivateAddressBlocked(IgnoreRequest):
    """The host resolves to a loopback/private/link-local address and that is not allowed."""


def classify(failure: Failure) -> tuple[FailureKind | NoteKind, str, int | None]:
    """(kind, detail, http status) of a request's failure."""
    exc = failure.value
    detail = f"{type(exc).__name__}: {exc}"[:1000]
    if isinstance(exc, HttpError):
        status = exc.response.status
        return FailureKind.HTTP_ERROR, f"HTTP {status}", status
    if isinstance(exc, BotWallDetected):
        return FailureKind.BOT_WALL, str(exc), exc.status
    if isinstance(exc, PrivateAddressBlocked):
        return FailureKind.PRIVATE_ADDRESS, str(exc), None
    if isinstance(exc, DownloadTimeoutError | twisted_error.TimeoutError):
        return FailureKind.TIMEOUT, detail, None
    if isinstance(exc, CannotResolveHostError | twisted_error.DNSLookupError):
        return FailureKind.DNS, detail, None
    if isinstance(exc, DownloadConnectionRefusedError | twisted_error.ConnectionRefusedError):
        return FailureKind.CONNECTION_REFUSED, detail, None
    if isinstance(exc, DownloadCancelledError):
        return FailureKind.TOO_LARGE, detail, None
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
        return FailureKind.CONNECTION_RESET, detail, None
    if isinstance(exc, IgnoreRequest):
        text = str(exc)
        lowered = text.lower()
        if "max redirections" in lowered:
            return FailureKind.REDIRECT_LOOP, text, None
        if "robots.txt" in lowered:
            return NoteKind.ROBOTS_DISALLOWED, text, None
        if "offsite" in lowered:
            return NoteKind.OFFSITE, text, None
        if "max size" in lowered or "download_maxsize" in lowered or "maxsize" in lowered:
            return FailureKind.TOO_LARGE, text, None
        return FailureKind.IGNORED, text, None
    return FailureKind.ERROR, detail, None
