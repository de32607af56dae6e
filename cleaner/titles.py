"""The headline of a page, from its title candidates.

Pages name themselves several ways: the sharing title (``og:title``, JSON-LD ``headline``), the
browser-tab ``<title>`` (often "Headline - Section | Site"), and the headline on the page
(``<h1>``). Generic rules, no per-site table:
- site and section names around a title are cut where they match the site name (``og:site_name``,
  JSON-LD publisher, the domain) or stand beside the on-page headline;
- the on-page headline wins when a sharing or tab title is a shorter or reworded form of it (most
  of its words in the headline), and a kicker in front of a headline is dropped.
"""

from __future__ import annotations

import html
import re
import unicodedata
from urllib.parse import urlsplit

from lxml.etree import XPath

from core.text import clean_inline

# Separators between a headline and a site or section name: " | ", " - ", " — ", " :: ", " · ",
# " » ", and the full-width or underscore forms used on Chinese and Japanese sites.
_SEPARATOR = re.compile(r"\s+[|\-–—·•»:/]{1,2}\s+|\s*[｜|]\s*|\s*[：_]\s*(?=\S)|\s+::\s+")
_H1 = XPath("//h1")
_LINKS = XPath("descendant-or-self::a[@href] | ancestor::a[@href]")
_IMAGE_ALTS = XPath(".//img/@alt")
_KICKER_NAMES = re.compile(r"kicker|overline|topline|roofline|dachzeile|spitzmarke|eyebrow|supertitle|"
                           r"pretitle|pre-title|surtitre|antetitulo|occhiello|badge", re.IGNORECASE)
_WORD = re.compile(r"\w+", re.UNICODE)
# Screen-reader-only text (visually hidden by the site's CSS).
_HIDDEN_NAMES = re.compile(r"sr-only|visually-?hidden|screen-?reader|a11y|offscreen|element-invisible",
                           re.IGNORECASE)
_BLOCKS = frozenset({"div", "p", "br", "li", "section", "header"})
# A date, time or byline set inside a heading ("<h1>Headline <time>12 April</time></h1>", a "date",
# "updated" or "byline" span): the page's date line or byline, not words of the headline.
_DATE_NAMES = re.compile(r"(?:^|[-_ ])(?:date|time|timestamp|datetime|updated|published|dateline|pubdate|"
                         r"byline|author)"
                         r"(?:$|[-_ ])", re.IGNORECASE)
# An <h1> that holds the site's logo or name, by its class or id.
# One class or id token: "logo", "site-logo", "navbar-brand", "masthead", "site-title", "logo-link"; not
# a style token that holds such a word ("brand-font").
_LOGO_NAMES = re.compile(r"^(?:[\w-]*[-_])?(?:logo|brand|masthead|site-?title|site-?name|sitename)"
                         r"(?:[-_]{1,2}(?:link|wrapper|container|image|img|text|title))?$", re.IGNORECASE)
# Scripts written without spaces between words: Han, kana (Hangul is spaced).
_UNSPACED_CHARS = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
_UNSPACED = re.compile(f"[{_UNSPACED_CHARS}]|[^{_UNSPACED_CHARS}]+")
_MAX_H1 = 5
_TITLED = XPath(
    "//*[self::div or self::span or self::p or self::h2 or self::h3]"
    "[re:test(concat(' ', @class, ' ', @id, ' '), '[-_ ](?:title|headline)[-_ ]', 'i')]",
    namespaces={"re": "http://exslt.org/regular-expressions"},
)
_MAX_TITLED = 10
# Meta tags that name the site or its owner (besides og:site_name, which trafilatura reads).
_SITE_META = frozenset({"application-name", "apple-mobile-web-app-title", "copyright", "publisher",
                        "dcterms.publisher", "dc.publisher", "twitter:site", "og:site_name"})
# Page footers, where a copyright line names the site: "© 2024 Quayside Chronicle. All rights reserved."
# (Text nodes first, one cheap pass; their footer ancestors checked in Python for the few found.)
_RIGHTS_TEXT = XPath("//body//text()[contains(., '©') or contains(., 'opyright')]")
_FOOTER_NAMES = re.compile(r"footer|copyright", re.IGNORECASE)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*,?\s*)?(?:©\s*)?"
    r"(?:by\s+)?(?P<name>[^\W\d_][^.|,;:©\n]{1,60}?)"
    r"\s*(?:$|[.|,;:]|\ball rights\b|\s[-–—]\s|\s(?:19|20)\d\d)",
    re.IGNORECASE)
