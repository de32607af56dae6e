"""The article object of a page's JSON-LD (schema.org ``NewsArticle`` and its kin).

Read once per page: headline, publication time, authors and publisher as the page states them.
Tolerant of what publishers write: ``@graph`` wrappers, lists, an ``@context`` object, ``@type``
lists, authors as strings, objects or lists, and broken blocks (skipped, never an error).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import unescape

from cleaner.ld_blocks import ld_blocks

# Types whose object is the page's article (schema.org Article and its subtypes in use on news sites).
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "blogposting", "liveblogposting",
    "socialmediaposting", "techarticle", "scholarlyarticle", "report", "webpage", "videoobject",
})
_BREAK = re.compile(r"<br\s*/?>|</p\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]{0,500}>")


@dataclass
class ArticleLD:
    headline: str | None = None
    published: str | None = None
    modified: str | None = None
    # dateCreated: Parse.ly's and some CMSs' publication where no datePublished is stated; others
    # stamp it later than the published time of their meta tags (read after those: cleaner.date.dates).
    created: str | None = None
    authors: list[str] = field(default_factory=list)
    # Authors given only as an address (a URL, or a Person with a url/@id and no name): their pages.
    author_urls: list[str] = field(default_factory=list)
    # Authors typed as an organization (the outlet, a wire agency), not a person: named after people.
    organizations: list[str] = field(default_factory=list)
    # Authors each given as one object (a Person): one person's name each, even with a conjunction in it
    # ("Pedro Villa y Caña", a Spanish double surname), which a byline's text would split.
    persons: list[str] = field(default_factory=list)
    publisher: str | None = None
    body: str | None = None  # articleBody: the full text, on pages that render theirs with scripts
    # The article's language as stated ("inLanguage": "ar-EG") and its publisher's country by its postal
    # address ("addressCountry": "EG"): evidence of the page's zone (``cleaner.date.zones``).
    language: str | None = None
    publisher_country: str | None = None


def _objects(value, listed: bool = False) -> Iterator[tuple[dict, bool, bool]]:
    """(every JSON object in a block, depth first (``@graph`` and nested lists included); whether it
    is some object's ``mainEntity``; whether it is an item of a list, ``itemListElement``: another
    article's teaser)."""
    if isinstance(value, list):
        for item in value:
            yield from _objects(item, listed)
    elif isinstance(value, dict):
        yield value, False, listed
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if isinstance(inner := value.get(key), list | dict):
                entities = (inner if isinstance(inner, list) else [inner]) if key == "mainEntity" else []
                for obj, main, in_list in _objects(inner, listed or key == "itemListElement"):
                    yield obj, main or any(obj is entity for entity in entities), in_list


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].lower() for k in kinds if isinstance(k, str)}


def _text(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        obj, value = value, value.get("name") or value.get("@value")
        if isinstance(value, list):  # a name given as an array ("name": ["Jane Doe"]), its first
            value = value[0] if value else None
        if not value and isinstance(obj.get("familyName"), str):  # a Person given by its name's parts
            value = " ".join(part for key in ("givenName", "additionalName", "familyName")
                             if isinstance(part := obj.get(key), str))
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _stamp(value) -> str | None:
    """A stated time as text; a number as Unix seconds or milliseconds ("datePublished": 1712932200)."""
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return str(int(value))
    return _text(value)


def _names(value) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = _text(item)
        # A URL or a handle with digits ("CC7567") is an account, not a name.
        if name and not name.lower().startswith("http") and not any(ch.isdigit() for ch in name):
            names.append(name)
    return names


def _author_urls(value) -> list[str]:
    """The addresses given for authors that have no name: a URL as the value or as the name, or an
    object's ``url``, ``@id`` or ``sameAs``."""
    items = value if isinstance(value, list) else [value]
    urls: list[str] = []
    for item in items:
        if isinstance(item, str) and item.strip().lower().startswith("http"):
            urls.append(item.strip())
        elif isinstance(item, dict) and not (name := _text(item)):
            urls += [url for key in ("url", "@id", "sameAs") if isinstance(url := item.get(key), str)]
        elif isinstance(item, dict) and name.lower().startswith("http"):
            urls.append(name)  # a CMS that writes the author's page as the name ("name": "https://.../author/a/")
    return urls


_ORGANIZATION_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "ngo",
                                 "governmentorganization", "educationalorganization"})


