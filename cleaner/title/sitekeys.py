"""The keys a site's name is told by, and the names a page gives its site.

A site's name is matched by its letters and digits only, case-folded (``fold_key``), also as domains
spell letters an ASCII host cannot hold (``spelled_keys``: "Börsen-Zeitung" -> "boersenzeitung",
"Новая газета" -> "novayagazeta") and as a short host spells its initials (``initials``); the keys of
a page's site come from its declared name, its domain's labels and the names it gives itself in
meta tags and in its footer's copyright line. ``cleaner.title.sitenames`` tells and cuts those names in
a title; authors and metadata read the same keys to tell the outlet's name from a person's.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import urlsplit

from lxml.etree import XPath

# A word (a run of letters or digits); cleaner.title.titles counts kickers and headlines with it too.
WORD = re.compile(r"\w+", re.UNICODE)
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
# The name before the sign and the year ("Quayside Chronicle © 2024", "franceinfo ©2023-2024").
_NAME_FIRST = re.compile(r"^(?P<name>[^\W\d_][^.|,;:©\n]{1,40}?)\s*©\s*(?:19|20)\d\d")
# Feeds and the search box name the site in their titles ("Site » Feed", "Site - Comments Feed").
_FEED_LINKS = XPath("//head/link[@title][@rel='search' or (@rel='alternate' and (contains(@type, 'rss')"
                    " or contains(@type, 'atom')))]/@title")
_FEED_SEPARATOR = re.compile(r"\s+[|»«›:–—-]\s+")
_MAX_FEEDS = 5
_MAX_COPYRIGHT_LINES = 5
_MAX_RIGHTS_TEXTS = 20  # the last ones on the page: a footer comes last
_MAX_SITE_WORDS = 5
# How domains spell letters an ASCII host cannot hold.
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "å": "aa", "æ": "ae",
                                   "ø": "oe", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})
# Cyrillic and Greek letters as Latin ones, as domains spell them (two common ways).
_CYRILLIC_OR_GREEK = re.compile("[\u0370-\u03ff\u0400-\u04ff]")
_ROMAN_LETTERS = dict(zip("абвгдезийклмнопрстуфыэіґјαβγδεζηικλμνξοπρστυφω",
                          "abvgdeziyklmnoprstufyeigjavgdeziiklmnxoprstyfo", strict=True))
_ROMAN = str.maketrans({**_ROMAN_LETTERS, "ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
                        "щ": "shch", "ъ": "", "ь": "", "ю": "yu", "я": "ya", "ї": "yi", "є": "ye", "ђ": "dj",
                        "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "θ": "th", "χ": "ch", "ψ": "ps", "ς": "s"})
_ROMAN_ALT = str.maketrans({**_ROMAN_LETTERS, "й": "j", "ё": "e", "ж": "z", "х": "h", "ц": "c", "ч": "c",
                            "ш": "s", "щ": "sc", "ъ": "", "ь": "", "ю": "ju", "я": "ja", "ї": "ji", "є": "je",
                            "ђ": "d", "љ": "l", "њ": "n", "ћ": "c", "џ": "dz", "θ": "th", "χ": "x", "ψ": "ps",
                            "ς": "s", "η": "i", "υ": "u", "β": "b"})
# Arabic, Persian and Hebrew letters as the consonant a Latin host spells them with, in classes that
# romanisations share (b/p/f/v one, k/q/c one, t/th one, s/sh one, z/tz one); long vowels, alef, ayin,
# he and hamza none: an abjad writes no short vowels, so a name is matched by its consonants alone
# ("الجزيرة نت" ~ "aljazeera.net": "ljzrnt", "מעריב" ~ "maariv": "mrb").
_ABJAD = re.compile("[\u0600-\u06ff\u0590-\u05ff]")
_ABJAD_CONSONANTS = str.maketrans({
    **dict.fromkeys("اأإآٱءؤئعحهةوىيیۀ", None), **dict.fromkeys("אהוחיע", None),
    "ب": "b", "پ": "b", "ف": "b", "ت": "t", "ث": "t", "ط": "t", "ج": "j", "چ": "c", "خ": "k", "د": "d",
    "ذ": "d", "ض": "d", "ر": "r", "ز": "z", "ژ": "z", "ظ": "z", "س": "s", "ش": "s", "ص": "s", "غ": "g",
    "ق": "k", "ك": "k", "ک": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n",
    "ב": "b", "פ": "b", "ף": "b", "ג": "g", "ד": "d", "ז": "z", "צ": "z", "ץ": "z", "ט": "t", "ת": "t",
    "כ": "k", "ך": "k", "ק": "k", "ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ס": "s", "ש": "s",
    "ר": "r"})
_SUN_ARTICLE = re.compile("(?<![\u0600-\u06ff])ال(?=[تثدذرزسشصضطظلن])")
_LATIN_NAME = re.compile(r"[a-z]+(?:[\s'-]+[a-z]+)+")
_LATIN_DIGRAPHS = re.compile(r"sh|kh|gh|th|dh|ch|ph|tz|ts|[pfvqcw]")
_LATIN_CLASSES = {"sh": "s", "kh": "k", "gh": "g", "th": "t", "dh": "d", "ch": "c", "ph": "b", "tz": "z",
                  "ts": "z", "p": "b", "f": "b", "v": "b", "q": "k", "c": "k", "w": ""}
_LATIN_VOWELS = re.compile(r"[aeiouyh]|[^a-z]")
_REPEATS = re.compile(r"(.)\1+")
# A skeleton key is marked so no folded segment (letters and digits only) can equal it.
_SKELETON = "~"
_MIN_SKELETON = 4
# Letters without a decomposition, as their bare Latin letters (the rest lose their accents in _key).
_BARE = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                       "ı": "i"})
# Letters whose capitals ``casefold`` does not fold to them: dotless "ı" (capital "I", so read as "i"),
# the combining dot "İ" folds with, and Greek vowels' accents, which capitals do not write.
_CASELESS = str.maketrans({"ı": "i", "\u0307": None, **dict(zip("άέήίόύώϊϋ", "αεηιουωιυ", strict=True))})
# Labels of a host that are not the site's name: "www", and second-level suffixes ("co.kr", "com.br").
_GENERIC_LABELS = frozenset({"", "www", "m", "amp", "co", "com", "net", "org", "gov", "edu", "ac", "or", "ne",
                             "go"})
# Articles a site's name may open with, which its initials leave out ("The Sydney Morning Herald": "smh").
_ARTICLES = frozenset({"the", "le", "la", "les", "el", "il", "lo", "der", "die", "das", "de", "het", "o",
                       "a"})
# What is not a letter or digit (``re``'s \w is str.isalnum() and the underscore, for every code point).
_NOT_ALNUM = re.compile(r"[\W_]+")


@lru_cache(maxsize=4096)
def fold_key(text: str) -> str:
    """Letters and digits only, case-folded: "Börsen-Zeitung" ~ "borsenzeitung" ~ "BÖRSEN ZEITUNG"."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKD", caseless(text)))