_MAX_COPYRIGHT_LINES = 5
_MAX_RIGHTS_TEXTS = 20  # the last ones on the page: a footer comes last
_MAX_SITE_WORDS = 5
# Where nothing on the page names the site: separators that set a site's name after a headline in a
# tab title (not the colon, which headlines use themselves), and the words a name may hold in lower
# case ("Diario del Puerto", "The Times of India", "Ansa.it").
_TAIL_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s*[｜]\s*|\s+[·•»]\s+|\s+::\s+|(?<=[" + _UNSPACED_CHARS
                             + r"])(?:[_-](?=[" + _UNSPACED_CHARS + "])|：)")
_UNSPACED_RUN = re.compile(f"[{_UNSPACED_CHARS}]")
# Japanese portals and papers name a story's source in full-width brackets after the headline
# ("…の見通し（東海新聞）"); one character ("（上）", a series' part) or a number (an age) is the headline's.
_SOURCE_IN_BRACKETS = re.compile(f"(?<=[{_UNSPACED_CHARS}])（(?P<name>[^（）\\d]{{2,12}})）$")
_MAX_UNSPACED_NAME = 12
_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-f]{2,5}|amp|quot|apos|lt|gt|nbsp|[lr][sd]quo|[mn]dash|hellip);",
                     re.IGNORECASE)
_NAME_PARTICLES = frozenset({"of", "the", "and", "for", "on", "from", "in", "de", "del", "do", "da", "dos",
                             "das", "la", "le", "les", "el", "los", "der", "die", "des", "du", "di", "y", "e",
                             "et", "und", "van", "von", "&"})
_MAX_TAIL_WORDS = 6
_MAX_SECTION_WORDS = 3
_CLAUSE_OPENERS = frozenset({
    "and", "but", "or", "so", "yet", "nor", "as", "if", "when", "while", "why", "how", "what", "who", "where",
    "is", "are", "was", "were", "will", "can", "not", "no", "here's", "here’s", "it's", "it’s", "with",
    "without", "after", "before"})
_CONTRACTION = re.compile(r"\w(?:n['’]t|['’](?:re|ll|ve|m|d))\b", re.IGNORECASE)
_BRACKETED_END = re.compile(r"\s*[(（][^()（）]{1,30}[)）]$")
_MIN_HEAD_WORDS = 4
_MAX_TAIL_CUTS = 3
# A segment that is a date ("12/04/2024", "12.04.2024"), or a name followed by one ("Site, 12.04.2024").
_DATE_SEGMENT = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_TRAILING_DATE = re.compile(r",?\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_MAX_TITLE_CHARS = 300
_PARAGRAPHS = XPath(".//p")
# How far above an <h1> the article's paragraphs may start (header, hgroup, article, main).
_LEAD_LEVELS = 3
# A site or section segment is short; a longer remainder is part of the headline.
_MAX_AFFIX_WORDS = 6
_MIN_HEADLINE_CHARS = 12
_KICKER_MAX_WORDS = 5
# A site-name segment may hold a few letters more than the name ("Spokesman.com", "Yahoo News").
_SITE_EXTRA = 8
# How domains spell letters an ASCII host cannot hold.
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "å": "aa", "æ": "ae",
                                   "ø": "oe", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})
# Letters without a decomposition, as their bare Latin letters (the rest lose their accents in _key).
_BARE = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                       "ı": "i"})
# Labels of a host that are not the site's name: "www", and second-level suffixes ("co.kr", "com.br").
_GENERIC_LABELS = frozenset({"www", "m", "amp", "co", "com", "net", "org", "gov", "edu", "ac", "or", "ne",
                             "go"})