def _organizations(value) -> list[str]:
    """The names of the authors typed as an organization."""
    items = value if isinstance(value, list) else [value]
    return [name for item in items if isinstance(item, dict) and _types(item) & _ORGANIZATION_TYPES
            for name in [_text(item)] if name]


def _persons(value) -> list[str]:
    """The names of the authors given as one object each and not typed as an organization."""
    items = value if isinstance(value, list) else [value]
    return [name for item in items if isinstance(item, dict) and not _types(item) & _ORGANIZATION_TYPES
            for name in [_text(item)] if name]


def _own_urls(tree) -> frozenset[str]:
    """The page's own addresses (``<link rel="canonical">``, ``og:url``, else the address it was
    fetched from) in ``_url_key`` form, in one walk of its links and metas (iter: cheaper than an
    XPath walk)."""
    urls = []
    for element in tree.iter("link", "meta"):
        if element.tag == "link":
            if (element.get("rel") or "").lower() == "canonical":
                urls.append(element.get("href"))
        elif element.get("property") == "og:url":
            urls.append(element.get("content"))
    if not urls:  # no canonical nor og:url: the address it was fetched from (``cleaner.extract``)
        urls.append(tree.getroottree().docinfo.URL)
    return frozenset(key for url in urls if (key := _url_key(url)))


# The last page's article object: read for its fields (``cleaner.metadata``), then for its
# ``dateCreated`` where the page states no publication (``cleaner.date.dates``).
_last_article: tuple[object, ArticleLD] | None = None


def article_ld(tree) -> ArticleLD:
    """``read_article_ld`` of ``tree``, read once per tree."""
    global _last_article
    if _last_article is None or _last_article[0] is not tree:
        _last_article = (tree, read_article_ld(tree))
    return _last_article[1]


def read_article_ld(tree) -> ArticleLD:
    """The page's article object of its JSON-LD: the page's main entity first (its ``url`` or
    ``@id`` is the page's canonical or ``og:url``, or its ``mainEntityOfPage`` is, or it is a
    page's ``mainEntity``), never an item of a list (a teaser of another article) before any other;
    then the first article-like object with a ``datePublished``, else the first (a bare ``WebPage``
    only when no article type is there). Empty fields when the page has none."""
    own = _own_urls(tree)
    best, best_rank = None, (9, 9)
    nodes: dict[str, dict] = {}  # the graph's named nodes by their @id, for authors given as a reference
    for block in ld_blocks(tree):  # found and parsed once for both readers (cleaner.ld_blocks)
        if not block.article:
            continue
        for obj, main, listed in _objects(block.data):
            if isinstance(node_id := obj.get("@id"), str) and _text(obj):
                nodes.setdefault(node_id, obj)
            kinds = _types(obj) & ARTICLE_TYPES
            if not kinds:
                continue
            kind = 2 if kinds <= {"webpage", "videoobject"} else 0 if _published(obj) else 1
            place = 2 if listed else 0 if (main or _names_page(obj, own)) and kind < 2 else 1
            if (place, kind) < best_rank:
                best, best_rank = obj, (place, kind)
    if best is None:
        return ArticleLD()
    publisher = _referenced(best.get("publisher"), nodes)
    authors = _with_creators(_referenced(best.get("author") or best.get("creator"), nodes),
                             _referenced(best.get("creator"), nodes))
    return ArticleLD(
        headline=_text(best.get("headline")) or _text(best.get("name")),
        published=_stamp(_published(best)),
        modified=_stamp(best.get("dateModified")),
        created=_stamp(best.get("dateCreated")),
        authors=_names(authors),
        author_urls=_author_urls(authors),
        organizations=_organizations(authors),
        persons=_persons(authors),
        publisher=_text(publisher),
        body=_body_text(best.get("articleBody")),
        language=_language(best.get("inLanguage")),
        publisher_country=_country(publisher),
    )


