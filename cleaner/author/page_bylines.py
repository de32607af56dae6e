"""The bylines on a page, where the meta tags and JSON-LD name no one (or only the outlet): which of
the page's elements is the article's byline, cheapest path first.

Generic rules, no per-site table:
- the ``rel``/``itemprop`` author elements of the first byline outside the page's chrome, and those
  near it (author links far from the first one, a list of related stories, are not this article's);
- unless a byline line just below the headline comes before them, a "by" line or a block the
  template names the byline ("<div class=byline>A and B</div>") holding no marked author (they are
  then an author box or a related story further down);
- then trafilatura's author XPaths (``cleaner.author.author_xpaths``), an author's link just below the
  headline, a "By ..." line there, a block whose class names it the author's in the page's
  language, or a line of names with the outlet or a wire agency last ("Anna Smith | Reuters"); last,
  a lone name under the headline, in bold or beside the date (``cleaner.author.lone_bylines``);
- a path that names only the outlet or a placeholder does not stop the others.
The marked author elements are found by ``cleaner.author.marked_authors``. What a byline's text says
(its names, its "by", a credit line's shape) is read by ``cleaner.author.bylines``; where on the page a
byline may sit by ``cleaner.author.byline_places``.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from lxml.etree import XPath

from cleaner.author.author_cards import card_text
from cleaner.author.author_names import merged_names
from cleaner.author.author_profiles import AUTHOR_HREF
from cleaner.author.author_xpaths import searched_authors
from cleaner.author.byline_cities import is_city
from cleaner.author.byline_places import in_chrome, in_media, other_story
from cleaner.author.byline_roles import CREDIT, PLACEHOLDER_AUTHORS, WHOLE_AGENCY, is_desk
from cleaner.author.byline_shapes import (
    MAX_BYLINE_CHARS,
    MAX_NAME_WORDS,
    lower_words,
    name_length,
    name_shaped,
    opens_byline,
)
from cleaner.author.bylines import byline_names, one_person_each
from cleaner.author.credit_lines import credit_line_names, info_line_names
from cleaner.author.lone_bylines import lone_byline
from cleaner.author.marked_authors import link_text
from cleaner.title.sitenames import names_site

_H1_TEXT = XPath("//h1[normalize-space()]")
# How far below the headline, in elements, the byline's author link may sit.
_LINK_WITHIN = 60
# How many elements after the headline a lone name may sit (see ``cleaner.author.lone_bylines``).
_LONE_WITHIN = 30


def names_no_one(name: str, site: set[str]) -> bool:
    """``name`` is the site's own name, its desk or a placeholder, not a person."""
    return names_site(name, site) or name.casefold() in PLACEHOLDER_AUTHORS or is_desk(name)


# A Chinese outlet's short name, its site's name without the last character or two ("财新" of "财新网",
# "新京" of "新京报"), which its bylines write before the writer ("文｜财新 李四").
_HAN_NAME = re.compile(r"^[\u3400-\u9fff]{2,4}$")
_HAN_OUTLET_EXTRA = 2


def short_han_outlet(name: str, site: set[str]) -> bool:
    """``name`` is the site's Chinese name without its last character or two ("财新" of "财新网")."""
    return bool(_HAN_NAME.match(name)) and any(
        key.startswith(name) and 0 < len(key) - len(name) <= _HAN_OUTLET_EXTRA for key in site)


def page_byline_names(tree, fast: list[str], first, site: set[str]) -> list[str]:
    """The names of the page's first byline that names a person, cheapest path first: the marked
    author elements (``fast``, their ``first`` element), trafilatura's author XPaths, an author's
    link, a "by" line under the headline. A path that names only the outlet or a placeholder ("<span
    itemprop=author>The Chronicle</span>") does not stop the others; its names come after."""
    outlets: list[str] = []
    found: dict[str, list] = {}  # the headlines and the elements after the first, looked for once

    def headlines() -> list:
        return found.setdefault("headlines", _H1_TEXT(tree))

    def after() -> list:
        return found.setdefault("after", _AFTER_HEADLINE(tree) if headlines() else [])

    paths = (lambda: _near_headline(tree, fast, first, site), lambda: searched_authors(tree),
             lambda: _linked_author(tree, headlines()), lambda: _prefixed_byline(tree, site, after()),
             lambda: lone_byline(after()[:_LONE_WITHIN], headlines()[0].text_content() if after() else ""))
    for path in paths:
        names = path()
        if any(not names_no_one(name, site) for name in names):
            return merged_names(names, outlets)
        outlets = merged_names(outlets, names)
    return outlets


