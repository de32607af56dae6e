"""Author names in meta tags that trafilatura does not read.

CMSs and their plugins state the author in tags of their own: Cxense's ``cXenseParse:author``,
``article:author_name``, ``article.author``, ``content_author``, Parse.ly's ``parsely-page`` JSON
(``"authors": [...]``), and Yoast SEO's Twitter card pair ``twitter:label1`` "Written by" (in the
site's language) with ``twitter:data1`` the name. Read only where nothing else names a person
(``cleaner.author.authors``), each tag's content as a byline (``cleaner.author.bylines``). And the
author tags trafilatura reads, where its reading cut a name at the page language's own "and"
(``with_own_and``); and a wire agency an author tag gives in brackets alone, "(dpa)", which its
reading drops (``bracketed_agency``).
"""

from __future__ import annotations

import json
import re

from cleaner.author.author_names import name_key
from cleaner.author.byline_roles import BRACKETED_AGENCY
from cleaner.author.byline_text import dot_apart, has_language_and, language_and
from cleaner.author.bylines import byline_names, split_authors

# The tags that hold the author's name, by their name or property (case-folded).
_AUTHOR_TAGS = frozenset({"cxenseparse:author", "article:author_name", "article.author", "author_name",
                          "content_author", "lp.article:author", "analytics:author", "sailthru.author"})
# Yoast's label of the author's Twitter card field, in the languages its sites are written in.
_WRITTEN_BY = re.compile(
    r"^(?:written by|author|geschrieben von|verfasst von|autor(?:in)?|[ée]crit par|auteur|escrito por|"
    r"scritto da|autore|napisane przez|geschreven door|skrevet af|skrevet av|skrivet av|kirjoittanut|"
    r"yazan|yazar|автор|написано|penulis|ditulis oleh|tác giả|作者|著者|執筆者|작성자)\s*:?$", re.IGNORECASE)
_CARD_DATA = re.compile(r"^twitter:data(\d)$")


def meta_names(tree) -> list[str]:
    """The names the page's other author meta tags give, in document order, once each."""
    found: list[str] = []
    labels: dict[str, str] = {}
    data: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").casefold()
        content = meta.get("content") or ""
        if key in _AUTHOR_TAGS:
            found += byline_names(content)
        elif key == "parsely-page" and "authors" in content:
            found += _parsely_authors(content)
        elif key.startswith("twitter:label"):
            labels[key[len("twitter:label"):]] = content
        elif card := _CARD_DATA.match(key):
            data[card.group(1)] = content
    for number, label in labels.items():
        if _WRITTEN_BY.match(label.strip()) and number in data:
            found += byline_names(data[number])
    return list(dict.fromkeys(found))


def bracketed_agency(tree) -> list[str]:
    """The wire agency an author meta tag gives in brackets alone ("(dpa)", "(AFP)"), as the story's
    sign-off writes it, which trafilatura's reading drops: ``["dpa"]``; else empty."""
    for meta in tree.iter("meta"):
        content = (meta.get("content") or "").strip()
        key = meta.get("name") or meta.get("property") or ""
        if content[:1] in "([" and (found := BRACKETED_AGENCY.fullmatch(content)) \
                and re.search(r"author|creator", key, re.IGNORECASE):
            return [found.group(1)]
    return []


def _parsely_authors(content: str) -> list[str]:
    try:
        authors = json.loads(content).get("authors")
    except (ValueError, AttributeError):
        return []
    return [name for author in authors if isinstance(author, str) for name in byline_names(author)] \
        if isinstance(authors, list) else []


def with_own_and(tree, meta_author: str | None) -> str | None:
    """``meta_author`` with a name trafilatura's reading cut at the page language's own "and", which
    it takes for a preposition ("Janez Novak in Maja Kovač" read as "Janez Novak"), or whose full
    stop before the outlet it dropped ("Jane Doe. The Chronicle" read as "Jane Doe The Chronicle"),
    as the author meta tag writes it (read as a byline: a name and a name, or the outlet)."""
    if not meta_author:
        return meta_author
    parts, own_and = split_authors(meta_author), has_language_and()
    if not own_and and not any(len(part.split()) >= 3 for part in parts):
        return meta_author  # no name and outlet run together (the cheap case: most pages)
    for meta in tree.iter("meta"):
        if not re.search(r"author|creator", meta.get("name") or meta.get("property") or "", re.IGNORECASE):
            continue
        raw = " ".join((meta.get("content") or "").split())
        if own_and and (parted := language_and(raw)) != raw:
            first = name_key(parted.split(" and ")[0])
            parts = [raw if name_key(part) == first else part for part in parts]
        elif dot_apart(raw) != raw:
            parts = [raw if name_key(part) == name_key(raw) else part for part in parts]
    return "; ".join(parts)
