"""Section names around a page's headline: an ``<h1>`` that is a section's name over the story, and a
section's name after the headline in a tab title that the page's links name.

A section's name of a few words may stand as the ``<h1>`` over the story ("Science and Technology")
while the tab title tells the headline ("Ocean sensors reveal a warming current | Site"); and a tab
title may end with a section's name no site key tells ("Storm Floods Harbour | World News Desk")
that the page's navigation or breadcrumb prints as a link, or open with one ("Science - Headline").
``cleaner.title.titles`` asks these before taking the <h1> or the tab title whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import unquote, urlsplit

from cleaner.title.addresses import meaningful, slug_words
from cleaner.title.name_shapes import NEWS_WORDS
from cleaner.title.sitenames import fold_key, name_like, segments, strip_site, title_words
from cleaner.title.unnamed_sites import strip_unnamed_site

# A section's name over the story ("Science and Technology", "Наука и технологии") is a few words.
MAX_SECTION_WORDS = 4
# A tab title's headline beside a section's name: a sentence of this many words at least.
MIN_STORY_WORDS = 5
# Separators before a section's name in a tab title, and how many such names are cut at most.
_TAIL_MARKS = re.compile(r"\s*[|｜]\s*|\s+[–—-]\s+")
_MAX_LINKED_CUTS = 2
# A section's name before the headline ("Science - Headline", "Science | ...", "Science > ..."): its
# separator, a few words at most, and the headline's words left.
_HEAD_MARK = re.compile(r"\s*[|｜]\s*|\s+[–—>»-]\s+")
_MAX_PREFIX_WORDS = 3
MIN_HEAD_WORDS = 3
# One word and a colon before the headline ("Politics: Headline"): a section's name where the address
# files the story under it ("/politics/2024/04/12/...").
_WORD_LABEL = re.compile(r"^(?P<word>[^\W\d_][\w'’-]*)\s*:\s+(?=\S)")
# A word inflected otherwise ("смена"/"смену", "köprü"/"köprüye", "onay"/"onayladı"): the letters both
# forms open with, and the endings that differ after them.
_MIN_STEM = 4
# "And" joining a section's topics ("Наука и технологии", "Ciencia y tecnología"), case-folded; not a
# word that is one of another kind elsewhere (Czech "a", English's article; Dutch "en", Spanish "in").
_AND = frozenset({"and", "и", "і", "та", "und", "y", "e", "et", "ve", "i", "og", "och", "és", "ja", "și",
                  "και", "và", "dan", "va", "ir"})
_SHORT_ENDING, _LONG_ENDING = 2, 4


def inflected_in(word: str, pool: set[str]) -> bool:
    """``word`` (case-folded) is in ``pool`` as written or inflected otherwise: a form that opens with
    the same ``_MIN_STEM`` letters or more, the shorter form's ending after them two letters at most
    and the longer's four ("мост"/"моста", "последняя"/"последний", "köprü"/"köprüye")."""
    if word in pool:
        return True
    if len(word) < _MIN_STEM or not word.isalpha():
        return False
    stem = word[:_MIN_STEM]
    for other in pool:
        if not other.startswith(stem):
            continue
        common = next((at for at, (a, b) in enumerate(zip(word, other, strict=False)) if a != b),
                      min(len(word), len(other)))
        short, long = sorted((len(word) - common, len(other) - common))
        if short <= _SHORT_ENDING and long <= _LONG_ENDING:
            return True
    return False


def _tells_of(words: set[str], pool: set[str]) -> bool:
    """A heading's ``words`` of meaning tell of the title whose words are ``pool``: one of them is the
    title's as written, or two inflected otherwise ("Köprüye onay çıktı" over "... köprü ... onayladı";
    one alone may be a section's name's by chance: "Science and Technology" over "Technological ...")."""
    return bool(words & pool) or sum(inflected_in(word, pool) for word in words) >= 2


def without_linked_sections(title: str, linked: Callable[[str], bool]) -> str:
    """``title`` without trailing segments after a pipe or dash that are a link's whole text on the
    page (``linked``: the navigation's or breadcrumb's "World News Desk"), a headline of two words
    or more left."""
    for _ in range(_MAX_LINKED_CUTS):
        found = list(_TAIL_MARKS.finditer(title))
        if not found:
            break
        head, tail = title[:found[-1].start()].strip(), title[found[-1].end():].strip()
        if len(title_words(head)) < 2 or not linked(tail):
            break
        title = head
    return title


def without_linked_prefix(title: str, linked: Callable[[str], bool]) -> str:
    """``title`` without a leading segment before a pipe, dash or arrow that is a section's name the
    page's navigation or breadcrumb links ("Science - Headline"), a few words, and a headline of
    ``MIN_HEAD_WORDS`` words or more left; not a topic before a colon (``kickers.without_run_in``)."""
    match = _HEAD_MARK.search(title)
    if not match or len(title_words(head := title[:match.start()])) > _MAX_PREFIX_WORDS:
        return title
    rest = title[match.end():].strip()
    return rest if len(title_words(rest)) >= MIN_HEAD_WORDS and linked(head.strip()) else title


