"""Publication times as the page states them: JSON-LD, meta tags, ``itemprop="datePublished"``,
``<time pubdate>`` and ``<time datetime>`` elements whose class names the publication; parsed as
stated (naive where the page gives no offset), for ``cleaner.date.publication`` and ``cleaner.date.dates``.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, tzinfo
from itertools import islice

from lxml.etree import XPath

from cleaner.date.calendars import gregorian_stamp
from cleaner.date.date_places import other_articles, teaser_before_article
from cleaner.date.day_forms import EARLIEST
from cleaner.date.day_orders import MONTH_FIRST, slashed_order, weekday_order
from cleaner.date.page_lines import text_nodes
from cleaner.date.timestamps import parse_time, parse_year_last, year_last

# Meta names and properties that state the online publication time, most specific first.
_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "article:published",
    "datepublished", "publishdate", "publish-date", "publish_date", "pubdate", "published_at",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created",
    "dcterms.created", "article.published", "cxenseparse:recs:publishtime", "date",
)
_RANK = {name: rank for rank, name in enumerate(_PUBLISHED_META)}
# "article:published" and "article:modified": The New York Times' names.
_MODIFIED_META = frozenset({"article:modified_time", "og:updated_time", "datemodified", "last-modified",
                            "article:modified"})
# Drupal 7's RDFa states the node's creation so (``<span property="dc:date dc:created"
# content="2026-12-02T14:05:00-05:00">`` in its "Submitted by" line): read as a datePublished.
# Found from the itemprop attributes and the <time> elements: cheaper than testing every element's
# attributes (0.31 -> 0.20 ms a page), the same elements in document order.
_ITEMPROP = XPath('//@itemprop[contains(concat(" ", normalize-space(.), " "), " datePublished ")]'
                  '/parent::*[@datetime or @content]'
                  ' | //time[@datetime and (@pubdate or @class or ../@class or ../../@class)]'
                  ' | //@property[contains(concat(" ", normalize-space(.), " "), " dc:created ")]'
                  '/parent::*[@content]')
# A <time datetime> whose class names the publication ("entry-date published", WordPress's, also when
# "updated" follows it on a post never updated; "date-published", "post-date", "pubdate").
_PUBLISHED_CLASS = re.compile(
    r"(?:^|[-_])(?:published|publish(?:ed)?[-_]?(?:date|time|on|at)|pub[-_]?date|post[-_]?date|entry[-_]?date|"
    r"date[-_]?published)(?:$|[-_])", re.IGNORECASE)
UPDATE_CLASS = re.compile(r"updat|modif", re.IGNORECASE)
_MAX_TIME_ELEMENTS = 10


def resolve(value: datetime | None, tz: tzinfo | None = None) -> datetime | None:
    """``value`` made aware: an aware time as it is, a naive one read in ``tz`` (else UTC)."""
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=tz or UTC)


def plausible(value: datetime) -> bool:
    instant = resolve(value)
    return EARLIEST <= instant <= datetime.now(UTC) + timedelta(days=1)


# (publication times of the meta tags, most specific first; their other times)
MetaTimes = tuple[list[datetime | None], list[datetime | None]]


# The last page's meta times by what they were read with (url, zone), or for any where none of its
# values needed them (``_read_meta_times``): one page's date readers ask for them up to five times,
# with two sets of arguments, the same answer each time (the tree is not changed while its dates are
# read). Copies are handed out: a caller may extend its lists.
_last_meta_times: tuple[object, dict[object, tuple[tzinfo | None, MetaTimes]]] | None = None
_ANY_ARGUMENTS = object()


def read_meta_times(tree, url: str | None = None, tz: tzinfo | None = None) -> MetaTimes:
    """(publication times of the meta tags, most specific name first; their other times), parsed,
    unfiltered; a slashed day with the year last in the page's order (``page_stamp``). Read once a
    tree for the same ``url`` and ``tz``, once for all where no value needs them."""
    global _last_meta_times
    if _last_meta_times is None or _last_meta_times[0] is not tree:
        _last_meta_times = (tree, {})
    read = _last_meta_times[1]
    known = read.get(_ANY_ARGUMENTS) or read.get((url, id(tz)))
    if known is None or (known[0] is not tz and _ANY_ARGUMENTS not in read):
        times, any_arguments = _read_meta_times(tree, url, tz)
        known = read[_ANY_ARGUMENTS if any_arguments else (url, id(tz))] = (tz, times)
    published, others = known[1]
    return list(published), list(others)


def _read_meta_times(tree, url: str | None, tz: tzinfo | None) -> tuple[MetaTimes, bool]:
    """(``read_meta_times``, whether they are the same for any ``url`` and ``tz``: a value
    ``parse_time`` reads is ``page_stamp``'s answer whatever they are, and so is one not written with
    the year last)."""
    ranked, others = [], []
    any_arguments = True
    # <meta content> with a property, name or itemprop, in document order (iter: cheaper than XPath).
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if content is None:
            continue
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key == "datepublished" and _in_body_item(meta):
            continue  # a microdata item's in the page's body: read with its place (``itemprop_times``)
        if key not in _RANK and key not in _MODIFIED_META:
            continue
        if (value := parse_time(content)) is None:
            value = page_stamp(tree, content, url, tz)
            any_arguments = any_arguments and year_last(content) is None
        if key in _RANK:
            ranked.append((_RANK[key], value))
        else:
            others.append(value)
    return ([value for _, value in sorted(ranked, key=lambda item: item[0])], others), any_arguments


def _in_body_item(meta) -> bool:
    """``meta`` (``itemprop="datePublished"``) states an item of the page's body (another article's
    card in a "latest" strip above the article, or the article's own), not the page's head."""
    return not meta.get("property") and not meta.get("name") and next(
        meta.iterancestors("head"), None) is None


def page_stamp(tree, value: str | None, url: str | None = None, tz: tzinfo | None = None) -> datetime | None:
    """``value`` parsed (``parse_time``); one written with the year last and slashes or dashes
    ("04/05/2024 14:46:00", which htmldate reads day first and without its time) in the order its
    numbers tell (one above 12), else the order all the page's evidence gives (``day_orders``: its
    locale, other slashed days, the URL's day, a zone of the United States; a weekday written before
    it decides), else day first."""
    if (parsed := parse_time(value)) is not None or (numbers := year_last(value)) is None:
        return parsed
    first, second, weekday = numbers
    if first > 12 or second > 12:
        return parse_year_last(value or "", month_first=second > 12)
    day_first = parse_year_last(value or "", month_first=False)
    if day_first is None:
        return None
    day = day_first.replace(hour=0, minute=0, second=0, tzinfo=None)
    order = weekday_order(weekday, day) or slashed_order(tree, text_nodes(tree), "", day, url, tz)
    return parse_year_last(value or "", month_first=True) if order == MONTH_FIRST else day_first


def itemprop_times(tree) -> list[datetime | None]:
    """The page's ``datePublished`` and ``<time pubdate>`` elements, then its ``<time datetime>``
    elements whose class names the publication (``_PUBLISHED_CLASS``: "updated" before it on the
    page is the update's), or, of no class, whose holder's does (``_in_publication``), the
    article's own before those among other articles' teasers (a related list above the article:
    ``cleaner.date.date_places``)."""
    def marked(element) -> bool:  # datePublished or pubdate, not only a class
        itemprops = (element.get("itemprop") or "").split()  # "datePublished dateCreated" too
        return "datePublished" in itemprops or element.get("pubdate") is not None \
            or "dc:created" in (element.get("property") or "").split()

    elements = [element for element in marked_elements(tree)
                if marked(element) or publication_class(element.get("class")) or _in_publication(element)]
    # Stable: document order within each.
    elements.sort(key=lambda element: (teaser_before_article(tree, element), not marked(element)))
    # Never one in another article's card or in an item of a list of other articles' links, wherever
    # it stands (a "more from this section" grid under the article: its own date is printed only).
    # Tested in order, only until three are found (a grid of 50 cards is not walked 50 times).
    own = (element for element in elements if not other_articles(element))
    return [parse_time(e.get("datetime") or e.get("content")) for e in islice(own, 3)]


# The last page's _ITEMPROP elements: read for its stated times, then for htmldate's (an update's?).
_last_marked: tuple[object, list] | None = None


def marked_elements(tree) -> list:
    """``_ITEMPROP``'s elements of the page, found once per tree."""
    global _last_marked
    if _last_marked is None or _last_marked[0] is not tree:
        _last_marked = (tree, _ITEMPROP(tree))
    return _last_marked[1]


def _in_publication(element) -> bool:
    """A ``<time datetime>`` of no class of its own inside an element, or the one around that, whose
    class names the publication (RFE/RL's and VOA's CMS: ``<div class="published"><span
    class="date"><time datetime="...">``), not the update's."""
    if element.tag != "time" or element.get("class") is not None:
        return False
    parent = element.getparent()
    holders = [holder for holder in (parent, parent.getparent() if parent is not None else None)
               if holder is not None]
    return any(publication_class(holder.get("class")) for holder in holders) and not any(
        UPDATE_CLASS.search(holder.get("class") or "") for holder in holders)


def publication_class(classes: str | None) -> bool:
    """A class of the element names the publication (``_PUBLISHED_CLASS``), not an update's."""
    return any(_PUBLISHED_CLASS.search(name) and not UPDATE_CLASS.search(name)
               for name in (classes or "").split())


def time_elements(tree) -> list[datetime]:
    """The times of the page's ``<time datetime>`` elements that state their offset."""
    found = []
    for element in tree.iter("time"):
        value = parse_time(element.get("datetime")) if "T" in (element.get("datetime") or "") else None
        if value is not None and value.tzinfo is not None and plausible(value):
            found.append(value)
            if len(found) == _MAX_TIME_ELEMENTS:
                break
    return found

def usable(values: list[datetime | None]) -> list[datetime]:
    """The plausible ``values``, a local calendar's year read as its Gregorian day (2567, 1403, 2081:
    ``calendars.gregorian_stamp``)."""
    return [v for v in map(gregorian_stamp, values) if v is not None and plausible(v)]


def stated_times(tree, ld_published: str | None = None, ld_modified: str | None = None,
                 itemprops: bool = True) -> tuple[list[datetime], list[datetime]]:
    """(publication times the page states, most trusted first; its other stated times, such as
    the last modification), as parsed, naive where the page gives no offset. Without
    ``itemprops`` the page's ``datePublished`` and ``<time pubdate>`` elements (the last, least
    trusted source, a walk of the whole page) are left out."""
    meta_published, meta_others = read_meta_times(tree)
    published = [parse_time(ld_published), *meta_published]
    if itemprops:
        published += itemprop_times(tree)
    return usable(published), usable([parse_time(ld_modified), *meta_others])


def aware_time(value: str | None) -> datetime | None:
    """``value`` parsed where it is a plausible time with its offset, else None."""
    parsed = gregorian_stamp(parse_time(value))
    return parsed if parsed is not None and parsed.tzinfo is not None and plausible(parsed) else None
