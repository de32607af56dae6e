"""The publication time a JavaScript app's state states: Next.js's ``__NEXT_DATA__``, else Nuxt's
(``window.__NUXT__``, ``__NUXT_DATA__``: ``cleaner.date.nuxt_state``).

A page rendered by Next.js or Nuxt may state its article's time only in the app's state (``<script
id="__NEXT_DATA__" type="application/json">``), no meta tag nor JSON-LD beside it. htmldate reads
the first date-like value there, which may be another article's (a "latest" list before the
article in ``pageProps``). Here the state's object whose title is the page's headline (``og:title``
or ``<h1>``) gives its publication key's value; else the one such object that is no item of a list
(teasers are listed); else none.
"""

from __future__ import annotations

import json
from datetime import datetime, tzinfo

from lxml.etree import XPath

from cleaner.date.nuxt_state import nuxt_state
from cleaner.date.publication import noon
from cleaner.date.stated import resolve, usable
from cleaner.date.timestamps import parse_time

_NEXT_DATA = XPath('//script[@id="__NEXT_DATA__"]')
_HEADLINES = XPath('//meta[@property="og:title"]/@content | //h1')
# Publication keys as Next.js sites' CMSs (Sanity, Contentful, Strapi, Storyblok, WordPress's REST
# API) name them, most specific first; never a record's "createdAt" or an update's.
_PUBLISHED_KEYS = ("datePublished", "publishedAt", "published_at", "firstPublishedAt", "first_published_at",
                   "publishDate", "publish_date", "publishedDate", "published_date", "publicationDate",
                   "publication_date", "pubDate")
_TITLE_KEYS = ("headline", "title", "name", "seoTitle")
_MAX_STATE_CHARS = 3_000_000
_MAX_NODES = 50_000


def state_time(tree, tz: tzinfo | None) -> datetime | None:
    """The article's publication time in the page's ``__NEXT_DATA__`` (see the module), or None; a
    naive one read in ``tz`` (the source's or the page's country's zone), else its day at noon UTC."""
    if (value := _stated(tree)) is None or value.tzinfo is not None:
        return value
    return resolve(value, tz) if tz is not None else noon(value, None)


def _stated(tree) -> datetime | None:
    """The publication key's value of the state's article object, parsed, or None."""
    scripts = _NEXT_DATA(tree)
    text = scripts[0].text if scripts else None
    if not text:  # no Next.js state: Nuxt's, where the page has one
        state = nuxt_state(tree, _PUBLISHED_KEYS)
    elif len(text) > _MAX_STATE_CHARS or not any(key in text for key in _PUBLISHED_KEYS):
        return None
    else:
        try:
            state = json.loads(text)
        except ValueError:
            return None
    if state is None:
        return None
    headlines = {_folded(h if isinstance(h, str) else h.text_content()) for h in _HEADLINES(tree)} - {""}
    unlisted = []
    for obj, listed in _dated_objects(state):
        stamp = next(obj[key] for key in _PUBLISHED_KEYS if _stamp(obj.get(key)))
        if not (found := usable([parse_time(str(stamp))])):
            continue
        value = found[0]
        if any(_folded(obj.get(key)) in headlines for key in _TITLE_KEYS):
            return value
        if not listed:
            unlisted.append(value)
    return unlisted[0] if len(unlisted) == 1 else None


def _dated_objects(state):
    """(each object of ``state`` with a publication key, whether it is inside a list), depth first."""
    stack, seen = [(state, False)], 0
    while stack and seen < _MAX_NODES:
        value, listed = stack.pop()
        seen += 1
        if isinstance(value, dict):
            if any(_stamp(value.get(key)) for key in _PUBLISHED_KEYS):
                yield value, listed
            inner = [item for item in value.values() if isinstance(item, dict | list)]
            stack.extend((item, listed) for item in reversed(inner))
        elif isinstance(value, list):
            stack.extend((inner, True) for inner in reversed(value) if isinstance(inner, dict | list))


def _stamp(value) -> bool:
    """A stated time: text, or Unix seconds or milliseconds (1712925960000)."""
    return isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)
                                      and len(str(value)) in (10, 13))


def _folded(value) -> str:
    return " ".join(value.split()).casefold() if isinstance(value, str) else ""
