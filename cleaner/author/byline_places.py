"""Where on a page a byline may sit: not in the page's chrome (navigation, menus, hidden blocks,
where a logged-in user's name is), not in a picture's caption or credit (a photographer's name),
and the author elements of one byline near each other (a related-stories list is not).
Not in another story's card either: a related or more-stories list names each story's author beside
its headline (``other_story``).
Used by the searches of ``cleaner.author.page_bylines`` and ``cleaner.author.author_xpaths``.
"""

from __future__ import annotations

from lxml.etree import XPath

# Page chrome that holds names which are not bylines: navigation, menus, hidden blocks. (``re:test``
# calls back into Python for each ancestor with a style: only where the style holds "display:".)
_CHROME = XPath(
    "ancestor-or-self::*[self::nav or @role='navigation' or @role='menu' or @role='menubar' or @hidden"
    " or @aria-hidden='true' or contains(concat(' ', normalize-space(@class), ' '), ' hidden ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' is-hidden ')"
    " or contains(@style, 'display:') and re:test(@style, 'display:\\s*none')][1]",
    namespaces={"re": "http://exslt.org/regular-expressions"},
)
# Author elements of one byline sit within a few levels of each other; a related-stories list does not.
BYLINE_LEVELS = 3
# A picture's caption or credit block: its names are photographers'.
_MEDIA = XPath("ancestor-or-self::*[self::figure or self::figcaption or re:test(@class, "
               "'caption|credit|media|photo|image|copyright', 'i')][1]",
               namespaces={"re": "http://exslt.org/regular-expressions"})

def in_chrome(element) -> bool:
    """``element`` is in the page's navigation, a menu or a hidden block."""
    return bool(_CHROME(element))


def in_media(element) -> bool:
    """``element`` is in a picture's caption or credit block."""
    return bool(_MEDIA(element))


def in_caption(element) -> bool:
    """``element`` is in a picture's <figure>, its caption or a block whose class names a caption (a
    marked author element there is the photographer's; an author box's class may say "photo" or
    "image" for its avatar, so not those). Walked in Python: cheaper than an XPath's regex test."""
    for node in (element, *element.iterancestors()):
        if node.tag in ("figure", "figcaption") or "caption" in (node.get("class") or "").casefold():
            return True
    return False


_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# A link whose text has this many words or more is a story's headline ("Markets close higher on Friday").
_HEADLINE_WORDS = 4


def other_story(element) -> bool:
    """``element`` is in another story's card: an ancestor within a few levels of it that is a list's
    item or has a sibling of its own tag and class (one card of several), holds no <h1>, and where it
    or a card beside it holds, outside ``element``, a link in a heading or a link of four words or
    more (a story's headline). The article's own meta row ("<li class=author>By A</li><li>12 May</li>")
    holds no headline."""
    own = set(element.iter("a"))
    # (a list's item is a card itself: "<li class=author-name>A</li><li><a>headline</a></li>")
    nodes = list(element.iterancestors())[:BYLINE_LEVELS + 1]
    for node in [element, *nodes] if element.tag == "li" else nodes:
        if node.tag in ("body", "article", "main"):
            return False
        kind = node.get("class")
        if node.tag != "li" and not kind:
            continue
        cards = [node, *(sibling for sibling in _beside(node) if sibling.tag == node.tag
                         and (node.tag == "li" or sibling.get("class") == kind))]
        if len(cards) == 1 and node.tag != "li":
            continue
        if any(_headline(link, card) for card in cards for link in card.iter("a") if link not in own):
            return not any(True for _ in node.iter("h1"))
    return False


def _beside(node) -> list:
    """The siblings right before and after ``node``."""
    return [sibling for sibling in (node.getprevious(), node.getnext()) if sibling is not None]


def _headline(link, card) -> bool:
    """``link`` is a story's headline: four words or more, or in a heading inside ``card``."""
    return len(link.text_content().split()) >= _HEADLINE_WORDS \
        or any(a.tag in _HEADINGS for a in link.iterancestors() if a is not card)


def near(element, first) -> bool:
    """``element`` shares an ancestor with ``first`` within a few levels of both."""
    above = [first, *list(first.iterancestors())[:BYLINE_LEVELS]]
    return any(a in above for a in [element, *list(element.iterancestors())[:BYLINE_LEVELS]])
