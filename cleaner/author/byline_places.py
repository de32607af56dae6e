"""Where on a page a byline may sit: not in the page's chrome (navigation, menus, hidden blocks,
where a logged-in user's name is), not in a picture's caption or credit (a photographer's name),
and the author elements of one byline near each other (a related-stories list is not).
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


def near(element, first) -> bool:
    """``element`` shares an ancestor with ``first`` within a few levels of both."""
    above = [first, *list(first.iterancestors())[:BYLINE_LEVELS]]
    return any(a in above for a in [element, *list(element.iterancestors())[:BYLINE_LEVELS]])