def caseless(text: str) -> str:
    """``text`` case-folded as its language's capitals read: Turkish and Azerbaijani "KADIN" is
    "kadın" and "İSTANBUL" "istanbul" (``casefold`` gives "kadin", and "i" with a combining dot), and
    Greek capitals drop the accents ("ΣΕΙΣΜΟΣ" ~ "Σεισμός"); "ß" and final "ς" ``casefold`` reads."""
    folded = text.casefold()
    return folded if folded.isascii() else folded.translate(_CASELESS)


@lru_cache(maxsize=4096)
def spelled_keys(name: str) -> frozenset[str]:
    """The keys of a site name, also as domains spell its letters ("Börsen-Zeitung" -> "borsenzeitung"
    and "boersenzeitung", "Børsen" -> "borsen" and "boersen", "Głos" -> "glos", "Новая газета" ->
    "novayagazeta" and "novajagazeta", "Καθημερινή" -> "kathimerini"). Read once per name: titles
    test the same segments against the keys several times."""
    folded = name.casefold()
    # Also without an Arabic article before a "sun" letter, which Latin spellings assimilate ("الشرق
    # الأوسط" ~ "Asharq Al-Awsat": "~srklst").
    skeletons = {abjad_skeleton(folded), abjad_skeleton(_SUN_ARTICLE.sub("", folded))} \
        if _ABJAD.search(folded) else set()
    return frozenset({fold_key(folded.translate(_BARE)), fold_key(folded.translate(_TRANSLITERATION)),
                      *map(fold_key, romanised(folded)), *(key for key in skeletons if key)})


def abjad_skeleton(text: str) -> str:
    """The consonants of a name in Arabic, Persian or Hebrew letters, or of a host's Latin label, in
    the classes ``_ABJAD_CONSONANTS`` gives ("الجزيرة نت" and "aljazeeranet": "~ljzrnt"); empty where
    fewer than four are left (a shorter one matches words: "مصر", Egypt, is "masrawy"'s "msr")."""
    if _ABJAD.search(text):
        letters = "".join(ch for ch in text.translate(_ABJAD_CONSONANTS) if "a" <= ch <= "z")
    else:
        latin = _LATIN_DIGRAPHS.sub(lambda match: _LATIN_CLASSES[match[0]], text.casefold())
        letters = _LATIN_VOWELS.sub("", latin)
    letters = _REPEATS.sub(r"\1", letters)
    return _SKELETON + letters if len(letters) >= _MIN_SKELETON else ""


