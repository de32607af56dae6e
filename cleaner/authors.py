"""Author names of a page: meta tags and JSON-LD first, then the page's bylines.

Generic rules, no per-site table:
- the meta tags' and JSON-LD's names are merged ("John C Welch" and "John C. Welch" are one name);
- where they name only the outlet (or its desk: "Redacción Prensa Latina") or a CMS placeholder, or
  nobody, the bylines are read: first the cheap ``rel``/``itemprop`` author elements, then
  trafilatura's author XPaths, an author's link or a "By ..." line below the headline;
- where they name one person and a byline on the page names that person with others, the others
  are co-authors and are added (the meta tags of many CMSs hold only the first author);
- author elements in navigation, menus or hidden blocks (a logged-in user's name) are not bylines,
  and author links far from the first one (a list of related stories) are not this article's;
- a story no byline signs may credit its reporters or its wire agency in its dateline
  (``dateline_reporters``, ``dateline_agency``).
The names in one byline's text (prefixes, roles, agencies, credits in many languages) are read by
``cleaner.bylines``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote

from lxml.etree import XPath

from cleaner.author_xpaths import author_xpath_matches
from cleaner.bylines import (
    AGENCIES,
    BY_PREFIX,
    CREDENTIALS,
    PLACEHOLDER_AUTHORS,
    ROLE_ONLY,
    WHOLE_AGENCY,
    byline_names,
    lost_ending,
    lower_words,
    merged_names,
    name_key,
    name_shaped,
    opens_byline,
    split_authors,
)
from cleaner.sitenames import names_site, site_keys

# Author elements: rel=author, an itemprop=author leaf, the itemprop=name inside an itemprop=author.
# Found from the attributes (the parents of the rel and itemprop attributes that say so): half the
# cost of testing each element's attributes (".//*[@rel=... or @itemprop=...]"), same elements in
# the same order; the rest is checked below.
_AUTHOR_MARKED = XPath('.//*/@rel[.="author"]/.. | .//*/@itemprop[.="author" or .="name"]/..')
# A link to an author's page ("/author/jane-doe", "/yazar/ahmet-yilmaz").
_AUTHOR_HREF = re.compile(
    r"/(?:authors?|autor(?:en|es|a|e|i)?|auteurs?|yazar(?:lar)?|penulis|journalists?|reporters?|giornalist[ai]|"
    r"redactor(?:es)?|columnists?|writers?|"
    # ... and as other templates name an author's page: "/by/jane-doe", "/people/...", "/staff/...",
    # Slovenian, Hungarian, Vietnamese, Indonesian, Russian, Serbian, Uzbek, Polish ones
    r"by|people|staff|contributors?|avtor(?:ji)?|szerzo[k]?|tac-gia|kontributor|wartawan|"
    r"автор[ыи]?|аутор[и]?|muallif|redaktor(?:zy)?)/[^/?#]+/?(?:[?#].*)?$", re.IGNORECASE)
_H1_TEXT = XPath("//h1[normalize-space()]")
# How far below the headline, in elements, the byline's author link may sit.
_LINK_WITHIN = 60
# Page chrome that holds names which are not bylines: navigation, menus, hidden blocks.
_CHROME = XPath(
    "ancestor-or-self::*[self::nav or @role='navigation' or @role='menu' or @role='menubar' or @hidden"
    " or @aria-hidden='true' or contains(concat(' ', normalize-space(@class), ' '), ' hidden ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' is-hidden ')"
    " or re:test(@style, 'display:\\s*none')][1]",
    namespaces={"re": "http://exslt.org/regular-expressions"},
)
_MAX_SEARCHED = 20
_MAX_NAME_WORDS = 4
_MAX_BYLINES = 5
# Author elements of one byline sit within a few levels of each other; a related-stories list does not.
_BYLINE_LEVELS = 3
# A location step from the root down ("//x", ".//x"), as trafilatura writes its discard XPaths.
_DESCENDANT_STEP = re.compile(r"^\.?//(?!/)")
# A date or time written where a name should be ("NOVEMBER 20, 2019 10:43").
_DATE_LIKE = re.compile(r"\d{1,2}:\d\d|(?<!\d)(?:19|20)\d\d(?!\d)")
# A month or a weekday left alone from a dateline ("Jeff Foust Monday, November 18").
_CALENDAR_WORD = re.compile(
    r"^(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", re.IGNORECASE)
# A wire agency credited in the story's dateline: "New York (VNA) –", "Moscow, Russia | XINHUA |",
# "MOSCOW, April 12. /TASS/.", "BEIJING, April 12 (Xinhua) --".
_DATELINE_AGENCY = re.compile(
    rf"^[^\W\d_][^()|/\n]{{0,60}}?[(|/]\s*(?P<agency>{AGENCIES})\s*[)|/]"
    r"(?:\s*\.?\s*[-–—:|]|(?<=[|/])\.?\s|\s*$)",
    re.IGNORECASE)
# Reporters in a Chinese dateline's brackets, a Korean dateline's "NAME 기자 =".
_DATELINE_CHARS = 80
_CJK_REPORTERS = re.compile(r"(?:电|電|讯|訊)\s*[（(]\s*(?:记者|記者)\s*(?P<names>[^）)（(]{2,40}?)\s*[）)]")
_KOREAN_REPORTER = re.compile(r"^\([^)]{1,30}=[^)]{1,30}\)\s*(?P<name>[가-힣]{2,4})\s*(?:기자|특파원)\s*=")


def page_authors(tree, meta_author: str | None, ld_authors: list[str],
                 site: set[str] | None = None, organizations: list[str] | None = None) -> list[str]:
    """Author names: meta tags and JSON-LD, then bylines. Where the meta tags only name the outlet
    or a placeholder ("AppleInsider", "Sky", "Guest"), or JSON-LD only ``organizations`` (authors
    typed Organization), the people a byline names come first, the outlet after them. Names
    written in capitals are title-cased; dates are not names."""
    site = (site or set()) | site_keys(None, None, *(organizations or []))
    # Meta-tag names are read like a byline too: they carry prefixes ("Analysis by A"), job titles
    # ("AP Auto Writer") and credentials ("MS; RDN") as often as JSON-LD does.
    bylines = ["; ".join(_as_written(tree, split_authors(meta_author))), *ld_authors]
    names = merged_names([], [_outlet_of_desk(n, site) for byline in bylines for n in byline_names(byline)])
    people = [name for name in names if not _names_no_one(name, site)]
    # A user name ("asmith", "jdoe") in the meta tags is the CMS account, not the byline's name.
    accounts = _account_names(tree, people, ld_authors)
    # The marked author elements, read where the bylines are (none named, or only accounts) or a
    # lone named person may have co-authors there.
    fast, first = _byline_authors(tree) if len(people) <= 1 or len(accounts) == len(people) else ([], None)
    if not people or len(accounts) == len(people):
        found = _bylines(tree, fast, first, site)
        # A person's name is a few words.
        found_people = [name for name in found if len(name.split()) <= _MAX_NAME_WORDS]
        if accounts and found_people:
            names, people = [name for name in names if name not in accounts], []
        if not people:
            names = merged_names(found_people, names) if names else found
            people = found_people
    else:
        names = people + [name for name in names if name not in people]  # the outlet after the people
    if len(people) == 1:
        # The meta tags often hold the first author only: a byline naming them lists the others,
        # whether its names are marked (rel, itemprop), its block is (class "byline"), or neither.
        block = fast
        if len(block) < 2 and first is not None and name_key(people[0]) in map(name_key, block):
            block = _block_names(first) or block  # "By <a rel=author>A</a> and B": B is not marked
        if not any(name_key(name) == name_key(people[0]) for name in block):
            block = _byline_naming(tree, people[0])
        if any(name_key(name) == name_key(people[0]) for name in block):
            names = merged_names(names, [name for name in block if _coauthor_shaped(name)])
    kept: dict[str, str] = {}
    for name in names:
        if not _DATE_LIKE.search(name) and not _CALENDAR_WORD.match(name) and not ROLE_ONLY.search(name):
            kept.setdefault(name.casefold(), _cased(name))
    return list(kept.values())


# Text nodes that hold a name: libxml2 finds them in one pass (trafilatura's author XPaths cost
# ten times as much on a page).
_NAMING_TEXT = XPath("//body//text()[contains(., $name)]")
_MAX_NAMING = 5
_BYLINE_CLIMB = 3


def _byline_naming(tree, person: str) -> list[str]:
    """The names of the first short block (a byline: at most ``_MAX_BYLINE_CHARS`` characters,
    outside the page's chrome) whose text names ``person`` beside others: "By Anna Smith and Bob
    Jones", marked or not."""
    for text in _NAMING_TEXT(tree, name=person)[:_MAX_NAMING]:
        element = text.getparent()
        if element is not None and text.is_tail:  # the text after an element (or a comment) is its parent's
            element = element.getparent()
        if element is None or element.tag in ("script", "style", "title", "noscript") or _in_chrome(element):
            continue
        best = None
        for node in [element, *list(element.iterancestors())[:_BYLINE_CLIMB]]:
            if len(" ".join(node.text_content().split())) > _MAX_BYLINE_CHARS:
                break
            best = node
        if best is not None and len(names := byline_names(best.text_content())) >= 2:
            return names
    return []


_NOT_A_COAUTHOR = re.compile(r"staff|updated|published|posted|aktualisiert|mis à jour|actualizado",
                             re.IGNORECASE)


def _coauthor_shaped(name: str) -> bool:
    """A co-author beside the meta tags' one: a person's name of two to four words, a wire agency,
    or a name in a script written without spaces; one other word is the place the byline gives
    ("Von Detlef Fechtner, Frankfurt")."""
    words = len(name.split())
    if any(ch.isdigit() for ch in name) or _NOT_A_COAUTHOR.search(name):
        return False  # a date ("October 9"), a staff credit glued to a date line ("IGN StaffUpdated")
    if lower_words(name) or any(word.casefold().strip(".") in CREDENTIALS for word in name.split()):
        return False  # what a byline's line says after the names ("RD on", "MA WebMD Health News")
    return 2 <= words <= _MAX_NAME_WORDS or bool(WHOLE_AGENCY.match(name)) \
        or (words == 1 and not any(ch.isascii() for ch in name) and not name[0].isupper())


def _as_written(tree, names: list[str]) -> list[str]:
    """The meta tags' ``names`` (trafilatura's, cleaned) with the endings its cleaning cut off, as
    the page's author meta tags write them (see ``lost_ending``)."""
    if not names or all(name.isascii() for name in names):
        return names
    written = [meta.get("content") or "" for meta in tree.iter("meta")
               if re.search(r"author|creator", meta.get("name") or meta.get("property") or "", re.IGNORECASE)]
    restored = []
    for name in names:
        endings = [ending for raw in written if (ending := lost_ending(name, raw))]
        restored.append(name + endings[0] if endings else name)
    return restored


def dateline_reporters(text: str) -> list[str]:
    """Reporters a story's dateline names in the Chinese and Korean press conventions:
    "新华社北京4月12日电（记者王晓明、李华）", "(서울=연합뉴스) 김철수 기자 =", or, where it names none,
    the wire's credit line at the story's foot: "(Reporting by A in Kyiv and B; Editing by C)", with
    the agency the dateline credits after them. Empty when there are none."""
    opening = text[:_DATELINE_CHARS]
    if match := _CJK_REPORTERS.search(opening):
        return [name for name in re.split(r"[、，,\s]+", match["names"]) if name]
    if match := _KOREAN_REPORTER.match(opening):
        return [match["name"]]
    if names := _foot_credit(text):  # a wire's story: its agency after the reporters
        return [*names, agency] if (agency := dateline_agency(text)) else names
    return []


# The wire's credit line at a story's foot: "(Reporting by A and B in Kyiv; Writing by C; Editing by D)";
# its reporters and writers are the authors, its editors are not.
_FOOT_CREDIT = re.compile(
    r"(?:[(\[]|;)\s*(?:additional\s+)?(?:reporting|writing)\s+by\s+(?P<names>[^;)\]]{3,160})", re.IGNORECASE)
_FOOT_CHARS = 400
# "A in Kyiv": the place a reporter files from.
_FILED_FROM = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


def _foot_credit(text: str) -> list[str]:
    foot = text[-_FOOT_CHARS:]
    names: list[str] = []
    for match in _FOOT_CREDIT.finditer(foot):
        people = byline_names(_FILED_FROM.sub("", match["names"]))
        names += [name for name in people
                  if 2 <= len(name.split()) <= _MAX_NAME_WORDS and not lower_words(name)]
    return merged_names([], names)


# ... or after the place and the day, or the place alone: "YEREVAN, APRIL 12, ARMENPRESS.",
# "ASTANA. KAZINFORM –".
_DATELINE_AGENCY_AFTER = re.compile(
    rf"^[^\W\d_][^\W\d_'’-]*(?:[ -][^\W\d_]+){{0,3}}(?:,\s*[^,.\n]{{3,25}},|\.)\s*(?P<agency>{AGENCIES})"
    r"\s*[.:–—-]\s", re.IGNORECASE)


def dateline_agency(text: str) -> str | None:
    """The wire agency a story's dateline credits ("New York (VNA) – ..."), as written, or None:
    the author of a wire story a site runs without a byline."""
    opening = text[:120]
    match = _DATELINE_AGENCY.match(opening) or _DATELINE_AGENCY_AFTER.match(opening)
    return match["agency"] if match else None


# The outlet's desk: "Redacción Prensa Latina", "Rédaction Le Point", "Reuters Staff", "Dawn Newsroom".
_DESK = re.compile(
    r"^(?:redacci[oó]n|redaktion|r[ée]daction|redazione|reda[cç][aã]o|redakcja|redakce|редакция|редакція|"
    r"newsroom|staff(?: of)?)\s+(?P<after>.+)$|"
    r"^(?P<before>.+?)\s+(?:staff|newsroom|desk|web desk|redaktion)$",
    re.IGNORECASE)


def _outlet_of_desk(name: str, site: set[str]) -> str:
    """The outlet's name where ``name`` is its desk ("Redacción Prensa Latina" -> "Prensa Latina");
    else ``name``."""
    match = _DESK.match(name)
    outlet = match and (match["after"] or match["before"])
    return outlet if outlet and names_site(outlet, site) else name


def _names_no_one(name: str, site: set[str]) -> bool:
    """``name`` is the site's own name or a placeholder, not a person."""
    return names_site(name, site) or name.casefold() in PLACEHOLDER_AUTHORS


def _cased(name: str) -> str:
    """"TOM KRISHER" -> "Tom Krisher"; names in mixed case or without case stay as written, and so
    does one word in capitals: an agency's name ("TASS", "VNA"), not a shouted person."""
    return name.title() if name.isupper() and len(name.split()) > 1 else name


def _in_chrome(element) -> bool:
    return bool(_CHROME(element))


def _near(element, first) -> bool:
    """``element`` shares an ancestor with ``first`` within a few levels of both."""
    above = [first, *list(first.iterancestors())[:_BYLINE_LEVELS]]
    return any(a in above for a in [element, *list(element.iterancestors())[:_BYLINE_LEVELS]])


def _byline_elements(tree) -> list:
    """The page's author elements (see ``_AUTHOR_MARKED``), in document order."""
    found = []
    for element in _AUTHOR_MARKED(tree):
        prop = element.get("itemprop")
        if element.get("rel") == "author" or (prop == "author" and len(element) == 0) \
                or (prop == "name" and any(a.get("itemprop") == "author" for a in element.iterancestors())):
            found.append(element)
    return found


def _byline_authors(tree) -> tuple[list[str], object]:
    """Names in the page's ``rel=author`` / ``itemprop=author`` elements: those of the first byline
    outside the page's chrome, and those near it; and that first element (None without one)."""
    elements = [element for element in _byline_elements(tree) if not _in_chrome(element)]
    texts = [e for e in elements if (e.text_content() or "").strip()][:_MAX_BYLINES]
    if not texts:
        return [], None
    first = texts[0]
    names = [name for element in texts if element is first or _near(element, first)
             for name in byline_names(element.text_content())]
    return list(dict.fromkeys(names)), first


def _bylines(tree, fast: list[str], first, site: set[str]) -> list[str]:
    """The names of the page's first byline that names a person, cheapest path first: the marked
    author elements (``fast``, their ``first`` element), trafilatura's author XPaths, an author's
    link, a "by" line under the headline. A path that names only the outlet or a placeholder ("<span
    itemprop=author>The Chronicle</span>") does not stop the others; its names come after."""
    outlets: list[str] = []
    paths = (lambda: _near_headline(tree, fast, first, site), lambda: _searched_authors(tree),
             lambda: _linked_author(tree), lambda: _prefixed_byline(tree, site))
    for path in paths:
        names = path()
        if any(not _names_no_one(name, site) for name in names):
            return merged_names(names, outlets)
        outlets = merged_names(outlets, names)
    return outlets


def _near_headline(tree, names: list[str], first, site: set[str]) -> list[str]:
    """The marked author elements' ``names`` (see ``_byline_authors``), unless a byline line just
    below the headline comes before their first element ``first`` (then ``first`` is an author box
    or a related story further down): that byline's names."""
    if not names or first is None:
        return names
    headline = _H1_TEXT(tree)
    if not headline:
        return names
    after = _AFTER_HEADLINE(tree)
    if first in after:
        after = after[:after.index(first)]
    elif any(h is headline[0] for h in first.xpath("following::h1")):
        return names  # above the headline
    return _prefixed_byline(tree, site, after) or names


def _block_names(element) -> list[str]:
    """The names of the largest short block (a byline, at most ``_MAX_BYLINE_CHARS`` characters, a
    few levels up) around ``element``, where it names two or more ("By <a>A</a> and B")."""
    best = None
    for node in [element, *list(element.iterancestors())[:_BYLINE_CLIMB]]:
        if len(" ".join(node.text_content().split())) > _MAX_BYLINE_CHARS:
            break
        best = node
    names = byline_names(best.text_content()) if best is not None else []
    return names if len(names) >= 2 else []


# A user name as a CMS writes it: one word of letters in the Latin script, in lower case or with
# digits or "_" ("asmith", "jdoe2", "j_doe"); trafilatura capitalises it ("Asmith").
_ACCOUNT = re.compile(r"^(?:[a-z][a-z0-9_.]*|[A-Za-z][A-Za-z]*[0-9_][A-Za-z0-9_.]*)$")


def _account_names(tree, people: list[str], ld_authors: list[str]) -> list[str]:
    """The ``people`` that are user names as the page's author meta tags or JSON-LD write them."""
    if not any(len(name.split()) == 1 and name.isascii() for name in people):
        return []
    written = {value.strip().casefold(): value.strip() for value in [
        *(meta.get("content") or "" for meta in tree.iter("meta")
          if re.search(r"author|creator", meta.get("name") or meta.get("property") or "", re.IGNORECASE)),
        *ld_authors]}
    return [name for name in people if _ACCOUNT.match(written.get(name.casefold(), ""))
            and not WHOLE_AGENCY.match(name)]


def _linked_author(tree) -> list[str]:
    """The name on the first link to an author's page just below the headline (lists of columnists
    in the page's menus come before it and are not read)."""
    headlines = _H1_TEXT(tree)
    if not headlines:
        return []
    seen = None  # elements since the headline, once it is passed
    for element in tree.iter():
        if element is headlines[0]:
            seen = 0
        elif seen is not None:
            seen += 1
            if seen > _LINK_WITHIN:
                break
            linked = element.tag == "a" and _AUTHOR_HREF.search(_path_as_written(element.get("href") or ""))
            if linked and not _in_chrome(element):
                names = [n for n in byline_names(element.text_content()) if len(n.split()) <= _MAX_NAME_WORDS]
                if names:
                    return names
    return []


def _path_as_written(href: str) -> str:
    """``href`` with its percent-escapes decoded: "/%D0%B0%D0%B2%D1%82%D0%BE%D1%80/..." is "/автор/..."."""
    return unquote(href) if "%" in href else href


# Elements that may hold a byline as their own short text.
# The elements after the page's first headline, in document order (libxml2 walks them, not Python).
_AFTER_HEADLINE = XPath(f"(//h1[normalize-space()])[1]/following::*[position() <= {_LINK_WITHIN}]")
_BYLINE_TAGS = frozenset({"p", "div", "span", "address", "small", "em", "strong", "b", "i", "li", "time"})
_MAX_BYLINE_CHARS = 80


def _prefixed_byline(tree, site: set[str] | None = None, elements: list | None = None) -> list[str]:
    """The names of the first short text just below the headline that opens with a byline's "by"
    in the page's language ("Por Juan Pérez y María López", "Par Jean Dupont", "Автор: ..."),
    whatever its element's class: bylines the author XPaths do not name. Each name a few words,
    each capitalised (a sentence that opens with "Von" or "Par" is no byline). Without a "by", a
    short line of names that ends with the outlet's or a wire agency's ("Anna Smith | Reuters",
    "Anna Smith and Bob Jones, The Chronicle") is a byline too (see ``_credit_line``). ``elements``:
    those to read, if not the ones after the headline."""
    for element in _AFTER_HEADLINE(tree) if elements is None else elements:
        if element.tag not in _BYLINE_TAGS:
            continue
        # Its own text, or its first child's ("<span>By</span> <a>A</a>"), opens with the "by"
        # (cheap: a container's whole text is not read).
        opening = (element.text or "").strip() or (len(element) and (element[0].text or "").strip()) or ""
        if not opens_byline(opening + " "):
            names = _credit_line(element, site or set()) or _named_block(element)
            if names and not _in_chrome(element):
                return names
            continue
        if _in_chrome(element):
            continue
        text = " ".join(element.text_content().split())
        if not 4 < len(text) <= _MAX_BYLINE_CHARS or not opens_byline(text):
            continue
        names = byline_names(text)
        # "Enviado especial" is the role a byline gives after the names, not a name
        people = [name for name in names if not lower_words(name)]
        if people and all(len(name.split()) <= _MAX_NAME_WORDS for name in names) and name_shaped(text):
            return people
    return []


# A block the template names as the author's in the languages of the news, which trafilatura's author
# XPaths (English "author", "byline", "writer") do not know: "autor", "autore", "auteur", "firma",
# "yazar", "penulis", "tac-gia", "avtor", "szerzo", "forfatter", "skribent", "signature", "reporter".
_AUTHOR_CLASS = re.compile(
    r"autor|auteur|firma|yazar|penulis|tac-?gia|avtor|szerz|forfatter|skribent|signature|reporter|"
    r"periodista|giornalista|journaliste|redaktor|verfasser", re.IGNORECASE)


def _named_block(element) -> list[str]:
    """The names of a short block whose class or id names it the author's (see ``_AUTHOR_CLASS``):
    each a few words, each capitalised, no sentence."""
    if not _AUTHOR_CLASS.search(f"{element.get('class') or ''} {element.get('id') or ''}") \
            or len(element) > _MAX_CREDIT_CHILDREN:
        return []
    text = " ".join(element.text_content().split())
    if not 2 < len(text) <= _MAX_BYLINE_CHARS or not name_shaped(text) or _in_media(element):
        return []
    names = [name for name in byline_names(text) if not lower_words(name)]
    return names if names and all(len(name.split()) <= _MAX_NAME_WORDS for name in names) else []


# A line of names and their outlet: the names, a separator, the outlet or agency last.
_CREDIT_SEPARATOR = re.compile(r"\s[|/–—-]\s|,\s|\s·\s")
_MAX_CREDIT_CHILDREN = 4
# A date, a time stamp's label or a copyright sign: a dateline ("New Delhi, Bureau | Updated :") or a
# photo's credit, not a byline.
_NOT_A_CREDIT_LINE = re.compile(r"\d|©|\b(?:updated|published|posted|photo|foto)", re.IGNORECASE)
# A picture's caption or credit block: its names are photographers'.
_MEDIA = XPath("ancestor-or-self::*[self::figure or self::figcaption or re:test(@class, "
               "'caption|credit|media|photo|image|copyright', 'i')][1]",
               namespaces={"re": "http://exslt.org/regular-expressions"})


def _in_media(element) -> bool:
    return bool(_MEDIA(element))


def _credit_line(element, site: set[str]) -> list[str]:
    """The names of a short line with no "by" that names people and then the outlet or a wire
    agency after a separator ("Anna Smith | Reuters", "Anna Smith / AFP", "Anna Smith, The
    Chronicle", "Anna Smith and Bob Jones – The Chronicle"): the people, then the outlet as
    written. Empty unless every other name is a person's (two to four capitalised words)."""
    if len(element) > _MAX_CREDIT_CHILDREN:
        return []
    text = ""
    for piece in element.itertext():
        text += piece
        if len(text) > _MAX_BYLINE_CHARS:
            return []
    text = " ".join(text.split())
    if len(text) < 5 or not _CREDIT_SEPARATOR.search(text) or _NOT_A_CREDIT_LINE.search(text) \
            or not name_shaped(text) or lower_words(text):
        return []
    names = byline_names(text)
    last = _CREDIT_SEPARATOR.split(text)[-1].strip()  # the outlet is written last: not "Reuters / A"
    if len(names) < 2 or names[-1] != last or not (WHOLE_AGENCY.match(last) or names_site(last, site)) \
            or _in_media(element):
        return []
    people = names[:-1]
    if not all(2 <= len(name.split()) <= _MAX_NAME_WORDS and all(w[0].isupper() for w in name.split())
               and not WHOLE_AGENCY.match(name) for name in people):
        return []
    return names


def _searched_authors(tree) -> list[str]:
    """trafilatura's author XPaths on the page, without the text of comment, date and figure
    blocks (trafilatura prunes a deep copy of the page for this; reading around them is cheaper:
    only a candidate's ancestors and its own subtree are tested, not the whole page), and not in
    navigation or hidden blocks. A candidate that opens with "By" wins over earlier ones."""
    from trafilatura.metadata import AUTHOR_DISCARD_XPATHS

    tests = _discard_tests()
    page_discarded: set | None = None
    first: list[str] = []
    first_element = None
    for matches in author_xpath_matches(tree):
        for element in matches[:_MAX_SEARCHED]:
            if _in_chrome(element):
                continue
            if tests is None:  # a trafilatura whose discard XPaths have another shape: the whole page
                if page_discarded is None:
                    page_discarded = {e for xpath in AUTHOR_DISCARD_XPATHS for e in xpath(tree)}
                discarded = page_discarded
                if any(a in discarded for a in element.iterancestors()) or element in discarded:
                    continue
            else:
                inside, around = tests
                if any(e is not tree for test in around for e in test(element)):
                    continue
                discarded = {e for test in inside for e in test(element)}
            text = " ".join(" ".join(_text_outside(element, discarded)).split())
            if 2 < len(text) < 120 and (names := byline_names(text)):
                if BY_PREFIX.match(text):
                    return names  # "By Erin Cunningham": a byline as written, whatever came before it
                if first_element is None:
                    first, first_element = names, element
                elif _coauthor_block(element, first_element):
                    first = merged_names(first, names)
    return first


def _coauthor_block(element, first) -> bool:
    """``element`` is another author block of the byline ``first`` opens: its kind (tag and class),
    beside it (one author per block: "<div class=author>A</div><div class=author>B</div>"); not
    one of a list's items (recent comments, related stories each name their own author)."""
    kind = element.get("class") or ""
    return element is not first and element.tag == first.tag and bool(kind.strip()) \
        and kind == first.get("class") and "comment" not in kind.lower() and _near(element, first) \
        and first not in element.iterancestors() and element not in first.iterancestors() \
        and not any(a.tag == "li" for e in (element, first) for a in list(e.iterancestors())[:_BYLINE_LEVELS])


@lru_cache(maxsize=1)
def _discard_tests() -> tuple[tuple[XPath, ...], tuple[XPath, ...]] | None:
    """trafilatura's author discard XPaths (``.//*[...]`` and ``//time|//figure``, read from the
    page's root) as (the blocks inside an element, the element and its ancestors among them);
    None when they are not of that shape."""
    from trafilatura.metadata import AUTHOR_DISCARD_XPATHS
    from trafilatura.xpaths import REGEXP_NS

    inside, around = [], []
    for xpath in AUTHOR_DISCARD_XPATHS:
        path = xpath.path.strip()
        # One step with a predicate, or a union of plain steps ("//time|//figure").
        steps = [path] if "[" in path else [step.strip() for step in path.split("|")]
        if not all(_DESCENDANT_STEP.match(step) for step in steps) or any("//" in _bare(s) for s in steps):
            return None
        bare = [_bare(step) for step in steps]
        inside.append(XPath(" | ".join(f".//{b}" for b in bare), namespaces={"re": REGEXP_NS}))
        around.append(XPath(" | ".join(f"ancestor-or-self::{b}" for b in bare), namespaces={"re": REGEXP_NS}))
    return tuple(inside), tuple(around)


def _bare(step: str) -> str:
    return _DESCENDANT_STEP.sub("", step, count=1)


def _text_outside(element, discarded: set) -> list[str]:
    """The text of ``element`` without the text of its discarded descendants."""
    parts = [element.text or ""] if isinstance(element.tag, str) else []
    for child in element:
        if child not in discarded and isinstance(child.tag, str):
            parts += _text_outside(child, discarded)
        parts.append(child.tail or "")
    return parts
