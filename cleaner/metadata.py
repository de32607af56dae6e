"""Page metadata (title, authors, canonical URL, publication time) from meta tags, JSON-LD, the
page's headline and bylines, and htmldate, using trafilatura's helpers.

Lighter than ``trafilatura.extract_metadata``: it skips categories, tags and licence, reads the
publication time the page states before asking htmldate, and runs trafilatura's author XPaths on
the page itself (skipping comment, date and figure blocks) instead of on a pruned copy, and only
when the meta tags, JSON-LD and the cheap byline XPath found nobody.
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import datetime, tzinfo
from functools import lru_cache

from lxml.etree import XPath
from pydantic import BaseModel, Field

from cleaner.dates import htmldate_time, publication_time
from cleaner.jsonld import article_ld
from cleaner.titles import choose_title, names_site, page_headings, site_keys
from core.text import clean_inline

_BYLINE = XPath(
    './/*[@rel="author"] | .//*[@itemprop="author"][not(*)] | .//*[@itemprop="author"]//*[@itemprop="name"]'
)
_TAB_TITLE = XPath("//head/title")
_MAX_AUTHOR_CHARS = 80
_MAX_SEARCHED = 20
_MAX_NAME_WORDS = 4
# What trails a name in a byline's text: "Joshua Sokol May 3", "Ben Silverman Games Editor".
_AFTER_NAME = re.compile(
    r"\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"updated|published|posted|(?:senior |chief |staff |games |managing |news |sports |political )?"
    r"(?:editor|writer|reporter|correspondent))\b.*$",
    re.IGNORECASE,
)
# A location step from the root down ("//x", ".//x"), as trafilatura writes its discard XPaths.
_DESCENDANT_STEP = re.compile(r"^\.?//(?!/)")
# Author fields that name no one: placeholders of a CMS.
_PLACEHOLDER_AUTHORS = frozenset({
    "guest", "гость", "admin", "administrator", "editor", "redaktion", "redacción", "rédaction", "redazione",
    "redação", "staff", "newsroom", "web desk", "desk"})
# A date or time written where a name should be ("NOVEMBER 20, 2019 10:43").
_DATE_LIKE = re.compile(r"\d{1,2}:\d\d|(?<!\d)(?:19|20)\d\d(?!\d)")
# A month or a weekday left alone from a dateline ("Jeff Foust Monday, November 18").
_CALENDAR_WORD = re.compile(
    r"^(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", re.IGNORECASE)
# A job title in the author field, not a name: "AP Auto Writer", "Senior Editor".
_ROLE_ONLY = re.compile(r"\b(?:writer|editor|reporter|correspondent|columnist)s?$", re.IGNORECASE)
_BY_PREFIX = re.compile(r"^(?:by|von|par|por|door|av|af)\s+", re.IGNORECASE)


class PageMetadata(BaseModel):
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    canonical_url: str | None = None
    published_at: datetime | None = None


def page_metadata(tree, url: str | None = None, tz: tzinfo | None = None) -> PageMetadata:
    """Metadata of a parsed page (``lxml.html`` tree); missing fields are None / empty. Naive
    times are read in ``tz`` (the source's time zone) where the page gives no offset."""
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_url

    document = examine_meta(tree)
    # Malformed JSON-LD must not lose the page: the meta tags still count.
    with suppress(Exception):
        document = extract_meta_json(tree, document)
    ld = article_ld(tree)
    canonical = document.url or extract_url(tree, url)
    tab = _TAB_TITLE(tree)
    headlines, logos = page_headings(tree)
    title = choose_title(document.title or ld.headline, tab[0].text_content() if tab else None,
                         headlines, document.sitename or ld.publisher, canonical or url, logos)
    published = (publication_time(tree, tz, ld.published, ld.modified)
                 or htmldate_time(tree, canonical or url, tz))
    return PageMetadata(
        title=clean_inline(title),
        authors=page_authors(tree, document.author, ld.authors,
                             site_keys(document.sitename or ld.publisher, canonical or url)),
        canonical_url=canonical,
        published_at=published,
    )


def page_authors(tree, meta_author: str | None, ld_authors: list[str],
                 site: set[str] | None = None) -> list[str]:
    """Author names: meta tags and JSON-LD, then bylines (the cheap XPath, then trafilatura's
    author XPaths). Where the meta tags only name the outlet or a placeholder ("AppleInsider",
    "Sky", "Guest"), the people a byline names come first, the outlet after them. Names written
    in capitals are title-cased; dates are not names."""
    from trafilatura.metadata import normalize_authors

    names = split_authors(meta_author)
    if not names and ld_authors:
        names = split_authors(normalize_authors(None, "; ".join(ld_authors)))
    if not names or all(_names_no_one(name, site or set()) for name in names):
        found = _byline_authors(tree) or _searched_authors(tree)
        # A person's name is a few words.
        people = [name for name in found if len(name.split()) <= _MAX_NAME_WORDS]
        names = [*people, *names] if names else found
    kept: dict[str, str] = {}
    for name in names:
        if not _DATE_LIKE.search(name) and not _CALENDAR_WORD.match(name) and not _ROLE_ONLY.search(name):
            kept.setdefault(name.casefold(), _cased(name))
    return list(kept.values())


def _names_no_one(name: str, site: set[str]) -> bool:
    """``name`` is the site's own name or a placeholder, not a person."""
    return names_site(name, site) or name.casefold() in _PLACEHOLDER_AUTHORS


def _cased(name: str) -> str:
    """"TOM KRISHER" -> "Tom Krisher"; names in mixed case or without case stay as written."""
    return name.title() if name.isupper() and len(name) > 3 else name


def split_authors(author: str | None) -> list[str]:
    """trafilatura joins authors with ``;``: split, strip, drop duplicates, keep order."""
    names = [clean_inline(name) for name in (author or "").split(";")]
    return list(dict.fromkeys(name for name in names if name))


def _clean_name(text: str | None) -> str | None:
    name = _BY_PREFIX.sub("", clean_inline(text) or "")
    name = _AFTER_NAME.sub("", name).strip(" ,;:|-")
    return name if name and len(name) <= _MAX_AUTHOR_CHARS else None


def _byline_authors(tree) -> list[str]:
    names = [_clean_name(element.text_content()) for element in _BYLINE(tree)[:5]]
    return list(dict.fromkeys(name for name in names if name))


def _searched_authors(tree) -> list[str]:
    """trafilatura's author XPaths on the page, without the text of comment, date and figure
    blocks (trafilatura prunes a deep copy of the page for this; reading around them is cheaper:
    only a candidate's ancestors and its own subtree are tested, not the whole page)."""
    from trafilatura.metadata import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS, normalize_authors

    tests = _discard_tests()
    page_discarded: set | None = None
    for expression in AUTHOR_XPATHS:
        for element in expression(tree)[:_MAX_SEARCHED]:
            if tests is None:  # a trafilatura whose discard XPaths have another shape: the whole page
                if page_discarded is None:
                    page_discarded = {e for xpath in AUTHOR_DISCARD_XPATHS for e in xpath(tree)}
                discarded = page_discarded
                if any(a in discarded for a in element.iterancestors()) or element in discarded:
                    continue
            else:
                inside, around = tests
                if any(e is not tree for test in around for e in test(element)):
                    continue
                discarded = {e for test in inside for e in test(element)}
            text = " ".join(" ".join(_text_outside(element, discarded)).split())
            if 2 < len(text) < 120:
                names = split_authors(normalize_authors(None, text))
                return list(dict.fromkeys(n for name in names if (n := _clean_name(name))))
    return []


@lru_cache(maxsize=1)
def _discard_tests() -> tuple[tuple[XPath, ...], tuple[XPath, ...]] | None:
    """trafilatura's author discard XPaths (``.//*[...]`` and ``//time|//figure``, read from the
    page's root) as (the blocks inside an element, the element and its ancestors among them);
    None when they are not of that shape."""
    from trafilatura.metadata import AUTHOR_DISCARD_XPATHS
    from trafilatura.xpaths import REGEXP_NS

    inside, around = [], []
    for xpath in AUTHOR_DISCARD_XPATHS:
        path = xpath.path.strip()
        # One step with a predicate, or a union of plain steps ("//time|//figure").
        steps = [path] if "[" in path else [step.strip() for step in path.split("|")]
        if not all(_DESCENDANT_STEP.match(step) for step in steps) or any("//" in _bare(s) for s in steps):
            return None
        bare = [_bare(step) for step in steps]
        inside.append(XPath(" | ".join(f".//{b}" for b in bare), namespaces={"re": REGEXP_NS}))
        around.append(XPath(" | ".join(f"ancestor-or-self::{b}" for b in bare), namespaces={"re": REGEXP_NS}))
    return tuple(inside), tuple(around)


def _bare(step: str) -> str:
    return _DESCENDANT_STEP.sub("", step, count=1)


def _text_outside(element, discarded: set) -> list[str]:
    """The text of ``element`` without the text of its discarded descendants."""
    parts = [element.text or ""] if isinstance(element.tag, str) else []
    for child in element:
        if child not in discarded and isinstance(child.tag, str):
            parts += _text_outside(child, discarded)
        parts.append(child.tail or "")
    return parts
