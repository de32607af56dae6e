"""Which ``<article>``s of a page are a live blog's entries, not the article.

A live blog whose entries are each an ``<article>`` of one class is one article: the fast pass reads
the first ``<article>`` of a page as the whole body (the first entry alone), so such an entry is no
container (``cleaner.body.containers`` takes the block around the entries). So too when each entry is
wrapped alone in a list item or block of one kind (``<ol><li><article class="post">``). Entries
whose classes differ only by their number (``post post-12``, ``post post-13``) are one live blog's
too, under a headline above them and without linked titles (a blog's posts, titled with links to
themselves, are not). Two ``<article>``s of one class that each hold an ``<h1>`` are an endless
page's stories, not entries. Entries set as ``<section>``s, ``<div>``s or list items of one class
(``<section class="post__live-container">``, ``<div class="ncpost-container">``), each with a time
and a heading of its own and a paragraph, are a live blog's too (``timed_entry``): a related
story's item, titled with a link elsewhere, is not. Untimed entries (``feed_entry``) count only where
named as entries or posts, three or more of one class side by side, none with a linked title.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml.etree import XPath

_RE = {"re": "http://exslt.org/regular-expressions"}


def has_kin(article) -> bool:
    """``article`` has a sibling ``<article>`` of its class, one after the other
    (``<article class="live-post">``), or each is wrapped alone in a list item or block of one kind
    (``<li class="post-container"><article class="post">``): the entries of a live blog. Not one class
    word in common: the posts of a blog share "post hentry", the article and the teasers of others
    under it. Nor when either holds an ``<h1>``: the next story an endless page appends after the
    first, in full."""
    kind = article.get("class")
    if _HAS_H1(article):
        return False
    if kind and any(other.tag == "article" and other.get("class") == kind and not _HAS_H1(other)
                    for other in (article.getprevious(), article.getnext()) if other is not None):
        return True
    if kind and _numbered_kin(article, kind):
        return True
    if not wrapped_alone(article):
        return False
    wrapper = article.getparent()
    for other in (wrapper.getprevious(), wrapper.getnext()):
        if other is not None and other.tag == wrapper.tag and other.get("class") == wrapper.get("class"):
            inner = _element_children(other)
            if len(inner) == 1 and inner[0].tag == "article" and inner[0].get("class") == kind \
                    and not _HAS_H1(inner[0]):
                return True
    return False


_HAS_H1 = XPath("boolean(.//h1)")
# The page's headline above, outside any <article>; linked headings: a teaser card's title.
_HEADLINE_ABOVE = XPath("boolean(preceding::h1[not(ancestor::article)])")
_LINKED_TITLE = XPath("boolean(.//h2//a | .//h3//a | .//h4//a | .//a//h2 | .//a//h3 | .//a//h4)")


def _numbered_kin(article, kind: str) -> bool:
    """Entries whose classes differ only by their number (``<article class="post post-12">``, then
    ``post-13``) are a live blog's when the page's headline stands above them, outside them, and
    neither has a linked title: the posts of a blog under the post (each titled with a link to it),
    or a list of posts without a headline above them, are not."""
    base = _unnumbered(kind)
    if not base or kind == base or not _HEADLINE_ABOVE(article) or _LINKED_TITLE(article):
        return False
    return any(other.tag == "article" and other.get("class") and _unnumbered(other.get("class")) == base
               and not _HAS_H1(other) and not _LINKED_TITLE(other)
               for other in (article.getprevious(), article.getnext()) if other is not None)


def _unnumbered(kind: str) -> str:
    return " ".join(token for token in kind.split() if not any(ch.isdigit() for ch in token))


# What may wrap one entry alone (``<li class="post-container"><article class="post">``).
_WRAPPERS = frozenset({"li", "div", "section"})


def _element_children(element) -> list:
    return [child for child in element if isinstance(child.tag, str)
            and child.tag not in ("script", "style", "noscript")]


def wrapped_alone(article) -> bool:
    """``article`` is the only element of its list item or block (scripts aside)."""
    wrapper = article.getparent()
    return wrapper is not None and wrapper.tag in _WRAPPERS and not (wrapper.text or "").strip() \
        and _element_children(wrapper) == [article]


_ENTRY_TAGS = frozenset({"section", "div", "li"})
# An entry states its time (<time>, a datetime attribute, a block named for the time or date),
# opens with a heading not linked elsewhere (a teaser's is; an entry's own permalink '#post-3' is
# not) and holds a paragraph of prose.
_TIME_NAME = r"(^|[\s_-])(time|date|timestamp)([\s_-]|$)"
_TIMED_ENTRY = XPath(
    f"(.//time or .//*[@datetime] or .//*[re:test(@class, '{_TIME_NAME}', 'i')])"
    " and (.//h2 or .//h3 or .//h4) and not(.//h1)"
    " and not(.//h2//a[@href][not(starts-with(@href, '#'))] | .//h3//a[@href][not(starts-with(@href, '#'))]"
    " | .//h4//a[@href][not(starts-with(@href, '#'))] | .//a[@href][not(starts-with(@href, '#'))]//h2"
    " | .//a[@href][not(starts-with(@href, '#'))]//h3)"
    " and .//p[string-length(normalize-space()) >= 40]", namespaces=_RE)


def timed_entry(block) -> bool:
    """``block``, a ``<section>``, ``<div>`` or list item, is one of a live blog's entries: the nearest
    sibling of its tag before or after it (an ad slot or two between) is of its kind
    (``_same_kind``), and both state a time, hold an unlinked heading and a paragraph
    (``_TIMED_ENTRY``)."""
    kind = block.get("class")
    if block.tag not in _ENTRY_TAGS or not kind or not kind.strip():
        return False
    kin = _near_kin(block, kind)
    return bool(kin) and _TIMED_ENTRY(block) and any(_TIMED_ENTRY(other) for other in kin)


def not_listed(paragraph) -> bool:
    """``paragraph`` is in no list, or in a list item that is a live blog's timed entry
    (``timed_entry``): prose of the body, not a list's item."""
    for ancestor in paragraph.iterancestors():
        if ancestor.tag == "li":
            return timed_entry(ancestor)
        if ancestor.tag in ("ul", "ol"):
            return False
    return True


