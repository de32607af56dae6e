"""Items the spiders yield: one fetched article page, kept losslessly."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawPage:
    url: str  # the URL requested (as listed by the feed/sitemap/listing)
    canonical_url: str  # core.urls.canonicalize of the final URL (or of <link rel=canonical>)
    final_url: str  # after redirects
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    body_sha256: str = ""
    encoding: str | None = None
    found_via: str | None = None  # the entry document that listed it
    listed_published_at: str | None = None  # ISO date the feed/sitemap gave for it, if any
    listed_title: str | None = None  # headline the feed/sitemap (or listing link) gave, if any
