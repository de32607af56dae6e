"""Telling a site's name in a title, and cutting it.

A tab title is often "Headline - Section | Site", a sharing title sometimes only the site's name.
Generic rules, no per-site table:
- site and section names around a title are cut where they match the site name (``og:site_name``,
  JSON-LD publisher, the domain, the names the page gives itself in meta tags, its logo or its
  footer's copyright line);
- where nothing on the page names the site, trailing segments are cut where they read like a name
  (capitalised words, a domain, a date): ``cleaner.title.unnamed_sites``.
Apart from ``cleaner.title.titles`` (which headline the page has) because authors and metadata read the
same evidence to tell the outlet's name from a person's; the keys a name is told by, and the names
a page gives its site, are ``cleaner.title.sitekeys``'s (imported from here too).
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.title.name_shapes import (
    DATE_SEGMENT,
    NEWS_WORDS,
    UNSPACED_CHARS,
    named_before_rtl,
    named_by_word,
    news_slogan,
    right_to_left,
    service_name,
    uncased,
    with_initials,
)

# Re-exported: authors and metadata read the site's keys and names from here, titles a name's shape.
from cleaner.title.name_shapes import name_like as name_like
from cleaner.title.sitekeys import WORD, caseless, fold_key, initials, spelled_keys
from cleaner.title.sitekeys import copyright_names as copyright_names
from cleaner.title.sitekeys import feed_names as feed_names
from cleaner.title.sitekeys import page_site_names as page_site_names
from cleaner.title.sitekeys import site_keys as site_keys
from core.text import clean_inline

# Separators between a headline and a site or section name: " | ", " - ", " — ", " :: ", " · ",
# " » ", " « ", " › " (SEO templates' "Headline › Site"), " ~ ", a breadcrumb's " < " or " > " (Korean
# news CMSs: "Headline < Section < 기사본문 - Site"), and the full-width, underscore, "丨", horizontal
# bar and full-width solidus forms used on Chinese and Japanese sites ("…を心配 ― スポーツ報知",
# "…を心配／東海新聞"), and the arrows of SEO templates ("Headline ▷ Site", "Headline ➤ Site").
_SEPARATOR = re.compile(r"\s+[|\-–—·•»«›‹~:/<>▷►▶➤→⇒❯]{1,2}\s+|\s*[｜|丨│¦―／]\s*|\s*[：_]\s*(?=\S)|\s+::\s+"
                        f"|(?<=[{UNSPACED_CHARS}）])－(?=[{UNSPACED_CHARS}])")
_UNSPACED = re.compile(f"[{UNSPACED_CHARS}]|[^{UNSPACED_CHARS}]+")
# A site's or section's name in a tab title is a few words.
_MAX_SITE_WORDS = 5
# The fewest words of a headline beside a name cut from it.
MIN_HEAD_WORDS = 4
# A section's name set apart by a pipe between the headline and the site's name ("| World News Desk |").
_PIPE = re.compile(r"\s*[|｜│¦]\s*")
_MAX_PIPED_SECTION_WORDS = 4
_MIN_PIPED_HEAD_WORDS = 3
# A site or section segment is short; a longer remainder is part of the headline.
_MAX_AFFIX_WORDS = 6
_MIN_HEADLINE_CHARS = 12
# The site's name before a colon ("Quayside Chronicle: Headline") or in brackets after the headline.
_NAME_BEFORE_COLON = re.compile(r"^(?P<name>[^:|：]{2,40}?)(?::\s+|：\s*)")  # "：" in Chinese, Japanese
_LATIN_LETTER = re.compile("[A-Za-z]")
_MAX_NAMED_WORDS = 4
_NAME_IN_BRACKETS = re.compile(r"\s*[(\[](?P<name>[^()\[\]]{2,40})[)\]]$")
# A separator written without spaces between the headline and the site's name ("Headline-Site Name",
# "Site»Headline"), which a hyphenated word ("Covid-19", "north-east") has too: read only beside a key.
_UNSPACED_MARK = re.compile(r"(?<=[^\s:])(?:::|[-–—»~:])(?=[^\s:])")
_MARKS = "-–—»~:"
_MIN_UNSPACED_HEAD_WORDS = 3
# A site-name segment may hold a few letters more than the name ("Spokesman.com", "Yahoo News").
_SITE_EXTRA = 8


def segments(title: str) -> list[str]:
    """The separated segments of ``title`` ("Headline | Section | Site" -> three)."""
    return [part for part in _SEPARATOR.split(title) if part.strip()]


def has_segments(title: str | None) -> bool:
    """``title`` holds a separator between segments ("Headline | Site")."""
    return bool(title and _SEPARATOR.search(title))


def may_name_site(title: str | None) -> bool:
    """``title`` holds a segment that may be the site's name: a separator between segments, or a
    right-to-left name of up to four words before a colon or in brackets after the headline
    (``_cut_named_affix``'s forms: "الشرق الأوسط: Headline"), or one of another script with no Latin
    letter ("华北日报：Headline"), which more of the page's evidence (its logo, its copyright line) may
    tell. Not a Latin one: "Topic: Headline" is too common a form to read
    the logo and footer for (1.5% of extraction time)."""
    if has_segments(title):
        return True
    if not title or title.isascii():
        return False
    match = _NAME_BEFORE_COLON.match(title) or _NAME_IN_BRACKETS.search(title)
    if not match:
        return False
    if right_to_left(title):
        return len(WORD.findall(match["name"])) <= _MAX_NAMED_WORDS and name_like(match["name"])
    # Another script's ("Уральский вестник: ", "华北日报：", "दैनिक समाचार: "): a name of no Latin letter
    # (a Latin "Topic: Headline" is left), of a few words as spaces part them.
    return not _LATIN_LETTER.search(match["name"]) and len(match["name"].split()) <= _MAX_NAMED_WORDS


def title_affixes(tab_title: str | None, headline: str | None) -> list[str]:
    """The segments of the tab title around the ``headline`` chosen for the page: the site's and
    its sections' names ("Headline | News | Quayside Chronicle" -> "News", "Quayside Chronicle"),
    evidence that an author field holding one of them names the outlet."""
    tab, headline = clean_inline(tab_title) or "", clean_inline(headline) or ""
    at = tab.find(headline) if headline else -1
    if at < 0 or not headline:
        return []
    rest = [tab[:at], tab[at + len(headline):]]
    return [part for side in rest for part in _SEPARATOR.split(side)
            if part.strip() and len(WORD.findall(part)) <= _MAX_SITE_WORDS]


def is_site(segment: str, keys: set[str]) -> bool:
    """``segment`` names the site: its key is a site key, or one with a few more letters around it
    ("Spokesman.com", "Yahoo News"); not a headline that opens with the site's name ("The
    Guardian view on ...")."""
    return any(key and (key == k or _around(key, k) or (len(key) >= 5 and k.startswith(key)))
               for key in spelled_keys(segment) for k in keys)


def names_site(name: str, keys: set[str]) -> bool:
    """``name`` (a short field: an author, a segment) is the site's own name."""
    return len(WORD.findall(name)) <= _MAX_AFFIX_WORDS and is_site(name, keys)


def _around(key: str, site: str) -> bool:
    """``key`` is the site key with a few letters before or after it."""
    return len(site) >= 5 and len(key) <= len(site) + _SITE_EXTRA \
        and (key.startswith(site) or key.endswith(site))


def strip_site(title: str, keys: set[str]) -> str:
    """``title`` without leading or trailing segments that name the site (and the section
    segments between them and the headline: "Headline - Politics | Site" -> "Headline")."""
    head = _cut_site(title, keys)
    if head is None:
        cut = _cut_named_affix(title, keys)
        return _cut_unspaced_name(title, keys) if cut == title else cut
    # A short headline beside a long site name ("Storm hits | The Quayside Chronicle and Evening Post")
    # is one still: of two words or more, or of one beside the name the page declares.
    return head if len(head) >= _MIN_HEADLINE_CHARS or len(head) * 2 >= len(title) \
        or len(title_words(head)) >= 2 or any(spelled_keys(part) & keys for part in _SEPARATOR.split(title)) \
        else title


def _cut_site(title: str, keys: set[str]) -> str | None:
    """What is left of ``title`` once the site and section segments are cut, or None."""
    parts = _SEPARATOR.split(title)
    if len(parts) < 2:
        return None
    # A name the page declares counts whatever its length; one the domain spells in part if short,
    # or if it reads as a name after the headline.
    site_at = [i for i, part in enumerate(parts)
               if spelled_keys(part) & keys or (i > 0 and _long_name(part, keys))
               or (0 < i == len(parts) - 1 and (service_name(part, keys) or (
                   (named_by_word(part, keys) or with_initials(part))
                   and len(title_words(_separated_prefix(title, parts, i))) >= MIN_HEAD_WORDS)))
               or ((is_site(part, keys) or initials(part) & keys)
                   and len(WORD.findall(part)) <= _MAX_AFFIX_WORDS)]
    if not site_at:
        return None
    if site_at[-1] < len(parts) - 1 and (rtl := named_before_rtl(title)) != title:
        return rtl  # "Site | Section | Headline" before a right-to-left headline
    if site_at[-1] > 0:  # "Headline - Section | Site": cut from the first section before the site
        cut = site_at[-1]
        while cut > 1 and ((len(WORD.findall(parts[cut - 1])) <= 2 and not _lower_words(parts[cut - 1]))
                           or DATE_SEGMENT.match(parts[cut - 1])
                           or cut - 1 in site_at or _holds_site(parts[cut - 1], keys)
                           or _section_after_pipe(title, parts, cut - 1)
                           or _slogan_at(title, parts, cut - 1)) \
                and not _after_colon(title, parts, cut - 1):
            cut -= 1  # short section names before the site name ("_科技_腾讯网"), or ones that name it
        return _separated_prefix(title, parts, cut)
    start = 1  # "Site: Headline"; "Site | Section | Headline": short section names after the site's too
    while start < len(parts) - 1 and len(WORD.findall(parts[start])) <= 2 and not _lower_words(parts[start]):
        start += 1
    return _separated_suffix(title, parts, start)


def _slogan_at(title: str, parts: list[str], index: int) -> bool:
    return news_slogan(parts[index], len(title_words(_separated_prefix(title, parts, index))))


def _lower_words(segment: str) -> bool:
    """``segment`` opens with a word in lower case ("- ranked", "- latest updates"): the headline's own
    words after a dash, not a section's name ("World", "UK news", "科技")."""
    return segment.strip()[:1].islower() and not uncased(segment.strip())


def _after_colon(title: str, parts: list[str], index: int) -> bool:
    """``parts[index]`` follows a full-width colon: the second half of a Chinese or Japanese headline
    ("港口新规出台：渔民担心生计_财经频道_Site"), not a section's name, which "_" or "|" sets apart."""
    head = _separated_prefix(title, parts, index)
    return "：" in title[len(head):title.index(parts[index], len(head))]


def _section_after_pipe(title: str, parts: list[str], index: int) -> bool:
    """``parts[index]`` is a section's name of up to four words set after the headline with a pipe
    ("Headline | Israel-Palestine conflict News | Site", "Short Headline Here | World News Desk - Site"):
    it reads as a name (``name_like``, a section's) and the segments before it hold as many words as it
    at least, three or more; not after a dash, which a Title Case headline uses itself ("Biden vs
    Trump - The Final Debate | Site"), unless it names the news ("Headline - Son Dakika Haberleri -
    Site", "Headline - Últimas Noticias - Site": a section's or the site's slogan). A segment with words
    in lower case is a name only where it names the news: a topic before a short headline ("Russia-
    Ukraine war | Kyiv hit overnight | Site") leaves the headline."""
    segment = parts[index]
    words = len(WORD.findall(segment))
    if not 2 < words <= _MAX_PIPED_SECTION_WORDS or not name_like(segment, section=True):
        return False
    news = not NEWS_WORDS.isdisjoint(title_words(segment))
    head = _separated_prefix(title, parts, index)
    between = title[len(head):title.index(segment, len(head))]
    return len(WORD.findall(head)) >= max(words, _MIN_PIPED_HEAD_WORDS) and (news or (
        bool(_PIPE.fullmatch(between)) and name_like(segment)))


def _cut_named_affix(title: str, keys: set[str]) -> str:
    """``title`` without the site's own name set before it with a colon ("Quayside Chronicle: Headline")
    or after it in brackets ("Headline (Quayside Chronicle)"), forms the separators above leave whole
    because headlines use them too ("Brexit: ...", "... (video)"): cut only where the name is the
    site's, letter for letter (a key, not a name with more letters around it), and a headline of two
    words or more is left."""
    for match in (_NAME_BEFORE_COLON.match(title), _NAME_IN_BRACKETS.search(title)):
        if match and spelled_keys(match["name"]) & keys:
            rest = (title[:match.start()] + title[match.end():]).strip()
            if len(title_words(rest)) >= 2:
                return rest
    return title


def _cut_unspaced_name(title: str, keys: set[str]) -> str:
    """``title`` without the site's own name set after its last or before its first separator written
    without spaces ("Council approves loan-Harbour Times", "Новости Сибири—Депутаты одобрили ..."):
    only where that segment is the site's name letter for letter, or with a few letters after or before it
    ("HarbourTimes.com"; "north-east" names no site), and a headline of three words or more is left."""
    if not keys or not any(mark in title for mark in _MARKS):
        return title
    marks = list(_UNSPACED_MARK.finditer(title))
    for name, rest in ((title[marks[-1].end():], title[:marks[-1].start()]),
                       (title[:marks[0].start()], title[marks[0].end():])) if marks else ():
        spelled = spelled_keys(name.strip())
        if len(WORD.findall(name)) <= _MAX_AFFIX_WORDS \
                and (spelled & keys or any(_around(key, site) for key in spelled for site in keys)) \
                and len(title_words(rest)) >= _MIN_UNSPACED_HEAD_WORDS:
            return rest.strip()
    return title


def _holds_site(segment: str, keys: set[str]) -> bool:
    """A short segment (``_MAX_AFFIX_WORDS``) that holds the site's name among its words ("Noticias de
    El Salvador" before "elsalvador.com"): a section's or the site's longer name, not the headline's."""
    key = fold_key(segment)
    return len(WORD.findall(segment)) <= _MAX_AFFIX_WORDS \
        and any(len(site) >= 5 and site in key for site in keys)


def _long_name(segment: str, keys: set[str]) -> bool:
    """A trailing segment that reads as a name and opens with the site's ("Quayside Chronicle and
    Evening Post Online" on quaysidechronicle.example): a long name the domain spells only in part."""
    key = fold_key(segment)
    return name_like(segment) and any(
        len(site) >= 5 and (key.startswith(site) or key.startswith("the" + site)) for site in keys)


def outer_segments(title: str, wanted: set[str]) -> str | None:
    """The leading or trailing separated segments of ``title`` whose key is in ``wanted``."""
    parts = _SEPARATOR.split(title)
    for count in range(1, len(parts)):
        for text in (_separated_prefix(title, parts, count), _separated_suffix(title, parts, count)):
            if fold_key(text) in wanted:
                return text
    return None


def _separated_prefix(title: str, parts: list[str], count: int) -> str:
    """The text of ``title`` up to the start of its ``count``-th segment (separators inside the
    headline stay as written)."""
    position = 0
    for part in parts[:count]:
        position = title.index(part, position) + len(part)
    return title[:position].strip()


def _separated_suffix(title: str, parts: list[str], start: int) -> str:
    return title[title.index(parts[start], len(parts[0])):].strip()


def title_words(text: str) -> list[str]:
    """Words, case-folded; Chinese and Japanese characters each count as one (they are written
    without spaces: a headline is one run of them)."""
    return list(_title_words(text))


@lru_cache(maxsize=2048)  # pure; the title rules ask again for the same titles and segments
def _title_words(text: str) -> tuple[str, ...]:
    return tuple(caseless(w) for word in WORD.findall(text) for w in (_UNSPACED.findall(word) or [word]))


def names_site_of(candidate: str, other: str) -> bool:
    """``candidate`` is what ``other`` (a tab title) opens or ends with, beside a headline at least
    as long: "Quayside Chronicle" of "Headline | Quayside Chronicle"."""
    segment = outer_segments(other, {fold_key(candidate)})
    if not segment or len(candidate) * 2 >= len(other):
        return False
    rest = other.replace(segment, "", 1)
    return len(title_words(rest)) >= MIN_HEAD_WORDS and (len(rest.split()) >= MIN_HEAD_WORDS or bool(
        re.search(f"[{UNSPACED_CHARS}]", rest)))
