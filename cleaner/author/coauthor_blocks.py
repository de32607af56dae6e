"""The byline block around an author the meta tags or a marked element name: where they hold the
first author only, the block that names that person beside others lists the co-authors ("By <a
rel=author>A</a> and B", "By Anna Smith and Bob Jones").

Asked by ``cleaner.author.authors`` once it has one person (or the first few); the names in the
block's text are read by ``cleaner.author.bylines``.
"""

from __future__ import annotations

from itertools import islice

from lxml.etree import XPath

from cleaner.author.author_cards import card_text
from cleaner.author.author_names import same_person
from cleaner.author.byline_places import in_chrome
from cleaner.author.byline_shapes import MAX_BYLINE_CHARS
from cleaner.author.bylines import byline_names
from cleaner.date.page_lines import walked_text_nodes

# Text nodes that hold a name: libxml2 finds them in one pass (trafilatura's author XPaths cost
# ten times as much on a page).
_NAMING_TEXT = XPath("//body//text()[contains(., $name)]")
_MAX_NAMING = 5
_BYLINE_CLIMB = 3


def byline_naming(tree, person: str) -> list[str]:
    """The names of the first short block (a byline: at most ``MAX_BYLINE_CHARS`` characters,
    outside the page's chrome) whose text names ``person`` beside others: "By Anna Smith and Bob
    Jones", marked or not. Where no text writes ``person`` as given, a block naming that person
    otherwise ("Jane A. Doe" or "Jane Doe" for "JANE DOE", "Hans Mueller" for "Hans Müller"), found
    by the surname as a byline writes it."""
    names = _naming(tree, person)
    if names is not None or len(words := person.split()) < 2:
        return names or []  # the page writes the name as given: its byline names no one else
    surname = words[-1].title() if words[-1].isupper() else words[-1]
    surname = surname.translate(_SPELLED_OUT) if any(ch in surname for ch in "äöüß") else surname
    names = _naming(tree, surname) or []
    return names if any(same_person(name, person) for name in names) else []


# German letters as a byline may spell them, where the meta tags write them ("Müller", "Mueller").
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _naming(tree, person: str) -> list[str] | None:
    """See ``byline_naming``: the block whose text holds ``person`` as written; None where no text
    of the page (but its scripts') does."""
    written = False
    for text in _naming_texts(tree, person):
        element = text.getparent()
        if element is not None and text.is_tail:  # the text after an element (or a comment) is its parent's
            element = element.getparent()
        if element is None or element.tag in ("script", "style", "title", "noscript"):
            continue
        written = True
        if in_chrome(element):
            continue
        best = _byline_block(element)
        if best is not None and len(names := byline_names(card_text(best))) >= 2:
            return names
    return [] if written else None


def _naming_texts(tree, person: str) -> list:
    """The first ``_MAX_NAMING`` text nodes of the page's body that hold ``person``: found among the
    page's text nodes where the date readers have walked them all already (one substring test each, no
    walk of the page), else by ``_NAMING_TEXT``. Where ``person`` is printable (no character lxml
    refuses) and not blank (a node holding it is one of the walked, non-blank ones), both find the
    same nodes in the same order."""
    walked = walked_text_nodes(tree) if person.isprintable() and person.strip(" ") else None
    if walked is None:
        return _NAMING_TEXT(tree, name=person)[:_MAX_NAMING]
    return list(islice((text for text in walked if person in text), _MAX_NAMING))


def block_names(element) -> list[str]:
    """The names of the largest short block (a byline, at most ``MAX_BYLINE_CHARS`` characters, a
    few levels up) around ``element``, where it names two or more ("By <a>A</a> and B")."""
    best = _byline_block(element)
    names = byline_names(card_text(best)) if best is not None else []
    return names if len(names) >= 2 else []


def _byline_block(element):
    """The largest short block a few levels up from ``element`` (at most ``MAX_BYLINE_CHARS``
    characters), short of one that holds a headline: a short story's header holds the headline and
    the byline, and the headline's words are no co-authors ("Le conseil adopte un nouveau budget")."""
    best = None
    for node in [element, *list(element.iterancestors())[:_BYLINE_CLIMB]]:
        if len(" ".join(node.text_content().split())) > MAX_BYLINE_CHARS \
                or (node is not element and next(node.iter("h1", "h2"), None) is not None):
            break
        best = node
    return best