def _key(text: str) -> str:
    """Letters and digits only, case-folded: "Börsen-Zeitung" ~ "borsenzeitung" ~ "BÖRSEN ZEITUNG"."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if ch.isalnum())


def _spelled_keys(name: str) -> set[str]:
    """The keys of a site name, also as domains spell its letters ("Börsen-Zeitung" -> "borsenzeitung"
    and "boersenzeitung", "Børsen" -> "borsen" and "boersen", "Głos" -> "glos")."""
    folded = name.casefold()
    return {_key(folded.translate(_BARE)), _key(folded.translate(_TRANSLITERATION))}


def site_keys(site_name: str | None, url: str | None, *others: str | None) -> set[str]:
    """Keys a site-name segment may match: the declared site name, other names the page gives
    itself (``others``: a logo's text), and the domain's labels ("www.taipeitimes.com" ->
    "taipeitimes", "taipeitimescom"; "entermedia.co.kr" -> "entermedia")."""
    keys = {key for name in (site_name, *others) if name for key in _spelled_keys(name)}
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [label for label in host.removeprefix("www.").split(".") if label]
    short = set()
    if len(labels) >= 2:
        keys.update({_key(labels[-2]), _key("".join(labels[-2:])), _key("".join(labels))})
        # Under a second-level suffix ("co.kr", "com.br"), the name is the label before it; a
        # subdomain may be the site's own name ("quaysidetimes.mediagroup.com").
        named = [label for label in labels[:-1] if label not in _GENERIC_LABELS and not label[-1].isdigit()]
        keys.update(_key(label) for label in named)
        # A host of two letters ("dw.com") is the site's initials: matched whole, never as a part.
        short = {_key(label) for label in named[-1:] if len(_key(label)) == 2}
    return {key for key in keys if len(key) >= 3} | short


def page_site_names(tree) -> list[str]:
    """Names the page gives its site besides ``og:site_name``: the app name, publisher and copyright
    meta tags, the Twitter handle. Evidence for which segment of a tab title is the site's name
    when the domain does not spell it."""
    names = []
    for meta in tree.iter("meta"):
        if (meta.get("name") or meta.get("property") or "").lower() in _SITE_META:
            names.append((meta.get("content") or "").strip().lstrip("@"))
    return _short_names(names)


def copyright_names(tree) -> list[str]:
    """The names in the copyright line of the page's footer ("© 2024 Quayside Chronicle. All rights
    reserved."): more evidence, read only where a title still holds a segment to tell apart (the
    search reads every text of the page)."""
    names = []
    lines = [line for line in _RIGHTS_TEXT(tree)[-_MAX_RIGHTS_TEXTS:] if _in_footer(line.getparent())]
    for line in lines[:_MAX_COPYRIGHT_LINES]:
        if match := _COPYRIGHT.search(" ".join(str(line).split())):
            names.append(match["name"].strip())
    return _short_names(names)


def _short_names(names: list[str]) -> list[str]:
    # A long "name" is a headline some CMSs write into every tag (application-name among them).
    return [name for name in dict.fromkeys(names) if name and len(_WORD.findall(name)) <= _MAX_SITE_WORDS]


def has_segments(title: str | None) -> bool:
    """``title`` holds a separator between segments ("Headline | Site")."""
    return bool(title and _SEPARATOR.search(title))


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
            if part.strip() and len(_WORD.findall(part)) <= _MAX_SITE_WORDS]


def _in_footer(element) -> bool:
    """``element`` is in the page's footer (``<footer>``, role contentinfo, a footer or copyright block)."""
    for node in (element, *element.iterancestors()) if element is not None else ():
        if node.tag == "footer" or node.get("role") == "contentinfo" \
                or _FOOTER_NAMES.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
    return False


def _is_site(segment: str, keys: set[str]) -> bool:
    """``segment`` names the site: its key is a site key, or one with a few more letters around it
    ("Spokesman.com", "Yahoo News"); not a headline that opens with the site's name ("The
    Guardian view on ...")."""
    return any(key and (key == k or _around(key, k) or (len(key) >= 5 and k.startswith(key)))
               for key in _spelled_keys(segment) for k in keys)


def _initials(segment: str) -> set[str]:
    """A site name's initials, as a short host spells them ("Deutsche Welle" -> "dw", "Diario del
    Puerto" -> "ddp" and "dp"); only for a segment of two to five words."""
    words = _WORD.findall(segment)
    if not 2 <= len(words) <= 5:
        return set()
    named = [word for word in words if word[0].isupper()]
    return {_key("".join(word[0] for word in words)), _key("".join(word[0] for word in named))}


def names_site(name: str, keys: set[str]) -> bool:
    """``name`` (a short field: an author, a segment) is the site's own name."""
    return len(_WORD.findall(name)) <= _MAX_AFFIX_WORDS and _is_site(name, keys)


