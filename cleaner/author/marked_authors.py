"""The page's marked author elements: ``rel=author``, an ``itemprop=author`` leaf, the ``itemprop=name``
inside an ``itemprop=author`` scope, and an author ``<meta>`` stating a name. ``byline_authors`` gives
the names of the first such byline outside the page's chrome and of those near it; the other paths to
a byline are ``cleaner.author.page_bylines``'s.
"""

from __future__ import annotations

import re

from lxml.etree import XPath

from cleaner.author.author_profiles import linked_name
from cleaner.author.byline_places import in_caption, in_chrome, near
from cleaner.author.byline_roles import CREDIT
from cleaner.author.bylines import byline_names, person_names

# Author elements: rel=author, an itemprop=author leaf, the itemprop=name inside an itemprop=author;
# microdata may give an element several properties ("author creator", "name headline").
# Found from the attributes (the parents of the rel and itemprop attributes that say so): half the
# cost of testing each element's attributes (".//*[@rel=... or @itemprop=...]"), same elements in
# the same order; the rest is checked below.
_AUTHOR_MARKED = XPath('.//*/@rel[.="author"]/.. | .//*/@itemprop[.="author" or .="name" or '
                       '(contains(., " ") and (contains(concat(" ", normalize-space(.), " "), " author ") or '
                       'contains(concat(" ", normalize-space(.), " "), " name ")))]/..')
_MAX_BYLINES = 5


def _byline_elements(tree) -> list:
    """The page's author elements (see ``_AUTHOR_MARKED``), in document order."""
    found = []
    for element in _AUTHOR_MARKED(tree):
        props = (element.get("itemprop") or "").split()
        if element.get("rel") == "author" or ("author" in props and len(element) == 0) \
                or ("name" in props and any("author" in (a.get("itemprop") or "").split()
                                            for a in element.iterancestors())):
            found.append(element)
    return found


def byline_authors(tree) -> tuple[list[str], object]:
    """Names in the page's ``rel=author`` / ``itemprop=author`` elements: those of the first byline
    outside the page's chrome, and those near it; and that first element (None without one). Not a
    picture's caption's, nor one a credit for the photos labels ("Text: A / Photos: <a rel=author>B</a>"):
    a photographer's."""
    elements = [element for element in _byline_elements(tree)
                if not in_chrome(element) and not in_caption(element) and not _credited(element)]
    texts = [e for e in elements if _marked_text(e).strip()][:_MAX_BYLINES]
    if not texts:
        return [], None
    first = texts[0]
    # (the itemprop=name of an author's microdata scope states one person: "Pedro Villa y Caña")
    names = [name for element in texts if element is first or near(element, first)
             for name in (person_names if _person_name(element) else byline_names)(_marked_text(element))]
    return list(dict.fromkeys(names)), first


def _person_name(element) -> bool:
    """``element`` is the ``itemprop=name`` of an author's microdata scope typed Person."""
    if "name" not in (element.get("itemprop") or "").split():
        return False
    scope = next((a for a in element.iterancestors() if a.get("itemscope") is not None), None)
    return scope is not None and (scope.get("itemtype") or "").endswith("/Person")


def _credited(element) -> bool:
    """The text just before ``element`` in its byline is a credit's label for the photos, the video or
    the editing ("/ Photos:", "Fotos:", "Photography by", "Фото:": ``CREDIT``)."""
    previous, parent = element.getprevious(), element.getparent()
    before = (previous.tail if previous is not None else parent.text if parent is not None else "") or ""
    label = re.split(r"[/|;,.•]", before)[-1].strip()
    return bool(label) and bool(CREDIT.match(label))


# A name an author <meta> states: two to four words of letters ("Jane Doe"), not an account ("jdoe").
_STATED_NAME = re.compile(r"^\s*[^\W\d_][^\W\d_'’.-]*(?:\s+[^\W\d_][^\W\d_'’.-]*){1,3}\s*$")


def _marked_text(element) -> str:
    """An author element's name: its text, or the content of the <meta itemprop=name> in an author's
    microdata scope ("<span itemprop=author itemscope><meta itemprop=name content='Jane Doe'></span>":
    the name the page states, not shown), or of an author <meta> that states a name of two to four
    words ("<meta itemprop=author content='Jane Doe'>"). Not another <meta>'s ("<meta rel=author
    content=humans.txt>", an account's "<meta itemprop=author content=jdoe>")."""
    if element.tag != "meta":
        return link_text(element)
    content = element.get("content") or ""
    if "name" in (element.get("itemprop") or "").split():
        return content
    # "<meta itemprop=author content='Jane Doe'>": a name, not an account's ("jdoe")
    return content if _STATED_NAME.match(content) else ""


def link_text(element) -> str:
    """An element's text; for a link to an author's page whose text is its label, the name in the
    page's slug (``cleaner.author.author_profiles.linked_name``)."""
    return linked_name(element.text_content() or "", element.get("href"))
