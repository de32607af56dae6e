"""The site's slogan as a theme prints it in its masthead, the names its links give its sections,
and links to the site's home page.

A blog theme writes the site's name and slogan into every page's tab title ("Quayside Notes – Thoughts
on harbours and boats") and prints the slogan under its logo; ``cleaner.title.titles`` asks whether a tab
title's text is that slogan before taking it as the headline. ``cleaner.title.headings`` tells a logo
``<h1>`` by its link home (``is_home``). A tab title's segment that is a link's whole text on the
page (the navigation's or the breadcrumb's "World News Desk") names a section, not the headline
(``is_link_text``). The logo's link home names the site (``home_names``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.etree import XPath

# Where a theme prints the site's name and slogan: the masthead's blocks, by tag and by class or id.
_TAGLINE_TAGS = ("p", "div", "span", "small", "em")
_TEXT_WITH = XPath("//body//text()[contains(normalize-space(.), $needle)]")
_NEEDLE_WORDS = 3
_MAX_TAGLINE_NODES = 5
_HEADINGS = ("h1", "h2", "h3")
# A link's class or id naming it the site's logo.
_BRAND_NAMES = re.compile(r"logo|brand", re.IGNORECASE)
# An edition's or a language service's home: one short path segment ("ru", "russian", "pt-br").
_EDITION = re.compile(r"[a-z]{2,12}(?:[-_][a-z]{2,4})?")
# The logo's link home comes early in the page: the first links read for it.
_MAX_HOME_LINKS = 40
_LINK_WITH = XPath("boolean(//body//a[@href][normalize-space(.) = $text][not(contains(@href, $path))])")
# Whole class or id tokens: an old theme's "header", WordPress's "site-branding" and "site-description",
# Blogger's "description"; not an article's "entry-header".
_MASTHEAD_NAMES = re.compile(r"(?:^|\s)(?:site-?|blog-?)?(?:header|masthead|branding|tagline|slogan|"
                             r"description)(?:\s|$)", re.IGNORECASE)


def printed_as_tagline(tree, text: str) -> bool:
    """``text`` is printed on the page as the site's slogan: the whole text of a block (no heading in
    it) in the masthead (``<header>``, or a block whose class or id names a header, masthead,
    branding, tagline, slogan or site description, that holds the logo's link to the home page),
    outside the article: a theme's "Thoughts on harbours and boats" under its logo. Read only where
    a tab title's text is no headline the page prints."""
    key = " ".join(text.casefold().split())
    needle = " ".join(text.split()[:_NEEDLE_WORDS])
    if not needle:
        return False
    # The text nodes that hold its first words, found in C; then the block each stands in.
    for node in _TEXT_WITH(tree, needle=needle)[:_MAX_TAGLINE_NODES]:
        element = node.getparent().getparent() if node.is_tail else node.getparent()
        while element is not None and element.tag not in (*_TAGLINE_TAGS, *_HEADINGS) \
                and len(_folded_text(element)) <= len(key):
            element = element.getparent()  # an <a> or <b> inside the block
        if element is None or element.tag not in _TAGLINE_TAGS or _folded_text(element) != key \
                or next(element.iter(*_HEADINGS), None) is not None:
            continue
        for ancestor in element.iterancestors():
            if ancestor.tag in ("article", "main", "body"):
                break
            # The masthead: a header block that also holds the logo's link to the home page.
            names = f"{ancestor.get('class', '')} {ancestor.get('id', '')}"
            if (ancestor.tag == "header" or _MASTHEAD_NAMES.search(names)) \
                    and any(is_home(link.get("href")) for link in ancestor.iter("a")):
                return True
    return False


def _folded_text(element) -> str:
    return " ".join(element.text_content().casefold().split())


def is_home(href: str | None) -> bool:
    """A link to a site's home page: "/", "./", "https://example.com/", "index.html"."""
    if href is None:
        return False
    parts = urlsplit(href.strip())
    if parts.query or parts.fragment:
        return False
    return parts.path in ("/", "./", "/index.html", "index.html") or (parts.path == "" and bool(parts.netloc))


def is_link_text(tree, text: str, url: str | None = None) -> bool:
    """``text`` is the whole text of a link on the page to another page than ``url`` (a section's name
    in the navigation or the breadcrumb; not the navigation's link to this page, nor a list of the
    most read stories that holds this one); one pass in C."""
    path = urlsplit(url).path.rstrip("/") if url else ""
    return bool(_LINK_WITH(tree, text=" ".join(text.split()), path=path or " "))


def home_names(tree, logos: bool = False, url: str | None = None) -> list[str]:
    """The names the page's links home give the site (the logo: its text, its images' ``alt``, its
    ``aria-label`` and ``title``), among its first ``_MAX_HOME_LINKS`` links. ``logos``: only logos
    (``_logo_home``; a portal's menu links its channels' homes), on the page's own host, and also one
    to the home of the edition ``url`` is under: a service's "/russian" over "/russian/articles/..."
    names "BBC News, Русская служба", "/ru/" on a site in many languages."""
    names: list[str] = []
    for count, link in enumerate(tree.getroottree().iter("a")):
        if count == _MAX_HOME_LINKS:
            break
        if _logo_home(link, url) if logos else is_home(link.get("href")):
            texts = (link.text_content(), *link.xpath(".//img/@alt"), link.get("aria-label"),
                     link.get("title"))
            names += [" ".join(text.split()) for text in texts if text]
    return [name for name in dict.fromkeys(names) if name]


def _logo_home(link, url: str | None) -> bool:
    """``link`` is a logo (it holds an image, or its class or id names a logo or brand: "site-logo",
    "brandLink") and goes to the home of ``url``'s host or of its edition."""
    href = link.get("href")
    host = urlsplit((href or "").strip()).netloc
    logo = next(link.iter("img", "svg"), None) is not None \
        or bool(_BRAND_NAMES.search(f"{link.get('class', '')} {link.get('id', '')}"))
    return logo and (not host or not url or host == urlsplit(url).netloc) \
        and (is_home(href) or bool(url and _edition_home(href, url)))


def _edition_home(href: str | None, url: str) -> bool:
    """``href`` is the home of the edition or service ``url`` is under: one short path segment that
    opens the page's path ("/russian", "/ru/", "https://www.example.com/turkce")."""
    if not href:
        return False
    link, page = urlsplit(href.strip()), urlsplit(url)
    if link.query or link.fragment:
        return False
    edition = link.path.strip("/")
    return bool(_EDITION.fullmatch(edition)) and page.path.startswith(f"/{edition}/")
