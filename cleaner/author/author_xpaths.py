"""trafilatura's author XPaths (``trafilatura.metadata.AUTHOR_XPATHS``) answered in one pass.

libxml2 evaluates each of the three expressions over the whole page, and their ``re:test``
predicates call back into Python for every element with a class or id: ~5 ms a page for the three.
One cheap pass finds the few elements that any of them can match (one of the six attributes their
tests read holding one of the literal pieces those tests look for, an ``<author>`` element, a
``<rel>`` child); the expressions' own predicates, restated here, then pick each one's elements
from those, in document order as libxml2 returns them. Used only while trafilatura's expressions
read exactly as restated (``_KNOWN``); otherwise the expressions themselves run.

``searched_authors`` reads the names those elements give, as trafilatura's author search does
(without the text of comment, date and figure blocks), outside the page's chrome, without the role
or job title an author card sets beside the name (``cleaner.author.author_cards``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import accumulate

from lxml.etree import XPath

from cleaner.author.author_cards import card_text
from cleaner.author.author_names import merged_names
from cleaner.author.byline_places import BYLINE_LEVELS, in_chrome, near, other_story
from cleaner.author.byline_roles import WHOLE_AGENCY
from cleaner.author.bylines import BY_PREFIX, byline_names

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
# name: <author>, and the parent of a <rel> child ("rel='me'").
_PIECES = ("uthor", "byl", "Byl", "BBL", "username", "zuozhe", "bianji", "xiaobian", "channel-name",
           "submitted-by", "posted-by", "journalist-name", "screenname", "writer", "contributor-name")
# The attributes the expressions (and ``_beyond``) test, all of them; and the elements they match by
# name. libxml2 returns the values (each knows its element) and those elements in one list, in
# document order. The values are searched joined, one substring search a piece: a few tens of
# kilobytes, not the serialised page (serialising it and searching it for each piece, then testing
# every attribute of the page in XPath, cost ~3 ms on a page whose meta tags name no author).
_ATTRIBUTE_NAMES = ("class", "id", "rel", "itemprop", "data-testid", "data-component")
_NAMED = "//author | //rel/.."
_ATTRIBUTES_AND_NAMED = XPath(" | ".join(f"//@{name}" for name in _ATTRIBUTE_NAMES) + f" | {_NAMED}")
# With an <author> element or a <rel> parent among them (rare), the same in one expression.
_PIECE_TESTS = " or ".join(f"contains(., '{piece}')" for piece in _PIECES)
_MARKED_AND_NAMED = XPath(" | ".join(f"//@{name}[{_PIECE_TESTS}]/.." for name in _ATTRIBUTE_NAMES)
                          + f" | {_NAMED}")
_SEPARATOR = "\x00"  # never in an attribute's value (XML cannot hold it), never in a piece


def _candidates(tree) -> list:
    """The elements with one of those attributes holding a piece, <author> elements, <rel>
    parents, in document order."""
    found = _ATTRIBUTES_AND_NAMED(tree)
    try:
        joined = _SEPARATOR.join(found)
    except TypeError:  # an element among the values
        return _MARKED_AND_NAMED(tree)
    # Where each value starts in ``joined``; a piece found at a position belongs to the value before.
    starts = list(accumulate(map((1).__add__, map(len, found)), initial=0))
    marked: set[int] = set()
    for piece in _PIECES:
        position = joined.find(piece)
        while position >= 0:
            index = bisect_right(starts, position) - 1
            marked.add(index)
            position = joined.find(piece, starts[index + 1])
    # An element's attributes come right after it in document order: its first marked one places it.
    return list(dict.fromkeys(found[index].getparent() for index in sorted(marked)))


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


def _beyond(element) -> bool:
    """Author elements trafilatura's expressions do not name, read after theirs: the test id React
    templates name the author's element or byline by (data-testid="authorName", "author-name",
    "byline"), and the contributor's name of Quintype's templates (<div class="contributor-name">, as
    South Asian outlets print their bylines). (A person's hCard with no "author" class, <span
    class="vcard"><span class="fn">, was tried: finding it took another pass over the page's
    attributes, 0.1-0.2 ms a page.)"""
    return bool(_CLASS_3.search(element.get("data-testid") or "")) \
        or "contributor-name" in (element.get("class") or "")



_PREDICATES: tuple[Callable[[object], bool], ...] = (_first, _second, _third)


@lru_cache(maxsize=1)
def _restated() -> bool:
    from trafilatura.metadata import AUTHOR_XPATHS

    return tuple(" ".join(xpath.path.split()) for xpath in AUTHOR_XPATHS) == _KNOWN


def author_xpath_matches(tree) -> list[list]:
    """Each of trafilatura's AUTHOR_XPATHS' matches on ``tree``, in document order."""
    return list(_matches(tree, beyond=False))


def _matches(tree, beyond: bool = True) -> Iterator[list]:
    """trafilatura's author XPaths' matches, one list for each; then, with ``beyond`` and only when
    asked for (the search reads them where trafilatura's named no one), the author elements they do
    not name (``_beyond``)."""
    from trafilatura.metadata import AUTHOR_XPATHS

    candidates = _candidates(tree)
    if not _restated():
        yield from (list(xpath(tree)) for xpath in AUTHOR_XPATHS)
    else:
        yield from ([element for element in candidates if test(element)] for test in _PREDICATES)
    if beyond:
        yield [element for element in candidates if _beyond(element)]


_MAX_SEARCHED = 20
# A location step from the root down ("//x", ".//x"), as trafilatura writes its discard XPaths.
_DESCENDANT_STEP = re.compile(r"^\.?//(?!/)")


def searched_authors(tree) -> list[str]:
    """trafilatura's author XPaths on the page, without the text of comment, date and figure
    blocks (trafilatura prunes a deep copy of the page for this; reading around them is cheaper:
    only a candidate's ancestors and its own subtree are tested, not the whole page), and not in
    navigation or hidden blocks, nor in another story's card. A candidate that opens with "By" wins
    over earlier ones."""
    from trafilatura.metadata import AUTHOR_DISCARD_XPATHS

    tests = _discard_tests()
    page_discarded: set | None = None
    first: list[str] = []
    first_element = None
    for number, matches in enumerate(_matches(tree)):
        if number == len(_PREDICATES) and first_element is not None:
            break  # the elements beyond trafilatura's are read only where theirs named no one
        for element in matches[:_MAX_SEARCHED]:
            if in_chrome(element) or other_story(element):
                continue  # not in menus, hidden blocks, another story's card in a related list
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
            text = card_text(element, discarded, apart=True)
            text = _SEPARATORS.sub("; ", text).strip("; ")
            # "By" in an element of its own before the name (Drupal's field label: <div
            # class="field__label">By</div><div class="field__item">A</div>): the byline as written.
            if ";" in text[:12] and not BY_PREFIX.match(text) \
                    and BY_PREFIX.match(labelled := _LABEL_APART.sub(r"\1 ", text, count=1)):
                text = labelled
            # (two letters are a wire agency's name: "AP")
            if (2 < len(text) < 120 or WHOLE_AGENCY.match(text)) and (names := byline_names(text)):
                if BY_PREFIX.match(text):
                    return names  # "By Erin Cunningham": a byline as written, whatever came before it
                if first_element is None:
                    first, first_element = names, element
                elif _coauthor_block(element, first_element):
                    first = merged_names(first, names)
    return first


def _coauthor_block(element, first) -> bool:
    """``element`` is another author block of the byline ``first`` opens: its kind (tag and class),
    beside it (one author per block: "<div class=author>A</div><div class=author>B</div>"); not
    one of a list's items (recent comments, related stories each name their own author)."""
    kind = element.get("class") or ""
    return element is not first and element.tag == first.tag and bool(kind.strip()) \
        and kind == first.get("class") and "comment" not in kind.lower() and near(element, first) \
        and first not in element.iterancestors() and element not in first.iterancestors() \
        and not any(a.tag == "li" for e in (element, first) for a in list(e.iterancestors())[:BYLINE_LEVELS])


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


_SEPARATORS = re.compile(r"(?:\s*;\s*)+")
_LABEL_APART = re.compile(r"^([^\W\d_]+); ")
