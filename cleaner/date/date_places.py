"""Where on a page a date stands: in the article's own place, or among other articles' teasers.

A "latest news" strip above the article, a related-stories list or a sidebar dates other articles
("5 min ago", ``<time itemprop="datePublished">`` in each card); a page's own date is outside them.
A date is a teaser's when it stands in an aside, navigation or the page's footer, in a block named
for other content (related, latest, trending, sidebar ...; the site's top bar and its "today" date),
or in an item of a list of headlines' links (each item another article), in the site's masthead or
in the readers' comments. Where dates are chosen,
only teasers before the article's headline count (``teaser_before_article``): a rail beside the text
may hold the article's own. Cards of other articles, each with its linked headline (``in_cards``),
are other articles' wherever they stand.
"""

from __future__ import annotations

import re

_OTHER_TAGS = frozenset({"aside", "nav"})
# One class or id token named for other articles' teasers ("related-posts", "c-teaser", "sidebar"), or
# for a list of the site's pages by day ("sitemap", "archive-list").
# The site's top bar and its "today" date ("Friday, 19 April 2024" above the masthead, the day the
# page was served, not the article's) are named so too.
_OTHER_NAME = re.compile(
    r"^(?!has-|with-|no-)(?:\w+[-_])*(?:relate|recirc|teaser|promo|latest|trending|popular|most-?read|"
    r"mostviewed|most-?viewed|recommend|sidebar|widget|rail|ticker|more-?stories|morenews|more-?news|"
    r"read-?next|also|today|current-?date|top-?bar|header-?top|date-?today|comment(?!ary)|site-?map|archive)",
    re.IGNORECASE)
# Readers' comments under the article ("comments", "comment-list", "commentlist"; not "commentary").
_COMMENTS_NAME = re.compile(r"^(?!has-|with-|no-)(?:\w+[-_])*comment(?!ary)", re.IGNORECASE)
_LIST_TAGS = frozenset({"ul", "ol"})
# A list of this many items with a link each is a list of articles, not the page's meta line.
_LINKED_ITEMS = 2
_HEADLINE_CHARS = 15


def _named_for_others(element) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''}".split()
    return any(_OTHER_NAME.match(name) for name in names)


def _headline_link(item) -> bool:
    """``item`` holds a link whose text is as long as a headline (not an author's or a section's)."""
    return any(len(" ".join(link.text_content().split())) >= _HEADLINE_CHARS for link in item.iter("a")
               if link.get("href"))


def _list_of_links(item) -> bool:
    """``item`` (an ``<li>``) holds a headline's link, as do others of its list: a list of articles
    (a meta line's items link an author or a section, and its date's item links nothing)."""
    parent = item.getparent()
    if parent is None or parent.tag not in _LIST_TAGS or not _headline_link(item):
        return False
    linked = sum(1 for sibling in parent if sibling.tag == "li" and _headline_link(sibling))
    return linked >= _LINKED_ITEMS


def _page_footer(element) -> bool:
    """The page's footer; an article's own ``<footer>`` (its date, its author) is the article's."""
    return element.tag == "footer" and next(element.iterancestors("article"), None) is None


def _page_header(element) -> bool:
    """The site's masthead: a ``<header>`` outside the article and the page's main block that does not
    hold the headline (its "today" date is the day the page was served)."""
    return element.tag == "header" and element.find(".//h1") is None and next(
        element.iterancestors("article", "main"), None) is None


def in_comments(element) -> bool:
    """``element`` stands in the readers' comments (a block so named that does not hold the headline)."""
    for ancestor in (element, *element.iterancestors()):
        if not isinstance(ancestor.tag, str) or ancestor.tag == "body":
            return False
        names = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}".split()
        if any(_COMMENTS_NAME.match(name) for name in names):
            return ancestor.find(".//h1") is None
    return False


def among_teasers(element) -> bool:
    """``element`` stands among other articles' teasers (see above). A block named so that holds the
    page's ``<h1>`` is a layout's ("page-with-sidebar"), not a teaser's."""
    for ancestor in (element, *element.iterancestors()):
        if ancestor.tag == "body":
            return False
        if not isinstance(ancestor.tag, str):
            continue
        if ancestor.tag in _OTHER_TAGS or _page_footer(ancestor) or _page_header(ancestor) or (
                ancestor.tag == "li" and _list_of_links(ancestor)) or (
                _named_for_others(ancestor) and ancestor.find(".//h1") is None):
            return True
    return False


def headline(tree):
    """The page's headline: its first ``<h1>`` outside other articles' teasers, or None."""
    return next((h1 for h1 in tree.iter("h1") if not among_teasers(h1)), None)


def teaser_before_article(tree, element) -> bool:
    """``element`` stands among other articles' teasers before the page's headline (a "latest news"
    strip, a related list above the article). A block after the headline named like one (an
    article's rail, a box beside its text) may hold the article's own date; teasers after the
    article come after its date anyway."""
    if not among_teasers(element):
        return False
    top = headline(tree)
    if top is None:
        return True
    for walked in tree.iter():
        if walked is element:
            return True
        if walked is top:
            return False
    return False


def holder(node):
    """The element a text node of ``//text()`` belongs to (a tail's is its parent's parent)."""
    parent = node.getparent()
    return parent.getparent() if parent is not None and node.is_tail else parent


def in_headline_link(element, day_text: str) -> bool:
    """``element`` stands in a link whose text is a headline beside the day it writes (``day_text``):
    another article's ("此分類上一篇：<a>美樹營地 - 探訪老鷹溪 (下) 2011/12/18</a>", "Previous: <a>Ferry
    fares to rise, 3 April 2024</a>"); a permalink of the day alone is the article's own."""
    link = next((a for a in (element, *element.iterancestors("a")) if a.tag == "a" and a.get("href")), None)
    if link is None:
        return False
    rest = " ".join(link.text_content().replace(day_text, " ").split())
    return len(rest) >= _HEADLINE_CHARS


_CARD_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _linked_heading(element) -> bool:
    """``element`` holds a heading that is a link or holds one (a teaser card's headline)."""
    for heading in element.iter(*_CARD_HEADINGS):
        if heading.find(".//a[@href]") is not None:
            return True
        for above in heading.iterancestors():
            if above.tag == "a" and above.get("href"):
                return True
            if above is element:
                break
    return False


def in_cards(element) -> bool:
    """``element`` stands in a card of a list of other articles' cards: a block holding a linked
    headline (h2-h6) among siblings that hold one too ("more from this section" under the article,
    each card with its own date). A byline or a paragraph holds no linked heading; the block holding
    the page's ``<h1>`` is the article's."""
    for ancestor in (element, *element.iterancestors()):
        if not isinstance(ancestor.tag, str) or ancestor.tag == "body":
            return False
        parent = ancestor.getparent()
        if parent is None or ancestor.find(".//h1") is not None:
            return False
        if _linked_heading(ancestor):
            linked = (sibling for sibling in parent if isinstance(sibling.tag, str))
            return sum(1 for sibling in linked if _linked_heading(sibling)) >= 2
    return False


def other_articles(element) -> bool:
    """``element`` stands in another article's card (``in_cards``) or in an item of a list of other
    articles' headline links, wherever on the page: its date is that article's."""
    return in_cards(element) or any(item.tag == "li" and _list_of_links(item)
                                     for item in element.iterancestors())
