"""Detect anti-bot challenge pages (Cloudflare "Just a moment...", DDoS-Guard, captchas) on any
status and turn them into a ``bot_wall`` failure: not retried, not stored, reported as such.

Sits after decompression and before the retry middleware, so a 503 challenge is not retried."""

from __future__ import annotations

from scrapy.http import Request, Response

from crawlers.checks import bot_wall
from crawlers.failures import BotWallDetected

_SUSPECT_STATUSES = {200, 403, 429, 503}


class BotWallMiddleware:
    def process_response(self, request: Request, response: Response) -> Response:
        if response.status not in _SUSPECT_STATUSES:
            return response
        headers = " ".join(f"{k.decode('latin-1')}" for k in response.headers)
        reason = bot_wall(response.body, headers)
        if reason:
            raise BotWallDetected(f"HTTP {response.status}: {reason}", response.status)
        return response