def _around(key: str, site: str) -> bool:
    """``key`` is the site key with a few letters before or after it."""
    return len(site) >= 5 and len(key) <= len(site) + _SITE_EXTRA \
        and (key.startswith(site) or key.endswith(site))


def strip_site(title: str, keys: set[str]) -> str:
    """``title`` without leading or trailing segments that name the site (and the section
    segments between them and the headline: "Headline - Politics | Site" -> "Headline")."""
    head = _cut_site(title, keys)
    if head is None:
        return title
    return head if len(head) >= _MIN_HEADLINE_CHARS or len(head) * 2 >= len(title) else title


def _cut_site(title: str, keys: set[str]) -> str | None:
    """What is left of ``title`` once the site and section segments are cut, or None."""
    parts = _SEPARATOR.split(title)
    if len(parts) < 2:
        return None
    site_at = [i for i, part in enumerate(parts)
               if (_is_site(part, keys) or _initials(part) & keys) and len(_WORD.findall(part)) <= 6]
    if not site_at:
        return None
    if site_at[-1] > 0:  # "Headline - Section | Site": cut from the first section before the site
        cut = site_at[-1]
        while cut > 1 and (len(_WORD.findall(parts[cut - 1])) <= 2 or _DATE_SEGMENT.match(parts[cut - 1])):
            cut -= 1  # short section names before the site name ("_科技_腾讯网")
        return _separated_prefix(title, parts, cut)
    return _separated_suffix(title, parts, 1)  # "Site: Headline"


def strip_unnamed_site(title: str) -> str:
    """``title`` without the site and section names after its headline where nothing on the page
    names the site: trailing segments after a tab-title separator that read like names (at most
    six words, each capitalised, a particle such as "of" or "del", or in a script without case;
    or a domain, or a date), each after a headline of four words or more at least twice as long;
    once a name is cut, a section before it may hold words in lower case ("UK news"). A site's
    name with its slogan after it goes too ("| Site - news from the coast"), and a source's name in
    full-width brackets after a Chinese or Japanese headline ("…の見通し（東海新聞）"). A tail in lower case
    ("- and why it matters"), a question, or a short headline stays."""
    for cut in range(_MAX_TAIL_CUTS):
        found = list(_TAIL_SEPARATOR.finditer(title))
        if not found:
            break
        head, tail = title[:found[-1].start()].strip(), title[found[-1].end():].strip()
        if not _name_like(tail, section=cut > 0) and len(found) >= 2 and cut == 0:
            # A site's name and its slogan ("Headline | Site - news from the coast").
            before, last = found[-2], found[-1]
            site = title[before.end():last.start()].strip()
            if _name_like(site):
                head, tail = title[:before.start()].strip(), site
        name = _BRACKETED_END.sub("", _TRAILING_DATE.sub("", tail)) or tail
        if not _name_like(tail, section=cut > 0) or len(_words(head)) < _MIN_HEAD_WORDS \
                or len(head) < 2 * len(name):
            break
        title = head
    if (source := _SOURCE_IN_BRACKETS.search(title)) and _name_like(source["name"]):
        head = title[:source.start()]
        if len(_words(head)) >= _MIN_HEAD_WORDS and len(head) >= 2 * len(source["name"]):
            return head
    return title


def strip_unnamed_prefix(title: str) -> str:
    """``title`` without a site or section name before a " | " ("Quayside Chronicle | Headline",
    "Opinion | Headline"), by the rules of ``strip_unnamed_site``; only that separator: "Name -
    rest" and "Name: rest" are as often a headline's own."""
    head, separator, rest = title.partition(" | ")
    if separator and "|" not in rest and _name_like(head.strip()) and len(_words(rest)) >= _MIN_HEAD_WORDS \
            and len(rest) >= 2 * len(head):
        return rest.strip()
    return title


