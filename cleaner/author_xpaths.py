"""trafilatura's author XPaths (``trafilatura.metadata.AUTHOR_XPATHS``) answered in one pass.

libxml2 evaluates each of the three expressions over the whole page, and their ``re:test``
predicates call back into Python for every element with a class or id: ~5 ms a page for the three.
One cheap pass finds the few elements that any of them can match (an attribute value holding one
of the literal pieces their tests look for, an ``<author>`` element, a ``<rel>`` child); the
expressions' own predicates, restated here, then pick each one's elements from those, in document
order as libxml2 returns them. Used only while trafilatura's expressions read exactly as restated
(``_KNOWN``); otherwise the expressions themselves run.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from lxml.etree import XPath, tostring

# The expressions as trafilatura 2.x writes them (whitespace-normalised).
_KNOWN = (
    "//*[self::a or self::address or self::div or self::link or self::p or self::span or self::strong][ "
    "@rel='author' or @id='author' or @class='author' or @itemprop='author name' or rel='me' or "
    "@data-testid='AuthorCard' or @data-testid='AuthorURL' or "
    "re:test(@class, 'author-?name|AuthorName|authorName')]|//author",
    "//*[self::a or self::div or self::h3 or self::h4 or self::p or self::span][ "
    "@class='byline' or @class='username' or @class='byl' or @class='BBL' or "
    "contains(@itemprop, 'author') or "
    "re:test(@id, 'author|zuozhe|bianji|xiaobian') or "
    "re:test(@class, 'author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name')]",
    "//*[ contains(@data-component, 'Byline') or contains(@itemprop, 'author') or "
    "re:test(@id, '[Aa]uthor') or "
    "re:test(@class, '[Aa]uthor|screenname|writer|[Bb]yline')]",
)

# Every attribute value the expressions test for holds one of these pieces ("author-name" and
# "AuthorCard" hold "uthor", "Byline" holds "Byl", "byl" itself); plus the elements they match by
# name: <author>, and the parent of a <rel> child ("rel='me'"). Each piece tested costs a pass over
# the page's attributes, so only the pieces the serialised page holds are tested (the pieces are
# ASCII letters and hyphens, which serialisation writes as they are).
_PIECES = ("uthor", "byl", "Byl", "BBL", "username", "zuozhe", "bianji", "xiaobian", "channel-name",
           "submitted-by", "posted-by", "journalist-name", "screenname", "writer")
_PIECE = re.compile("|".join(_PIECES).encode())


@lru_cache(maxsize=64)
def _candidates(pieces: frozenset[bytes]) -> XPath:
    """The elements with an attribute holding one of ``pieces``, <author> elements, <rel> parents."""
    tests = " or ".join(f"contains(., '{piece.decode()}')" for piece in sorted(pieces))
    return XPath((f"//@*[{tests}]/.. | " if tests else "") + "//author | //rel/..")


_STRING = XPath("string()")

_NAME_CLASS = re.compile("author-?name|AuthorName|authorName")
_ID_2 = re.compile("author|zuozhe|bianji|xiaobian")
_CLASS_2 = re.compile("author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")
_ID_3 = re.compile("[Aa]uthor")
_CLASS_3 = re.compile("[Aa]uthor|screenname|writer|[Bb]yline")
_TAGS_1 = frozenset({"a", "address", "div", "link", "p", "span", "strong"})
_TAGS_2 = frozenset({"a", "div", "h3", "h4", "p", "span"})


def _first(element) -> bool:
    get = element.get
    if element.tag == "author":
        return True
    return element.tag in _TAGS_1 and (
        get("rel") == "author" or get("id") == "author" or get("class") == "author"
        or get("itemprop") == "author name"
        or any(child.tag == "rel" and _STRING(child) == "me" for child in element)
        or get("data-testid") in ("AuthorCard", "AuthorURL")
        or bool(_NAME_CLASS.search(get("class") or "")))


def _second(element) -> bool:
    get = element.get
    return element.tag in _TAGS_2 and (
        get("class") in ("byline", "username", "byl", "BBL") or "author" in (get("itemprop") or "")
        or bool(_ID_2.search(get("id") or "")) or bool(_CLASS_2.search(get("class") or "")))


def _third(element) -> bool:
    get = element.get
    return "Byline" in (get("data-component") or "") or "author" in (get("itemprop") or "") \
        or bool(_ID_3.search(get("id") or "")) or bool(_CLASS_3.search(get("class") or ""))


_PREDICATES: tuple[Callable[[object], bool], ...] = (_first, _second, _third)


@lru_cache(maxsize=1)
def _restated() -> bool:
    from trafilatura.metadata import AUTHOR_XPATHS

    return tuple(" ".join(xpath.path.split()) for xpath in AUTHOR_XPATHS) == _KNOWN


def author_xpath_matches(tree) -> list[list]:
    """Each of trafilatura's AUTHOR_XPATHS' matches on ``tree``, in document order."""
    from trafilatura.metadata import AUTHOR_XPATHS

    if not _restated():
        return [list(xpath(tree)) for xpath in AUTHOR_XPATHS]
    root = tree.getroottree() if hasattr(tree, "getroottree") else tree
    candidates = _candidates(frozenset(_PIECE.findall(tostring(root))))(tree)
    return [[element for element in candidates if test(element)] for test in _PREDICATES]