# Entries may stand apart by an ad slot or two between them.
_NEAR = 3


def _near_kin(block, kind: str) -> list:
    """The nearest siblings of ``block``'s tag and kind before and after it, within ``_NEAR``
    elements (ad slots and the like passed over)."""
    found = []
    for preceding in (True, False):
        for index, other in enumerate(block.itersiblings(preceding=preceding)):
            if index >= _NEAR:
                break
            if other.tag == block.tag and _same_kind(other.get("class") or "", kind):
                found.append(other)
                break
    return found


def _same_kind(other: str, kind: str) -> bool:
    """Classes of one kind of entry: the same, the same but for a number (``post-12``), or the same
    first word (``post post--live`` and ``post post--live post--pinned``)."""
    if not other.strip():
        return False
    if other == kind or _unnumbered(other) == _unnumbered(kind) != "":
        return True
    return other.split()[0] == kind.split()[0]


_STATES_TIME = XPath("boolean(.//time | .//*[@datetime])")
_SKIPPED = frozenset({"script", "style", "noscript", "template"})
_NEAR_ARTICLE = 3


def timed_article(article) -> bool:
    """``article`` is a live blog's entry that states its time: it has kin (``has_kin``), or the next
    ``<article>`` before or after it, past empty blocks only (an ad slot or two), is of its class."""
    return _STATES_TIME(article) and (has_kin(article) or _kin_past_slots(article))


def _kin_past_slots(article) -> bool:
    kind = article.get("class")
    if not kind:
        return False
    for preceding in (True, False):
        for other in islice(article.itersiblings(preceding=preceding), _NEAR_ARTICLE):
            if other.tag == "article":
                if other.get("class") == kind and not _HAS_H1(other):
                    return True
                break
            if isinstance(other.tag, str) and other.tag not in _SKIPPED and other.text_content().strip():
                break
    return False


