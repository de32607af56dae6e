"""Page metadata (title, authors, canonical URL, publication date) from meta tags, JSON-LD and
htmldate, using trafilatura's helpers. Lighter than ``trafilatura.extract_metadata``: it skips
site name, categories, tags and licence, and looks for bylines with one cheap XPath instead of
trafilatura's full author search (which costs more than the body extraction on news pages)."""

from __future__ import annotations

from contextlib import suppress
from datetime import datetime

from lxml.etree import XPath
from pydantic import BaseModel, Field

from cleaner.dates import date_params, to_aware
from core.text import clean_inline

_BYLINE = XPath(
    './/*[@rel="author"] | .//*[@itemprop="author"][not(*)] | .//*[@itemprop="author"]//*[@itemprop="name"]'
)
_MAX_AUTHOR_CHARS = 80


class PageMetadata(BaseModel):
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    canonical_url: str | None = None
    published_at: datetime | None = None


def page_metadata(tree, url: str | None = None) -> PageMetadata:
    """Metadata of a parsed page (``lxml.html`` tree); missing fields are None / empty."""
    from htmldate import find_date
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url

    document = examine_meta(tree)
    # Malformed JSON-LD must not lose the page: the meta tags still count.
    with suppress(Exception):
        document = extract_meta_json(tree, document)
    title = document.title or extract_title(tree)
    canonical = document.url or extract_url(tree, url)
    date = None
    # htmldate trips over some malformed trees (lxml assertions): no date then, never a lost page.
    with suppress(Exception):
        date = find_date(tree, url=canonical or url, **date_params())
    return PageMetadata(
        title=clean_inline(title),
        authors=split_authors(document.author) or _byline_authors(tree),
        canonical_url=canonical,
        published_at=to_aware(date),
    )


def split_authors(author: str | None) -> list[str]:
    """trafilatura joins authors with ``;``: split, strip, drop duplicates, keep order."""
    names = [clean_inline(name) for name in (author or "").split(";")]
    return list(dict.fromkeys(name for name in names if name))


def _byline_authors(tree) -> list[str]:
    names = []
    for element in _BYLINE(tree)[:5]:
        name = (clean_inline(element.text_content()) or "").removeprefix("By ").removeprefix("by ")
        if name and len(name) <= _MAX_AUTHOR_CHARS:
            names.append(name)
    return list(dict.fromkeys(names))