def without_path_section(title: str, url: str | None) -> str:
    """``title`` without one word and a colon before its headline ("Politics: Headline") where the
    word is a folder of the page's address ("/politics/2024/04/12/slug"), a headline of
    ``MIN_HEAD_WORDS`` words or more left; a topic no folder names stays ("Brexit: what happens next")."""
    match = _WORD_LABEL.match(title)
    rest = title[match.end():].strip() if match and url else ""
    if len(title_words(rest)) < MIN_HEAD_WORDS:
        return title
    folders = {fold_key(unquote(part)) for part in urlsplit(url).path.split("/")[:-1] if part}
    return rest if fold_key(match["word"]) in folders else title


def section_name(heading: str, titles: list[str], keys: set[str], shared: bool, url: str | None = None,
                  tagline: Callable[[str], bool] | None = None,
                  own: Callable[[], bool] | None = None) -> bool:
    """``heading`` (the <h1> over the text) is a section's name, not the headline: a few words
    (``MAX_SECTION_WORDS``) that a title sets apart as a segment ("Headline | Science and Technology |
    Site"), or, where the page ``shared`` a sharing title (og:title, JSON-LD headline), of which no
    word that carries meaning is in a title (its site's name cut). A short headline shares its words
    with the sharing title. A tab title alone tells of another headline where it is "Headline | Site"
    (``_tab_tells_another_story``), not a blog's "Site: Page". Not a heading the page prints as the
    story's own (``own()``: inside its ``<article>``, named as its title), which no title needs to tell
    of ("Город без воды" over a title written for search: "Жители выстроились в очереди за водой ..."),
    unless it reads as a name ("Science and Technology", "Politik und Wirtschaft": ``name_like``)."""
    if len(title_words(heading)) > MAX_SECTION_WORDS:
        return False
    key = fold_key(heading)
    if any(key in {fold_key(part) for part in segments(title)[1:]} for title in titles):
        return True
    words = {word for word in title_words(heading) if meaningful(word)}
    if shared:
        other = not any(_tells_of(words, set(title_words(strip_site(title, keys)))) for title in titles)
    else:
        other = any(_tab_tells_another_story(heading, words, title, keys, url, tagline) for title in titles)
    return other and not (own and not _reads_as_name(heading) and own())


def _reads_as_name(heading: str) -> bool:
    """``heading`` reads as a section's name: it holds the word for the news ("Noticias de la región",
    "أخبار محلية") or joins its topics with "and" ("Наука и технологии", "Politik & Wirtschaft"), or, in
    cased letters, has a name's shape (``name_like``: "Science and Technology"; a script with no case,
    Arabic, Persian, Hindi, has none to tell)."""
    words = title_words(heading)
    if not NEWS_WORDS.isdisjoint(words) or not _AND.isdisjoint(words) or "&" in heading:
        return True
    return any(char.isupper() or char.islower() for char in heading) and name_like(heading)


def _tab_tells_another_story(heading: str, words: set[str], title: str, keys: set[str], url: str | None,
                             tagline: Callable[[str], bool] | None) -> bool:
    """The tab title, its site's name cut ("Ocean sensors reveal a warming current | Quayside
    Chronicle"), leaves a headline of a sentence's length (``MIN_STORY_WORDS``) and more words than
    ``heading``, sharing none of its ``words`` of meaning; the page's address does not spell the
    heading (its slug), and what is left is not the slogan the page prints under its logo ("Quayside
    Notes – Thoughts on harbours and boats"): then the heading is a section's name over the story."""
    rest = strip_unnamed_site(strip_site(title, keys))
    rest_words = title_words(rest)
    if rest == title or len(rest_words) < max(MIN_STORY_WORDS, len(title_words(heading)) + 2) \
            or _tells_of(words, set(rest_words)):
        return False
    if url and slug_words(url) & {fold_key(word) for word in title_words(heading)}:
        return False
    return not (tagline and tagline(rest))


def ends_with_section(title: str, h1: str, keys: set[str], linked: Callable[[str], bool] | None) -> bool:
    """``title`` ends with ``h1`` after a pipe or dash, a few words that a link to another page names
    too (``linked``: the navigation's "World News Desk"), beside a headline of two words or more that
    holds no site key ("Vortex Cannon Games | About bugs" is a site's page): the <h1> is the section's
    name over the story."""
    if not linked or len(title_words(h1)) > MAX_SECTION_WORDS or not title.endswith(h1):
        return False
    head = without_linked_sections(title, lambda tail: tail == h1)
    return head != title and not any(len(key) >= 5 and key in fold_key(head) for key in keys) and linked(h1)
