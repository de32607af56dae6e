"""Lists of other stories the extraction kept in the body, told by their structure.

Many templates set a bare list of links to the site's other stories in the article's block, with no
"Related" line before it (the markers are ``core.cuts.tails``'s): after the last paragraph and before
the sign-off ("Originally published on ..."), or between two paragraphs. Each item is a headline
that links to another article of the same site, perhaps with its time (``<li><a
href="/news/2024/03/harbour-repairs">Harbour repairs to start next spring</a> <time>2 hours
ago</time></li>``). Extraction reads such a list as the body's own ("- Harbour repairs ..."); gold
bodies leave it out. A list goes when every item is such a link: the link holds nearly all of the
item's text (a time or a date aside), reads as a headline (four words or more), and points to
another page of the site named like an article (a path with a slug or a number, not a section's
front, a file or an anchor). A list whose links go elsewhere (sources, documents), or whose items
say more than their link (a list of points with a link inside), is the article's.

Only the lists in the article's container are read (``<ul>``/``<ol>``: a walk by tag, no pass over
the page). A grid of such links, each around a picture and a headline with nothing else in their
block, is looked for over the page's ``<h2>``-``<h4>`` (it stands beside the article's block, its
"You may also like" label dropped by the extractor; 0.08 ms a page).

A sidebar's list ("Popular Posts", "Recent posts" widgets, Blogger's snippets under each title) that
the extraction read after the story, where it took a block wider than the article's (a Blogger post's
text set with ``<br>`` and no ``<p>``), goes too: the text's last lines that the article's container
does not hold, each held by one block named a sidebar or a widget outside the container.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.etree import XPath

from core.text import single_spaced

_MIN_ITEMS = 2
_MAX_LISTS = 40
# A headline: four words or more.
_MIN_HEADLINE_WORDS = 4
# Text an item may hold besides its link: a time, a date, a label ("2 hours ago", "| Video").
_MAX_REST_CHARS = 30
_LINKS = XPath("./descendant::a[@href]")
_TIME_TEXT = XPath("string(.//time)")
# The list's lines may take less than this share of the text (else the list is the article).
_MAX_SHARE = 1 / 3
# A path's last segment named like an article: words joined by hyphens or underscores, or a number.
_ARTICLE_SEGMENT = re.compile(r"[\w%]+[-_][\w%]+|\d{4,}", re.UNICODE)
_FILE = re.compile(r"\.(?!s?html?$|php$|aspx?$|cms$)[a-z0-9]{2,4}$", re.IGNORECASE)
_BULLET = re.compile(r"^[-•*·–]\s*")
_LIST_LINE = re.compile(r"^- ", re.MULTILINE)
_QUERY_ID = re.compile(r"(?:^|&)\w*(?:id|no|idx)\w*=\d{4,}(?:&|$)", re.IGNORECASE)


def without_related_lists(container, text: str, url: str | None, page=None) -> str:
    """``text`` without the lines of lists in ``container`` that link to other stories of the site,
    and of grids of such links, each around a headline, in ``page`` (see above)."""
    text = _without_sidebar_tail(container, text, page)
    items: set[str] = set()
    # The extractor writes a list's items as "- " lines: none, no list to look for.
    if container is not None and _LIST_LINE.search(text):
        for listing in list(container.iter("ul", "ol"))[:_MAX_LISTS]:
            items.update(_headlines(listing, url) or ())
    if page is not None:
        items.update(_grid_headlines(page, url))
    if not items:
        return text
    lines = text.split("\n")
    dropped = [index for index, line in enumerate(lines)
               if _is_item(_BULLET.sub("", single_spaced(line)), items)]
    if not dropped or sum(len(lines[index]) for index in dropped) >= _MAX_SHARE * len(text):
        return text
    gone = set(dropped)
    return "\n".join(line for index, line in enumerate(lines) if index not in gone)


def _is_item(line: str, headlines: set[str]) -> bool:
    """``line`` is an item's headline, alone or with the time or label the extractor kept after it."""
    return line in headlines or any(line.startswith(headline) and len(line) - len(headline) <= _MAX_REST_CHARS
                                    for headline in headlines)