def romanised(text: str) -> list[str]:
    """``text`` in Cyrillic or Greek letters as Latin, the two ways domains commonly spell them
    ("х" as "kh" or "h", "я" as "ya" or "ja"); empty for a text in neither script."""
    if not _CYRILLIC_OR_GREEK.search(text):
        return []
    # Letters first ("й", "ё" are letters of their own), then Greek accents ("ή" -> "η") and again.
    return [_unaccented(text.casefold().translate(table)).translate(table) for table in (_ROMAN, _ROMAN_ALT)]


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def site_keys(site_name: str | None, url: str | None, *others: str | None) -> set[str]:
    """Keys a site-name segment may match: the declared site name, other names the page gives
    itself (``others``: a logo's text), and the domain's labels ("www.taipeitimes.com" ->
    "taipeitimes", "taipeitimescom"; "entermedia.co.kr" -> "entermedia")."""
    keys = {key for name in (site_name, *others) if name for key in spelled_keys(name)}
    # A Latin name of two words or more, as an Arabic, Persian or Hebrew title may write it ("Asharq
    # Al-Awsat": "الشرق الأوسط"); only abjad segments have such keys.
    keys.update(skeleton for name in (site_name, *others) if name and _LATIN_NAME.fullmatch(name.casefold())
                and (skeleton := abjad_skeleton(name)))
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [label for label in host.removeprefix("www.").split(".") if label]
    short = set()
    if len(labels) >= 2:
        keys.update({fold_key(labels[-2]), fold_key("".join(labels[-2:])), fold_key("".join(labels))})
        # Under a second-level suffix ("co.kr", "com.br"), the name is the label before it; a
        # subdomain may be the site's own name ("quaysidetimes.mediagroup.com", "g1.globo.com"), not
        # a server's number ("www1", "m2").
        named = [label for label in labels[:-1] if label.rstrip("0123456789") not in _GENERIC_LABELS]
        keys.update(fold_key(label) for label in named)
        # An Arabic, Persian or Hebrew name's consonants, as the host spells them ("aljazeera.net").
        keys.update(skeleton for label in (*named, "".join(labels[-2:]))
                    if (skeleton := abjad_skeleton(label)))
        # A host or subdomain of two characters ("dw.com", "g1.globo.com", "ge.globo.com") is the
        # site's initials or brand: matched whole, never as a part.
        short = {fold_key(label) for label in named if len(fold_key(label)) == 2}
    # So is a declared name of two ("G1", "DW").
    short.update(key for key in spelled_keys(site_name or "") if len(key) == 2)
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


def feed_names(tree) -> list[str]:
    """The names the page's feeds and search box give the site: the first segment of a ``<link
    rel="alternate">`` feed's or ``rel="search"`` title ("BBC News Русская служба", "Quayside Notes »
    Comments Feed"). Read only where a title still holds a segment to tell apart."""
    names = []
    for link in _FEED_LINKS(tree)[:_MAX_FEEDS]:
        if first := _FEED_SEPARATOR.split(" ".join(link.split()))[0]:
            names.append(first)
    return _short_names(names)


def copyright_names(tree) -> list[str]:
    """The names in the copyright line of the page's footer ("© 2024 Quayside Chronicle. All rights
    reserved.", "Quayside Chronicle © 2024"): more evidence, read only where a title still holds a
    segment to tell apart (the search reads every text of the page)."""
    names = []
    lines = [line for line in _RIGHTS_TEXT(tree)[-_MAX_RIGHTS_TEXTS:] if _in_footer(line.getparent())]
    for line in lines[:_MAX_COPYRIGHT_LINES]:
        text = " ".join(str(line).split())
        if match := _COPYRIGHT.search(text) or _NAME_FIRST.match(text):
            names.append(match["name"].strip())
    return _short_names(names)


def _short_names(names: list[str]) -> list[str]:
    # A long "name" is a headline some CMSs write into every tag (application-name among them).
    return [name for name in dict.fromkeys(names) if name and len(WORD.findall(name)) <= _MAX_SITE_WORDS]


def _in_footer(element) -> bool:
    """``element`` is in the page's footer (``<footer>``, role contentinfo, a footer or copyright block)."""
    for node in (element, *element.iterancestors()) if element is not None else ():
        if node.tag == "footer" or node.get("role") == "contentinfo" \
                or _FOOTER_NAMES.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
    return False


def initials(segment: str) -> set[str]:
    """A site name's initials, as a short host spells them ("Deutsche Welle" -> "dw", "Diario del
    Puerto" -> "ddp" and "dp"); only for a segment of two to five words."""
    words = WORD.findall(segment)
    if not 2 <= len(words) <= 5:
        return set()
    named = [word for word in words if word[0].isupper()]
    # Without a leading article: "The Sydney Morning Herald" is "smh" as well as "tsmh".
    bare = named[1:] if len(named) > 2 and named[0].casefold() in _ARTICLES else named
    initials = {"".join(word[0] for word in words), "".join(word[0] for word in named),
                "".join(word[0] for word in bare)}
    return {fold_key(spelled) for letters in initials for spelled in (letters, *romanised(letters))}
