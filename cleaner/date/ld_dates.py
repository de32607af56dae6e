"""JSON-LD dates that are not the article's, left out of the copy of the page htmldate reads.

htmldate (the fallback, ``cleaner.date.dates``) takes the first ``"datePublished"`` of any JSON-LD
block and, in its wider search, any ISO day in a script: a ``WebSite``'s or ``Organization``'s
founding or last change, a ``BreadcrumbList``'s stamp, the ``ItemList`` of other articles on the
page ("most read"). Where the page states no publication of its own (htmldate is read only then),
those objects' dates are no article's: the copy keeps the objects and drops their dates. Objects
of an article's type (``cleaner.jsonld``: ``NewsArticle``, ``WebPage``, ...) keep theirs, and so
does every object inside them.
"""

from __future__ import annotations

import json
import re
from copy import deepcopy

from cleaner.jsonld import ARTICLE_TYPES
from cleaner.ld_blocks import ld_blocks

# Types whose dates are the site's, a list's or other articles': never the article's own.
_OTHER_TYPES = frozenset({
    "website", "organization", "newsmediaorganization", "corporation", "breadcrumblist", "itemlist",
    "sitenavigationelement", "collectionpage", "searchaction", "person",
})
# Cheap test of a block's text before it is parsed.
_OTHER = re.compile(r'"@type"\s*:\s*\[?\s*"(?:' + "|".join(
    ("WebSite", "Organization", "NewsMediaOrganization", "Corporation", "BreadcrumbList", "ItemList",
     "SiteNavigationElement", "CollectionPage", "SearchAction", "Person")) + ')"', re.IGNORECASE)
_LD_SCRIPTS = './/script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'


def without_other_dates(tree):
    """A copy of ``tree`` whose JSON-LD objects of a site's, a list's or a person's type state no
    date (their ``date*`` keys and ``foundingDate`` dropped, items of an ``ItemList`` with them), or
    None where no block states one."""
    changed = {}
    # The blocks cleaner.jsonld reads (the scripts _LD_SCRIPTS finds, in order), parsed once a page.
    for index, block in enumerate(block for block in ld_blocks(tree) if block.article):
        text = block.text or ""
        if ('"date' not in text and '"foundingDate' not in text) or not _OTHER.search(text) \
                or block.data is None:
            continue
        data = deepcopy(block.data)  # the shared parse stays as the page states it
        if _scrubbed(data, False):
            changed[index] = json.dumps(data, ensure_ascii=False)
    if not changed:
        return None
    copy = deepcopy(tree)
    for index, script in enumerate(copy.xpath(_LD_SCRIPTS)):
        if index in changed:
            script.text = changed[index]
    return copy


def _scrubbed(value, other: bool) -> bool:
    """Drop the dates of ``value``'s objects of another type (``other``: inside one); whether any
    was dropped."""
    dropped = False
    if isinstance(value, list):
        for item in value:
            dropped |= _scrubbed(item, other)
    elif isinstance(value, dict):
        kinds = value.get("@type")
        kinds = {kind.lower() for kind in (kinds if isinstance(kinds, list) else [kinds])
                 if isinstance(kind, str)}
        if kinds & ARTICLE_TYPES and not other:
            return False  # the article's (or a page's) own: kept whole
        other = other or bool(kinds & _OTHER_TYPES)
        for key in list(value):
            if other and (key.startswith("date") or key == "foundingDate"):
                del value[key]
                dropped = True
            elif isinstance(value[key], (dict, list)):
                dropped |= _scrubbed(value[key], other)
    return dropped