def _name_like(tail: str, section: bool = False) -> bool:
    """A site or section name, or a date (see ``strip_unnamed_site``): a ``section`` (beside a site's
    name already cut) may hold words in lower case after its first ("UK news")."""
    if _DATE_SEGMENT.match(tail):
        return True
    # The name's own short form in brackets ("Vietnam+ (VietnamPlus)") and a date after it go.
    tail = _BRACKETED_END.sub("", _TRAILING_DATE.sub("", tail))
    if not tail or (tail[-1] in "?!.…\"”»)" and not re.search(r"\w\.\w+$", tail)):
        return False
    words = tail.split()
    # Words as spaces part them (an Indic word's vowel signs split it for \w); Chinese and Japanese
    # names are written without spaces: a short run.
    if len(words) > _MAX_TAIL_WORDS or (_UNSPACED_RUN.search(tail) and len(tail) > _MAX_UNSPACED_NAME):
        return False
    if len(words) == 1 and re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", tail):
        return True  # a domain: "tagesblatt.de"
    # A Title Case headline goes on ("— And They're Not Great"): a clause, not a name.
    if words[0].casefold() in _CLAUSE_OPENERS or _CONTRACTION.search(tail):
        return False
    if section and len(words) <= _MAX_SECTION_WORDS and not words[0].islower():
        return True
    # A capital anywhere in a word makes it a name's ("iROZHLAS", "eKathimerini").
    return all(word.casefold() in _NAME_PARTICLES or not word.islower() for word in words) \
        and any(not word.islower() and word.casefold() not in _NAME_PARTICLES for word in words)


def _outer_segments(title: str, wanted: set[str]) -> str | None:
    """The leading or trailing separated segments of ``title`` whose key is in ``wanted``."""
    parts = _SEPARATOR.split(title)
    for count in range(1, len(parts)):
        for text in (_separated_prefix(title, parts, count), _separated_suffix(title, parts, count)):
            if _key(text) in wanted:
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


def _words(text: str) -> list[str]:
    """Words, case-folded; Chinese and Japanese characters each count as one (they are written
    without spaces: a headline is one run of them)."""
    return [w.casefold() for word in _WORD.findall(text) for w in (_UNSPACED.findall(word) or [word])]


def _covered(short: str, long: str) -> float:
    """Share of the words of ``short`` that occur in ``long``."""
    words, pool = _words(short), set(_words(long))
    return sum(w in pool for w in words) / len(words) if words else 0.0


def headlines_on_page(tree) -> list[str]:
    """The texts of the page's ``<h1>`` elements, without logos (an ``<h1>`` that is a link to the
    home page)."""
    return page_headings(tree)[0]


def page_headings(tree) -> tuple[list[str], list[str]]:
    """(the page's ``<h1>`` texts, the names in its logo ``<h1>``: a link to the home page, its
    text or its image's ``alt``)."""
    found, logos = [], []
    for element in _H1(tree)[:_MAX_H1]:
        text = _heading_text(element)
        if _is_logo(element):
            logos += [name for name in (text, *_IMAGE_ALTS(element)) if name and name.strip()]
        elif text and text not in found:
            found.append(text)
    return found, logos


def _is_logo(heading) -> bool:
    """An ``<h1>`` that is the site's logo: a link to the home page, or named as a logo or brand."""
    names = f"{heading.get('class', '')} {heading.get('id', '')}".split()
    return any(_is_home(link.get("href")) for link in _LINKS(heading)) or any(map(_LOGO_NAMES.match, names))


def titled_blocks(tree) -> list[str]:
    """Texts of blocks named as a title or headline (``<div class="h-title">``), for pages whose
    headline is not an ``<h1>``. Only ever matched against the tab and sharing titles."""
    found = []
    for element in _TITLED(tree)[:_MAX_TITLED]:
        text = clean_inline(element.text_content())
        if text and len(text) <= _MAX_TITLE_CHARS and text not in found:
            found.append(text)
    return found


def leading_headline(tree) -> str | None:
    """The page's one ``<h1>`` that sits right above the article's text (an ancestor a few levels
    up holds several paragraphs of prose), or None: the headline as the reader sees it, which a
    reworded sharing or tab title (written for search engines) does not replace."""
    leading = []
    for element in _H1(tree)[:_MAX_H1]:
        if _is_logo(element):
            continue
        for ancestor in list(element.iterancestors())[:_LEAD_LEVELS]:
            if ancestor.tag in ("body", "html"):
                break  # the whole page holds every paragraph: no evidence of where the story is
            paragraphs = [p for p in _PARAGRAPHS(ancestor) if len(p.text_content()) >= 40]
            if len(paragraphs) >= 3 and sum(len(p.text_content()) for p in paragraphs) >= 500:
                leading.append(element)
                break
    if len(leading) != 1:
        return None
    text = _heading_text(leading[0])
    return text if text and len(_words(text)) >= 3 else None


