"""URL canonicalisation: one article, one key, however a feed or a share button spelled its URL."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that track clicks and never select content.
_TRACKING = re.compile(
    r"^(utm_[a-z_]+|fbclid|gclid|dclid|gclsrc|yclid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|"
    r"cmpid|ocid|ncid|ref|ref_src|ref_url|src|share|smid|at_medium|at_campaign|rss|from)$",
    re.IGNORECASE,
)


def canonicalize(url: str) -> str:
    """Lower-case scheme and host, no ``www.``, no default port, no fragment, no tracking
    parameters, remaining parameters sorted. Paths are kept as they are (they are case-sensitive)."""
    parts = urlsplit(url.strip())
    scheme = (parts.scheme or "http").lower()
    host = (parts.hostname or "").lower().rstrip(".")
    host = host.removeprefix("www.")
    port = parts.port
    netloc = host if port is None or (scheme, port) in {("http", 80), ("https", 443)} else f"{host}:{port}"
    query = sorted(
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _TRACKING.match(key)
    )
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def domain_of(url: str) -> str:
    """Host without ``www.``, lower case."""
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")