def _headlines(listing, url: str | None) -> list[str] | None:
    """The items' headlines when every item of ``listing`` is a headline linking to another story of
    the site, else None."""
    entries = [child for child in listing if child.tag == "li"]
    if len(entries) < _MIN_ITEMS or len(entries) != sum(1 for child in listing if isinstance(child.tag, str)):
        return None
    host = host_of(url)
    own_path = address(urlsplit(url)) if url else None
    hosts = set()
    found = []
    for entry in entries:
        links = _LINKS(entry)
        if len(links) != 1:
            return None
        link = links[0]
        headline = single_spaced(link.text_content())
        whole = single_spaced(entry.text_content())
        if len(headline.split()) < _MIN_HEADLINE_WORDS:
            return None
        rest = len(whole) - len(headline)
        if rest > _MAX_REST_CHARS and rest - len(single_spaced(_TIME_TEXT(entry))) > _MAX_REST_CHARS:
            return None
        href = link.get("href") or ""
        if not other_story(href, host, own_path):
            return None
        hosts.add(host_of(href))
        found.append(headline)
    # Without the page's address, links to one site only (its own stories; sources vary).
    return found if host is not None or len(hosts) == 1 else None


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def other_story(href: str, host: str | None, own_path: str | None) -> bool:
    """``href`` names another article of the site: relative or on the page's host (``_headlines``
    asks for one host when the page's address is not known), a path whose last segment is a slug or
    a number, not a file, not the page itself."""
    parts = urlsplit(href.strip())
    if parts.scheme and parts.scheme not in ("http", "https"):
        return False
    if parts.hostname and host is not None and parts.hostname.removeprefix("www.") != host:
        return False
    path = parts.path.rstrip("/")
    if not path or address(parts) == own_path or _FILE.search(path):
        return False
    # A slug or a number in the path, or an article's number in the query (Korean and other CMSs:
    # 'articleView.html?idxno=123456', 'read.php?id=98765').
    return bool(_ARTICLE_SEGMENT.search(path.rsplit("/", 1)[-1]) or _QUERY_ID.search(parts.query))


def address(parts) -> str:
    """The path and the query a link names, for telling the page itself from other pages."""
    return parts.path.rstrip("/") + (f"?{parts.query}" if parts.query else "")


_HEADINGS = ("h2", "h3", "h4")
_SKIPPED = frozenset({"script", "style", "noscript", "template"})


def _grid_headlines(page, url: str | None) -> set[str]:
    """The headlines of the blocks in ``page`` that hold nothing but two links or more to other
    stories of the site, each around a headline (a picture beside it), no summary: a grid of other
    stories under the article, its "You may also like" label dropped by the extractor, that left
    the bare headlines in the text."""
    host = host_of(url)
    own_path = address(urlsplit(url)) if url else None
    seen: set = set()
    found: set[str] = set()
    for heading in page.iter(*_HEADINGS):
        link = heading.getparent()
        if link is None or link.tag != "a":
            continue  # most headings are no linked card's: the block is not read
        block = link.getparent()
        if block is None or block in seen:
            continue
        seen.add(block)
        found.update(_grid(block, host, own_path))
    return found


def _grid(block, host: str | None, own_path: str | None) -> list[str]:
    """The headlines of ``block`` when each of its elements (two or more) is a link to another story
    around a headline, and it holds no text besides, else []."""
    links = [child for child in block if isinstance(child.tag, str) and child.tag not in _SKIPPED]
    if len(links) < _MIN_ITEMS or any(link.tag != "a" for link in links) or (block.text or "").strip():
        return []
    headlines = []
    hosts = {host_of(link.get("href") or "") for link in links}
    if host is None and len(hosts) > 1:
        return []  # without the page's address, links to one site only
    for link in links:
        heading = next(link.iter(*_HEADINGS), None)
        if heading is None or (link.tail or "").strip() \
                or not other_story(link.get("href") or "", host, own_path):
            return []
        headline = single_spaced(heading.text_content())
        if len(headline.split()) < _MIN_HEADLINE_WORDS or single_spaced(link.text_content()) != headline:
            return []
        headlines.append(headline)
    return headlines


# Blocks named a sidebar or a widget ("sidebar section", "widget PopularPosts", "td-main-sidebar").
_SIDE_BLOCKS = XPath("//*[contains(@class, 'sidebar') or contains(@class, 'Sidebar')"
                     " or contains(@id, 'sidebar') or contains(@class, 'widget')"
                     " or contains(@class, 'Widget')]")
# The sidebar's lines may take less than this share of the text.
_MAX_SIDE_SHARE = 1 / 2


def _without_sidebar_tail(container, text: str, page) -> str:
    """``text`` without its last lines when none is in ``container``'s text and one sidebar or widget
    block outside the container holds them all (see above)."""
    if container is None or page is None or "\n" not in text:
        return text
    lines = text.split("\n")
    own = single_spaced(container.text_content())
    kept = len(lines)
    while kept > 0 and _BULLET.sub("", single_spaced(lines[kept - 1])) not in own:
        kept -= 1
    tail = [_BULLET.sub("", single_spaced(line)) for line in lines[kept:] if line.strip()]
    # Nothing after the story, or no line of the story itself in the container (a wrong container).
    if not tail or kept == 0 or sum(map(len, tail)) >= _MAX_SIDE_SHARE * len(text):
        return text
    around = set(container.iterancestors())
    for block in _SIDE_BLOCKS(page):
        if block is container or block in around or container in set(block.iterancestors()):
            continue  # a page wrapper named for its sidebar layout, or a widget inside the story
        side = single_spaced(block.text_content())
        if all(line in side for line in tail):
            return "\n".join(lines[:kept])
    return text