def _heading_text(heading) -> str | None:
    """A heading's text as a reader sees it: without its kicker, hidden screen-reader text and its
    permalink mark ("Headline ¶", "Headline #"), a space where a line breaks (``<br>``, two
    elements set as lines: "Cyber norms:<br>a new era")."""
    text = clean_inline(_without_kicker(heading))
    return clean_inline(text.rstrip("¶#🔗 ")) if text else text


def _shown_text(element) -> str:
    """``element``'s text without hidden parts, with a space at line breaks and between sibling
    elements that no text separates (``<span>Kicker</span><span>Headline</span>`` is two lines)."""
    parts = [element.text or ""]
    previous_was_element = False
    for child in element:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        if child.tag == "br" or previous_was_element or child.tag in _BLOCKS:
            parts.append(" ")
        if not _is_hidden(child) and not _is_date(child):
            parts.append(_shown_text(child))
        if child.tag in _BLOCKS:
            parts.append(" ")
        parts.append(child.tail or "")
        previous_was_element = not (child.tail or "").strip() and child.tag != "br"
    return "".join(parts)


def _is_date(element) -> bool:
    """A date, time or byline element inside a heading (see ``_DATE_NAMES``)."""
    names = f"{element.get('class', '')} {element.get('id', '')}"
    return element.tag == "time" or bool(_DATE_NAMES.search(names))


def _is_hidden(element) -> bool:
    """Text a screen reader gets but the page does not show ("(opens in new window)")."""
    names = f"{element.get('class', '')} {element.get('id', '')}"
    style = element.get("style", "").replace(" ", "").lower()
    return (element.get("hidden") is not None or "display:none" in style
            or bool(_HIDDEN_NAMES.search(names)))


def _without_kicker(heading) -> str:
    """The heading's text without a kicker: a child element named kicker, overline, topline,
    eyebrow ... (``<h1><span class="kicker">Krieg in der Ukraine</span> Headline</h1>``), or an
    unnamed first line of a few words set apart from the headline (``<h1><span>Krieg in der
    Ukraine</span><span>Headline</span></h1>``) where the heading is nothing but such elements."""
    children = [child for child in heading
                if isinstance(child.tag, str) and not _is_hidden(child) and not _is_date(child)]
    kicker = next((child for child in children
                   if _KICKER_NAMES.search(f"{child.get('class', '')} {child.get('id', '')}")), None)
    if kicker is None and _set_apart(heading, children):
        kicker = children[0]
    if kicker is None:
        return _shown_text(heading)
    parts = [heading.text or ""]
    for child in heading:
        if child in children and child is not kicker:
            parts.append(" " + _shown_text(child))
        parts.append(child.tail or "")
    rest = " ".join(parts)
    return rest if rest.strip() else _shown_text(heading)


def _set_apart(heading, children: list) -> bool:
    """The heading is two or more elements and no text of its own, the first a line of at most
    ``_KICKER_MAX_WORDS`` words (not a link) and the rest a headline of three words or more that
    starts a sentence."""
    if len(children) < 2 or (heading.text or "").strip() or children[0].tag == "a":
        return False
    if any((child.tail or "").strip() for child in children):
        return False
    first = _WORD.findall(_shown_text(children[0]))
    rest = _WORD.findall(" ".join(_shown_text(child) for child in children[1:]))
    # A lower-case second line goes on with the first ("Cyber norms:" / "a new era").
    return 0 < len(first) <= _KICKER_MAX_WORDS and len(rest) >= 3 and not rest[0][0].islower()


def _is_home(href: str | None) -> bool:
    """A link to a site's home page: "/", "./", "https://example.com/", "index.html"."""
    if href is None:
        return False
    parts = urlsplit(href.strip())
    if parts.query or parts.fragment:
        return False
    return parts.path in ("/", "./", "/index.html", "index.html") or (parts.path == "" and bool(parts.netloc))