def _published(obj: dict):
    """The object's ``datePublished``; a live blog's ``coverageStartTime`` where it states none (its
    updates' times are the latest entries', hours or days after the blog opened), else its first
    entry's (the earliest of its ``liveBlogUpdate`` entries' times, listed newest first)."""
    return obj.get("datePublished") or obj.get("coverageStartTime") or _first_update(obj)


def _first_update(obj: dict) -> str | None:
    """The earliest ``datePublished`` (ISO) of a live blog's ``liveBlogUpdate`` entries, or None."""
    updates = obj.get("liveBlogUpdate")
    times = []
    for update in updates if isinstance(updates, list) else [updates]:
        if isinstance(update, dict) and isinstance(value := update.get("datePublished"), str):
            with suppress(ValueError):
                stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
                times.append((stamp.astimezone(UTC) if stamp.tzinfo else stamp.replace(tzinfo=UTC), value))
    return min(times)[1] if times else None


def _language(value) -> str | None:
    """A stated ``inLanguage``: a tag ("ar-EG"), or a Language object's ``alternateName``."""
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("name")
    return value.strip() or None if isinstance(value, str) else None


_COUNTRY_CODE = re.compile(r"^[A-Za-z]{2}$")


def _country(publisher) -> str | None:
    """The code of the publisher's country in its postal address ("addressCountry": "EG", or a
    Country object's), two letters only (a country's name is not read)."""
    publisher = publisher[0] if isinstance(publisher, list) and publisher else publisher
    address = publisher.get("address") if isinstance(publisher, dict) else None
    address = address[0] if isinstance(address, list) and address else address
    country = address.get("addressCountry") if isinstance(address, dict) else None
    if isinstance(country, dict):
        country = country.get("identifier") or country.get("name")
    if not isinstance(country, str) or not _COUNTRY_CODE.match(country := country.strip()):
        return None
    return country.upper()


def _referenced(value, nodes: dict[str, dict]):
    """``value`` (an article's authors) with each author given only as a reference into the graph
    (Yoast: ``{"@id": "https://site/#/schema/person/abc"}``) replaced by the node it names."""
    if isinstance(value, list):
        return [_referenced(item, nodes) for item in value]
    if isinstance(value, dict) and not _text(value) and isinstance(node_id := value.get("@id"), str):
        return nodes.get(node_id, value)
    return value


def _with_creators(authors, creators):
    """``authors``; where they are only organizations (the outlet), the people among ``creators``
    (schema.org's ``creator``, where some CMSs name the writer) before them."""
    items = authors if isinstance(authors, list) else [authors]
    if not creators or not items or not all(isinstance(item, dict) and _types(item) & _ORGANIZATION_TYPES
                                            for item in items):
        return authors
    people = [creator for creator in (creators if isinstance(creators, list) else [creators])
              if not (isinstance(creator, dict) and _types(creator) & _ORGANIZATION_TYPES)]
    return [*people, *items] if people else authors


def _url_key(url) -> str | None:
    """A URL without its scheme, ``www.``, query, fragment and trailing slash, for comparison."""
    if not isinstance(url, str) or "//" not in url:
        return None
    rest = url.strip().split("//", 1)[1].split("#", 1)[0].split("?", 1)[0].rstrip("/").lower()
    return rest.removeprefix("www.") or None


def _names_page(obj: dict, own: frozenset[str]) -> bool:
    """``obj``'s ``url``, ``@id`` or ``mainEntityOfPage`` (a URL or an object with one) is the page's."""
    page = obj.get("mainEntityOfPage")
    page = page.get("@id") or page.get("url") if isinstance(page, dict) else page
    return bool(own) and any(_url_key(value) in own for value in (obj.get("url"), obj.get("@id"), page))


def _body_text(value) -> str | None:
    """``articleBody`` as plain text: markup some CMSs leave in it removed (a paragraph or line
    break ends a line), entities decoded."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = _TAG.sub("", _BREAK.sub("\n", value)) if "<" in value else value
    return unescape(value)
