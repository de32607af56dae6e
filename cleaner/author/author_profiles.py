"""Author names given only as the address of the author's page: the name in its slug.

Some CMSs state the author as a link and nothing else: ``<meta property="article:author"
content="https://site/author/jane-doe">`` (Open Graph's author is a profile's URL), a JSON-LD
``"author": "https://site/author/jane-doe"`` or ``{"@type": "Person", "url": ".../author/jane-doe/"}``,
``<link rel="author" href=...>``. Where the page names no person otherwise, the slug of an author's
page ("/author/jane-doe", "/autor/juan-perez-garcia", "/people/anna-van-der-berg-123") is the name:
"Jane Doe", "Juan Perez Garcia", "Anna van der Berg". A slug of one word is a user name ("jdoe"),
not a name; a social network's profile ("facebook.com/jane.doe.5") is no author's page of the site.
Read where nothing else names a person, and for the JSON-LD article's authors that have no name
beside those that have (``cleaner.author.authors``); an author's link whose text is its label ("View all
posts", "Alle Artikel") is read so too (``linked_name``, for ``cleaner.author.page_bylines``).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote, urljoin, urlsplit

from lxml.etree import XPath

from cleaner.author.author_labels import is_link_label
from cleaner.author.author_names import NAME_PARTICLES, name_key
from cleaner.author.byline_roles import PLACEHOLDER_AUTHORS
from cleaner.author.byline_shapes import MAX_NAME_WORDS, lower_words, name_length
from cleaner.author.bylines import byline_names

# A link to an author's page ("/author/jane-doe", "/yazar/ahmet-yilmaz").
AUTHOR_HREF = re.compile(
    r"/(?:authors?|autor(?:en|es|a|e|i)?|auteurs?|yazar(?:lar)?|penulis|journalists?|reporters?|giornalist[ai]|"
    r"redactor(?:es)?|columnists?|writers?|"
    # ... and as other templates name an author's page: "/by/jane-doe", "/people/...", "/staff/...",
    # Slovenian, Hungarian, Vietnamese, Indonesian, Russian, Serbian, Uzbek, Polish ones
    r"by|people|staff|contributors?|avtor(?:ji)?|szerzo[k]?|tac-gia|kontributor|wartawan|"
    r"автор[ыи]?|аутор[и]?|muallif|redaktor(?:zy)?)/[^/?#]+/?(?:[?#].*)?$", re.IGNORECASE)
# The author's page: one slug after a folder naming authors (see ``AUTHOR_HREF``).
_SLUG = re.compile(r"/([^/?#]+)/?(?:[?#].*)?$")
# A slug's words: letters only; a trailing id ("jane-doe-123", "jane-doe-5f3a") is no word of the name.
_ID_WORD = re.compile(r"\d")


def slug_name(url: str, any_folder: bool = False) -> str | None:
    """The name in the slug of an author's page ``url`` ("https://site/author/jane-doe/" -> "Jane
    Doe", or its path alone: "/author/jane-doe/"), None for any other address or a slug of one word;
    in any folder where the page says ``url`` is the person's ("/team/jane-doe", "/jane-doe")."""
    path = unquote(urlsplit(url.strip()).path) if "//" in url or url.strip().startswith("/") else ""
    if not path or not (any_folder or AUTHOR_HREF.search(path)) or not (slug := _SLUG.search(path)):
        return None
    words = [w for w in re.split(r"[-_.+\s]+", slug.group(1)) if w]
    while words and _ID_WORD.search(words[-1]):
        words.pop()
    if len(words) < 2 or any(not w.isalpha() for w in words):
        return None
    name = " ".join(w if w.casefold() in NAME_PARTICLES else w[:1].upper() + w[1:] for w in words)
    name = name[:1].upper() + name[1:]
    if name_length(name) > MAX_NAME_WORDS or name.casefold() in PLACEHOLDER_AUTHORS:
        return None
    return name


def profile_names(tree, ld_urls: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The names in the slugs of the author pages the page's meta tags and author links give as its
    authors, then its JSON-LD article's ``ld_urls`` (``cleaner.jsonld``: authors with no name), in
    that order, once each."""
    urls: list[str] = []
    for element in tree.iter("meta", "link"):
        if element.tag == "meta":
            if (element.get("property") or element.get("name") or "").lower() in _URL_TAGS:
                urls.append(element.get("content") or "")
        elif (element.get("rel") or "").lower() == "author":
            urls.append(element.get("href") or "")
    people = [name for url in _person_urls(tree) if (name := slug_name(url, any_folder=True))]
    return list(dict.fromkeys([*ld_profile_names(urls), *people, *ld_profile_names(ld_urls)]))


# The author meta tags that hold a profile's address as often as a name (Open Graph's, Parse.ly's,
# Sailthru's, Dublin Core's): read for an author's page's slug; a social network's profile is none.
_URL_TAGS = frozenset({"article:author", "author", "parsely-author", "sailthru.author", "dcterms.creator",
                       "dc.creator"})


# The url of a microdata Person given as an author ("<div itemprop=author itemscope
# itemtype=https://schema.org/Person><a itemprop=url href=/team/jane-doe>All articles</a></div>"):
# the person's page, in whatever folder; read where the page names no person (``profile_names``).
_PERSON_URL = XPath('//*[@itemscope][contains(concat(" ", normalize-space(@itemprop), " "), " author ")]'
                    '[contains(@itemtype, "Person")]'
                    '//*[contains(concat(" ", normalize-space(@itemprop), " "), " url ")]')


def _person_urls(tree) -> list[str]:
    """The urls of the page's author Person scopes (see ``_PERSON_URL``), not of a scope inside one
    (the organisation a person works for)."""
    urls = []
    for element in _PERSON_URL(tree):
        scope = next((up for up in element.iterancestors() if up.get("itemscope") is not None), None)
        if scope is not None and "author" in (scope.get("itemprop") or "").split() \
                and "Person" in (scope.get("itemtype") or ""):
            urls.append(element.get("href") or element.get("content") or "")
    return urls


def ld_profile_names(urls: list[str] | tuple[str, ...]) -> list[str]:
    """The names in the slugs of the author pages among ``urls``, in order, once each."""
    names = [name for url in urls if "/" in url and (name := slug_name(url))]
    return list(dict.fromkeys(names))


def linked_name(text: str, href: str | None) -> str:
    """The name an author's link gives: its ``text``; where it links an author's page and its text is
    its label ("View all posts", "All articles", "Ver todos los artículos": a word in lower case, or
    no letter; "Alle Artikel", "Zur Autorenseite": ``cleaner.author.author_labels``), the name in the page's
    slug ("/author/jane-doe/" is "Jane Doe"), or the label's own spelling of it where it names the
    person ("Tous les articles de Jérôme Dupont"). One other capitalised word stays: a name
    ("Madonna") as much as a label ("Profile"). A link with no text (a headshot's) stays without one."""
    if not text.strip() or not href or not (name := slug_name(urljoin("https://page.invalid/", href))):
        return text
    if not lower_words(text) and any(char.isalpha() for char in text) and not is_link_label(text):
        return text
    # "Ver todas las noticias de Juan Pérez": the label names the person as written, accents and all
    return text if any(_unaccented(found) == _unaccented(name) for found in byline_names(text)) else name


def _unaccented(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name_key(name))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