def choose_title(meta_title: str | None, tab_title: str | None, h1s: list[str],
                 site_name: str | None, url: str | None, logos: list[str] | None = None,
                 leading: str | None = None) -> str | None:
    """The headline: the on-page ``<h1>`` where a meta or tab title is a form of it, else the
    ``leading`` headline (``leading_headline``) where the page has one, else the sharing title,
    else the tab title, with site and section names cut. ``logos`` are names the page's logo
    gives the site."""
    keys = site_keys(site_name, url, *(logos or []))
    titles = [clean_inline(_unescaped(t)) for t in (meta_title, tab_title) if clean_inline(t)]
    candidates = _whole_candidates(titles, keys)
    headlines = [h for h in h1s if not _is_site(h, keys) and len(_words(h)) >= 2]
    for candidate in candidates:
        stripped = strip_site(candidate, keys)
        whole, short = _key(candidate), _key(stripped)
        # The same letters as the headline on the page: the headline as the page prints it (its
        # quotes, dashes and capitals; a sharing title often has straight quotes), unless the page
        # sets it in capitals.
        same = [h1 for h1 in headlines if _key(h1) in (whole, short)]
        if same:
            title = candidate if _key(same[0]) == whole else stripped
            return title if same[0].isupper() else same[0]
        # The headline is the title's first or last segments ("About bugs – Vortex Cannon Games").
        if outer := _outer_segments(candidate, {_key(h1) for h1 in headlines}):
            return outer
        # The title around the on-page headline ("Kicker: Headline | Site"): the longest such headline.
        inside = [h1 for h1 in headlines if _key(h1) in whole and len(_key(h1)) * 2 >= len(short)]
        if inside:  # the headline opens a tab title; then the longest
            return max(inside, key=lambda h1: (whole.startswith(_key(h1)), len(h1)))
        for h1 in headlines:
            if short in _key(h1) and len(_words(stripped)) >= 3:
                return _drop_kicker(h1, stripped)
            if _covered(stripped, h1) >= 0.6 and _covered(h1, stripped) >= 0.4:
                return h1  # the sharing title reworded or shortened: the page's headline is the one
    if leading and not _is_site(leading, keys):
        return leading  # the titles were written for search engines and sharing, not for the page
    if candidates:
        return strip_unnamed_prefix(strip_unnamed_site(strip_site(candidates[0], keys)))
    # No title to compare with: of several <h1>, the headline is the wordiest (logos are short).
    return max(headlines, key=lambda h1: len(_words(h1))) if headlines else None


def _unescaped(title: str | None) -> str | None:
    """A title whose entities were escaped twice ("Tom &amp;amp; Jerry" in the page's source, which
    its parser reads as "Tom &amp; Jerry"), decoded: no headline writes an entity as text."""
    return html.unescape(title) if title and _ENTITY.search(title) else title


def _whole_candidates(candidates: list[str], keys: set[str]) -> list[str]:
    """The titles that may hold the headline: not a sharing title that is only the site's name
    (the name the tab title ends or opens with: its keys join ``keys``), nor one cut short ("Headline
    that goes on…") where the other title holds it whole."""
    kept = []
    for candidate in candidates:
        others = [other for other in candidates if other != candidate]
        if _is_site(candidate, keys) or any(_names_site_of(candidate, other) for other in others):
            keys.update(_spelled_keys(candidate))
            continue
        cut = candidate.rstrip()
        opening = cut.rstrip(".…").rstrip()
        if cut.endswith(("…", "...")) and any(other.startswith(opening) for other in others):
            continue
        kept.append(candidate)
    return kept or candidates


def _names_site_of(candidate: str, other: str) -> bool:
    """``candidate`` is what ``other`` (a tab title) opens or ends with, beside a headline at least
    as long: "Quayside Chronicle" of "Headline | Quayside Chronicle"."""
    segment = _outer_segments(other, {_key(candidate)})
    if not segment or len(candidate) * 2 >= len(other):
        return False
    rest = other.replace(segment, "", 1)
    return len(_words(rest)) >= _MIN_HEAD_WORDS and (len(rest.split()) >= _MIN_HEAD_WORDS or bool(
        re.search(f"[{_UNSPACED_CHARS}]", rest)))


def _drop_kicker(h1: str, title: str) -> str:
    """An ``<h1>`` that holds the title after a few words ("Ukraine-Krieg Headline") is a kicker
    and the headline: keep the headline."""
    position = _key(h1).find(_key(title))
    prefix_words = len(_WORD.findall(h1)) - len(_WORD.findall(title))
    if position > 0 and _key(h1).endswith(_key(title)) and 0 < prefix_words <= _KICKER_MAX_WORDS:
        return title
    return h1