def _near_headline(tree, names: list[str], first, site: set[str]) -> list[str]:
    """The marked author elements' ``names`` (see ``byline_authors``), unless a byline line just
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
    elif any(h is headline[0] for h in first.xpath("following::h1")) \
            and not any(a.tag in ("li", "aside") for a in first.iterancestors()):
        return names  # above the headline (the byline of a template that sets it there)
    # A marked author in a list of stories or an aside above the headline (a "most read" list's)
    # gives way to the byline under it, a "by" line or a block the template names the byline.
    # (the byline's line may hold the marked Person: "Por <span itemprop=name>Pedro Villa y Caña</span>")
    lined = _prefixed_byline(tree, site, after) or _classed_byline(after, first)
    return one_person_each(lined, names) or names


def _linked_author(tree, headlines: list) -> list[str]:
    """The name on the first link to an author's page just below the headline (the first of the
    page's ``headlines``; lists of columnists in the page's menus come before it and are not read)."""
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
            linked = element.tag == "a" and AUTHOR_HREF.search(_path_as_written(element.get("href") or ""))
            if linked and not in_chrome(element) and not other_story(element):
                names = [n for n in byline_names(link_text(element)) if name_length(n) <= MAX_NAME_WORDS]
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
        if not opening and len(element) and element[0].tag == "i" and not len(element[0]):
            opening = (element[0].tail or "").strip()  # after an icon: "<li><i class=icon-user></i> A 기자"
        elif len(element) and opening == (element.text or "").strip() and " " not in opening \
                and not opens_byline(opening + " "):
            # a label with no colon before its link ("Penulis <a>A</a>"): read with the name it labels
            opening = f"{opening} {(element[0].text or '').strip()}"
        if CREDIT.match(opening) and (byline := _after_credit(element)):
            opening = byline  # "Photo: B | By A": the byline after the picture's credit
        if not opens_byline(opening + " "):
            names = _credit_line(element, site or set()) or _named_block(element)
            if names and not in_chrome(element) and not other_story(element):
                return names
            continue
        if in_chrome(element) or other_story(element):
            continue  # a menu's, another story's card's (a related list under a short story)
        text = _after_credit(element) or card_text(element)
        # (four characters are a Chinese byline: "文/李四")
        if not (len(text) > 4 or (len(text) == 4 and text[-1] >= "\u3400")) or len(text) > MAX_BYLINE_CHARS \
                or not opens_byline(text):
            continue
        names = byline_names(text)
        # "Enviado especial" is the role a byline gives after the names, not a name ("dpa" is its agency)
        people = [name for name in names if not lower_words(name) or WHOLE_AGENCY.match(name)]
        if people and all(name_length(name) <= MAX_NAME_WORDS for name in names) and name_shaped(text):
            return people
    return []


# A picture's credit before the byline in one line: "Photo: B | By A", "Foto: B / Von A".
_CREDIT_THEN_BYLINE = re.compile(r"^[^|/;•]{2,60}?\s*[|/;•]\s*(?P<byline>\S.*)$")


def _after_credit(element) -> str:
    """The byline after a picture's credit opening ``element``'s text ("Photo: B | By A": "By A"), or
    ""; cheap: only where its own text opens with a credit's label (``CREDIT``)."""
    opening = (element.text or "").strip() or (len(element) and (element[0].text or "").strip()) or ""
    if not CREDIT.match(opening) or not (match := _CREDIT_THEN_BYLINE.match(card_text(element))):
        return ""
    return match["byline"] if opens_byline(match["byline"]) else ""


