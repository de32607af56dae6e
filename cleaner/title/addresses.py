"""What a page's address tells of its headline, and which words of a title carry meaning.

A blog theme may write the site's name and slogan into every page's tab title; the address was made
from the headline ("/2024/04/last-ferry-to-skye/"), so the on-page heading it spells is the headline
(``named_by_address``). ``cleaner.title.titles`` reads these beside the page's headings.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from cleaner.title.sitenames import fold_key, title_words

_UNSPACED_CHAR = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_HANGUL = re.compile("[\uac00-\ud7af]")
# An address's slug ("/2024/04/last-ferry-to-skye.html"): its words, split by hyphens and underscores.
_SLUG_SPLIT = re.compile(r"[-_+.]+")
_SLUG_EXTENSION = re.compile(r"\.(?:s?html?|php|aspx?|jsp)$", re.IGNORECASE)
_MIN_SLUG_WORDS = 2


def meaningful(word: str) -> bool:
    """Not a short word of the kind every sentence holds ("the", "of", "на"): a Latin word of four
    letters or more, another of three, a Chinese or Japanese character, a Korean word of two syllables
    ("주택", "사업": a syllable is a block of letters)."""
    return len(word) >= 4 or (not word.isascii() and (len(word) >= 3 or bool(_UNSPACED_CHAR.match(word))
                                                      or (len(word) == 2 and bool(_HANGUL.match(word)))))


def named_by_address(title: str, headlines: list[str], url: str) -> str | None:
    """The on-page headline the page's address spells (its slug: "/2024/04/last-ferry-to-skye/"), two
    of its words at least, where ``title`` shares none of the slug's words: a tab title that is the
    site's name and slogan ("Quayside Notes – Thoughts on harbours and boats") on every page of a
    theme, or a title written apart from the headline the address was made from."""
    slug = slug_words(url)
    if len(slug) < _MIN_SLUG_WORDS or slug & {fold_key(word) for word in title_words(title)}:
        return None
    shared = {h1: len(slug & {fold_key(word) for word in title_words(h1)}) for h1 in headlines}
    best = max(shared, key=shared.__getitem__)
    return best if shared[best] >= _MIN_SLUG_WORDS else None


def slug_words(url: str) -> set[str]:
    """The words that carry meaning in the last segment of ``url``'s path that holds words apart
    (hyphens, underscores), as keys (``fold_key``); empty where the address has no such slug."""
    for part in reversed(unquote(urlsplit(url).path).split("/")):
        words = [word for word in _SLUG_SPLIT.split(_SLUG_EXTENSION.sub("", part)) if word]
        if len(words) >= _MIN_SLUG_WORDS and any(word.isalpha() for word in words):
            return {fold_key(word) for word in words if word.isalpha() and meaningful(word.casefold())}
    return set()
