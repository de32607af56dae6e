"""Safe parsing of feeds and sitemaps.

Every document goes through defusedxml first: a DTD with entities (billion laughs, external
entities) is refused before any parser expands it. Feeds are then read by feedparser, sitemaps by
ElementTree (already checked safe).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

# Types only: every document is parsed through defusedxml.
from xml.etree.ElementTree import Element, ParseError  # nosec B405

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException


class HostileXML(ValueError):
    """The document declares entities or a DTD we refuse to expand."""


class MalformedXML(ValueError):
    """The document is not well-formed XML."""


@dataclass(frozen=True)
class Link:
    url: str
    published: datetime | None = None
    title: str | None = None


@dataclass
class Sitemap:
    is_index: bool
    links: list[Link]


def safe_root(body: bytes) -> Element:
    try:
        return SafeET.fromstring(body, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise HostileXML(f"refused: {type(exc).__name__}") from exc
    except ParseError as exc:
        raise MalformedXML(f"not well-formed XML: {exc}") from exc


def _parse_date(text: str | None) -> datetime | None:
    if not text:
        return None
    text = text.strip()
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            from email.utils import parsedate_to_datetime

            value = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def parse_feed(body: bytes) -> list[Link]:
    """Article links of an RSS 0.9x/1.0/2.0 or Atom feed, newest first as the feed lists them."""
    import feedparser

    safe_root(body)  # raises HostileXML / MalformedXML
    parsed = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    links = []
    for entry in parsed.entries:
        url = entry.get("link")
        if not url:
            alternates = [link.get("href") for link in entry.get("links", []) if link.get("href")]
            url = alternates[0] if alternates else None
        if not url and entry.get("guidislink"):
            url = entry.get("id")
        if not url:
            continue
        published = None
        for key in ("published_parsed", "updated_parsed"):
            stamp = entry.get(key)
            if stamp:
                published = datetime(*stamp[:6], tzinfo=UTC)
                break
        links.append(Link(url=url.strip(), published=published, title=entry.get("title")))
    return links


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse_sitemap(body: bytes) -> Sitemap:
    """A sitemap (``urlset``, incl. Google News ``news:`` entries) or a sitemap index."""
    root = safe_root(body)
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise MalformedXML(f"not a sitemap: root element <{kind}>")
    links = []
    for node in root:
        if _local(node.tag) not in ("url", "sitemap"):
            continue
        loc = published = title = None
        for child in node.iter():
            name = _local(child.tag)
            if name == "loc" and loc is None:
                loc = (child.text or "").strip()
            elif name in ("publication_date", "lastmod") and child.text:
                published = (
                    _parse_date(child.text) if published is None or name == "publication_date" else published
                )
            elif name == "title" and child.text:
                title = child.text.strip()
        if loc:
            links.append(Link(url=loc, published=published, title=title))
    return Sitemap(is_index=kind == "sitemapindex", links=links)