# A block the template names as the author's in the languages of the news, which trafilatura's author
# XPaths (English "author", "byline", "writer") do not know: "autor", "autore", "auteur", "firma",
# "yazar", "penulis", "tac-gia", "avtor", "szerzo", "forfatter", "skribent", "signature", "reporter".
_AUTHOR_CLASS = re.compile(
    r"autor|auteur|firma|yazar|penulis|tac-?gia|avtor|szerz|forfatter|skribent|signature|reporter|"
    r"periodista|giornalista|journaliste|redaktor|verfasser|muhabir", re.IGNORECASE)
# A byline's block holds a few elements (links, separators), not a paragraph's markup.
_MAX_CREDIT_CHILDREN = 4


def _named_block(element) -> list[str]:
    """The names of a short block whose class or id names it the author's (see ``_AUTHOR_CLASS``):
    each a few words, each capitalised, no sentence. An <address> under the headline is the author's
    by HTML's own meaning (its contact), whatever its class: there, names of two words or more (or an
    agency), not a place ("<address>Los Angeles</address>") nor a postal address (digits)."""
    if element.tag == "address" and not _AUTHOR_CLASS.search(f"{element.get('class') or ''}"):
        if any(char.isdigit() for char in element.text_content()):
            return []  # a postal address, a telephone number
        names = _block_text_names(element)
        return names if all((len(name.split()) >= 2 and not is_city(name)) or WHOLE_AGENCY.match(name)
                            for name in names) else []
    if not _AUTHOR_CLASS.search(f"{element.get('class') or ''} {element.get('id') or ''}"):
        return []
    return _block_text_names(element)


# A block the template names the byline in English ("byline", "article-author", "author-name"), not
# an author's box, bio or picture, nor a list of other stories.
_BYLINE_CLASS = re.compile(r"byline|author", re.IGNORECASE)
_NOT_BYLINE_CLASS = re.compile(r"box|bio|about|avatar|photo|image|img|card|related|more|list", re.IGNORECASE)


def _classed_byline(elements: list, marked) -> list[str]:
    """The names of the first of ``elements`` (those under the headline, before the ``marked``
    author element) that the template names the byline (see ``_BYLINE_CLASS``) and that holds no
    marked author: the article's byline, where the marked one is an author box or a story's teaser
    further down ("<div class=byline>Jane Doe and John Smith</div>", no "by")."""
    for element in elements:
        kind = f"{element.get('class') or ''} {element.get('id') or ''}"
        if element.tag in _BYLINE_TAGS and _BYLINE_CLASS.search(kind) and not _NOT_BYLINE_CLASS.search(kind) \
                and not any(node is marked for node in element.iter()) and not in_chrome(element) \
                and (names := _block_text_names(element)):
            return names
    return []


def _block_text_names(element) -> list[str]:
    """The names of a short block's text (a byline's): each a few words, each capitalised, no sentence."""
    if len(element) > _MAX_CREDIT_CHILDREN:
        return []
    text = card_text(element)
    if not 2 < len(text) <= MAX_BYLINE_CHARS or not name_shaped(text) or in_media(element):
        return []
    names = [name for name in byline_names(text) if not lower_words(name) or WHOLE_AGENCY.match(name)]
    return names if names and all(name_length(name) <= MAX_NAME_WORDS for name in names) else []



def _credit_line(element, site: set[str]) -> list[str]:
    """The names of a short element whose text is a credit line with no "by" (see
    ``credit_line_names``): the people, then the outlet (one of ``site``'s names) or the agency; or
    an information line's labelled author ("Objavljeno: 12.04.2024. | Autor: A", ``info_line_names``)."""
    if len(element) > _MAX_CREDIT_CHILDREN:
        return []
    text = ""
    for piece in element.itertext():
        text += piece
        if len(text) > MAX_BYLINE_CHARS:
            return []
    names = credit_line_names(text, lambda last: names_site(last, site)) or info_line_names(text)
    return names if names and not in_media(element) else []