# The first class word of an untimed entry: a live blog's post or update ("entry", "post", "update",
# "live-entry"), not an article's chunk or paragraph block ("article__chunk", "paragraph").
_ENTRY_NAME = re.compile(r"^(?:live[-_]?)?(?:entry|post|update|event)(?:$|[-_])", re.IGNORECASE)
_MIN_FEED = 3
_ENTRY_PROSE = XPath("boolean(.//p[string-length(normalize-space()) >= 40])")


def feed_entry(block) -> bool:
    """``block``, a ``<div>``, ``<section>`` or list item named as a live blog's entry (``_ENTRY_NAME``),
    is one of a run of its kind: ``_MIN_FEED`` siblings or more of its tag and class under one parent,
    each with a paragraph of prose, none with a headline or a linked heading (a teaser card's). An
    untimed entry: ``timed_entry`` asks for a time and a heading each."""
    kind = block.get("class")
    if block.tag not in _ENTRY_TAGS or not kind or not _ENTRY_NAME.match(kind.strip()):
        return False
    parent = block.getparent()
    if parent is None:
        return False
    kin = [other for other in parent if other.tag == block.tag and other.get("class") == kind]
    return len(kin) >= _MIN_FEED and all(_ENTRY_PROSE(other) and not _HAS_H1(other)
                                         and not _LINKED_TITLE(other) for other in kin[:_MAX_FEED_CHECKS])


_MAX_FEED_CHECKS = 12


_HEADLINE_LEVELS = 3
_COLUMN_TAGS = frozenset({"div", "section", "article", "header"})


def headline_column_before(block):
    """The block around the entries' column and the column before it that holds the headline and
    prose (a live blog's headline and lead in a top row, its entries in a column of the row below,
    beside a column of other stories), up to ``_HEADLINE_LEVELS`` levels up from ``block``; else None."""
    for _ in range(_HEADLINE_LEVELS):
        if block is None or block.tag in ("body", "html"):
            return None
        for sibling in block.itersiblings(preceding=True):
            if isinstance(sibling.tag, str) and sibling.tag in _COLUMN_TAGS and _HAS_H1(sibling) \
                    and _ENTRY_PROSE(sibling):
                around = block.getparent()
                return around if around is not None and around.tag not in ("body", "html") else None
        block = block.getparent()
    return None


# Blocks named as untimed entries (``_ENTRY_NAME``), looked for in the block after the headline's.
_NAMED_ENTRIES = XPath(r".//*[self::li or self::div or self::section]"
                       r"[re:test(@class, '^\s*(live[-_]?)?(entry|post|update|event)([-_\s]|$)', 'i')]",
                       namespaces=_RE)
_MAX_NAMED = 40


def entries_column_after(block):
    """The block around ``block`` (or an ancestor up to ``_HEADLINE_LEVELS`` levels up) holding the
    page's headline and the next block with text after it, when that next block holds a live blog's
    untimed entries (``feed_entry``): the headline and lead in a top row, the entries in a row below
    (the fast pass read them as a list, losing their headings and the "Key points" above); else None."""
    for _ in range(_HEADLINE_LEVELS):
        if block is None or block.tag in ("body", "html"):
            return None
        if _HAS_H1(block):
            after = next((sibling for sibling in block.itersiblings() if isinstance(sibling.tag, str)
                          and sibling.tag not in _SKIPPED and sibling.text_content().strip()), None)
            if after is not None:  # the headline's block is the last of its parent's: look one up
                if after.tag not in _COLUMN_TAGS \
                        or not any(feed_entry(named) for named in _NAMED_ENTRIES(after)[:_MAX_NAMED]):
                    return None
                around = block.getparent()
                return around if around is not None and around.tag not in ("body", "html") else None
        block = block.getparent()
    return None
