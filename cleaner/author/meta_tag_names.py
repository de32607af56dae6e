"""The author meta tags' and JSON-LD's names as the page writes them, before they are read as bylines
(``cleaner.author.authors``):
- a name written surname first ("Doe, Jane", which trafilatura's reading made "Doe; Jane") turned
  given name first (``given_first``);
- the wire agency a tag writes after the name ("Jane Doe - Reuters", "Jane Doe (AFP)"), which
  trafilatura's reading cuts (``cut_agencies``);
- the endings and host names trafilatura's name cleaning cut or split (``as_written``);
- a CMS user name ("asmith") standing where the byline's name should be (``account_names``).
"""

from __future__ import annotations

import re
import unicodedata

from cleaner.author.author_names import as_glued, lost_ending, name_key, surname_first
from cleaner.author.byline_roles import AGENCY_WORD, HOST_NAME, WHOLE_AGENCY
from cleaner.author.bylines import byline_names, with_number

__all__ = ["account_names", "as_printed", "as_written", "cut_agencies", "given_first", "printed_order",
           "printed_slugs", "slug_authors"]

# The author tags that write a name surname first ("Doe, Jane"), case-folded: the library-style ones
# and the others trafilatura reads a name from, which many CMSs fill from the same record.
_CATALOGUE_TAGS = frozenset({"dc.creator", "dcterms.creator", "citation_author", "author", "article:author",
                             "dc:creator", "dc.creator.aut", "dcterms.creator.aut", "creator", "authors",
                             "sailthru.author", "parsely-author", "dcsext.author", "atc-metaauthor",
                             "rbauthors", "shareaholic:article_author_name"})


# Between the names of one author tag that lists several ("Doe, Jane; Smith, John").
_LISTED = re.compile(r"\s*;\s*|\s+(?:and|&)\s+")


def given_first(tree, meta_author: str | None, ld_authors: list[str]) -> tuple[str | None, list[str]]:
    """The meta tags' and JSON-LD's names written surname first ("Doe, Jane": ``surname_first``) as
    one name, given name first ("Jane Doe"); trafilatura's reading of the tags made them two
    ("Doe; Jane"). A double surname ("García Márquez, Gabriel") only where the page prints the name
    given first: "Jane Doe, Futurism" is a name and its outlet."""
    printed: list[str] = []

    def turned(raw: str) -> str | None:
        if (name := surname_first(raw)) or not (name := surname_first(raw, double=True)):
            return name
        if not printed:
            body = tree.find(".//body")
            printed.append(name_key(" ".join(body.itertext())) if body is not None else "")
        return name if name_key(name) in printed[0] else None

    # trafilatura's author reads the JSON-LD's too ("Berg, Anna van der" as "Berg; Anna van der")
    ld_written = [name for name in ld_authors if "," in name]
    if ld_written:
        ld_authors = [turned(name) or name for name in ld_authors]
    if not meta_author or ";" not in meta_author:
        return meta_author, ld_authors
    written = [*(meta.get("content") or "" for meta in tree.iter("meta")
                 if (meta.get("name") or meta.get("property") or "").casefold() in _CATALOGUE_TAGS),
               *ld_written]
    # one tag may list several, each surname first ("Doe, Jane; Smith, John", "Doe, Jane and Smith, John")
    pairs = {(name_key(raw.split(",")[0]), name_key(raw.split(",")[1])): name
             for tag in written for raw in _LISTED.split(tag) if (name := turned(raw))}
    if not pairs:
        return meta_author, ld_authors
    parts, joined = [part.strip() for part in meta_author.split(";")], []
    while parts:
        if len(parts) > 1 and (name := pairs.get((name_key(parts[0]), name_key(parts[1])))):
            joined.append(name)
            del parts[:2]
        else:
            joined.append(parts.pop(0))
    return "; ".join(joined), ld_authors


def cut_agencies(tree, meta_author: str | None) -> list[str]:
    """The wire agencies the author meta tags write after the name, past a dash or in brackets
    ("Jane Doe - Reuters", "Jane Doe (AFP)"), which trafilatura's reading cuts: an author as written,
    as in a byline."""
    if not meta_author:
        return []
    written = [meta.get("content") or "" for meta in tree.iter("meta")
               if re.search(r"author|creator", meta.get("name") or meta.get("property") or "", re.IGNORECASE)]
    return [name for raw in written if _AGENCY_CUT.search(raw) and AGENCY_WORD.search(raw)
            for name in byline_names(raw) if WHOLE_AGENCY.match(name)]


# A dash or a bracket between a name and what trafilatura's reading cuts after it.
_AGENCY_CUT = re.compile(r"\s[-–—]\s|[(\[]")


def as_written(tree, names: list[str]) -> list[str]:
    """The meta tags' ``names`` (trafilatura's, cleaned) with the endings its cleaning cut off, as
    the page's author meta tags write them (see ``lost_ending``), their initials' dots (``as_glued``),
    an outlet's number (``with_number``: "France 24"), and a host name as written
    ("valleycourier.com", which trafilatura's cleaning makes "Valleycourier Com")."""
    if not names or all(name.isascii() and not _HOST_SPLIT.search(name) and not _INITIAL.search(name)
                        and " " in name for name in names):
        return names
    written = [meta.get("content") or "" for meta in tree.iter("meta")
               if re.search(r"author|creator", meta.get("name") or meta.get("property") or "", re.IGNORECASE)]
    # (without "www.": a link's start in an author field is no name, see ``bylines``)
    hosts = {name_key(raw): re.sub(r"^www\.", "", raw.strip(), flags=re.IGNORECASE)
             for raw in written if HOST_NAME.match(raw.strip())}
    restored = []
    for name in names:
        endings = [ending for raw in written if (ending := lost_ending(name, raw))]
        name = hosts.get(name_key(name)) or (name + endings[0] if endings else name)
        # an outlet's number, which trafilatura's cleaning cuts ("France 24", "Canal 13")
        name = next((numbered for raw in written if (numbered := with_number(name, raw)) != name), name)
        # the initials' dots, which trafilatura's cleaning made spaces ("Manuel V. Gómez")
        restored.append(next((dotted for raw in written if (dotted := as_glued(name, raw)) != name), name))
    return restored


# A name's initial, its dot lost ("Manuel V Gómez").
_INITIAL = re.compile(r"(?:^|\s)[^\W\d_]{1,2}(?:\s|$)")
# A host name as trafilatura's name cleaning leaves it: its dots made spaces ("Www Site Com").
_HOST_SPLIT = re.compile(r"^Www\s|\s(?:Com|Net|Org|[A-Z][a-z])$")


# A user name as a CMS writes it: one word of letters in the Latin script, in lower case or with
# digits or "_" ("asmith", "jdoe2", "j_doe"); trafilatura capitalises it ("Asmith").
_ACCOUNT = re.compile(r"^(?:[a-z][a-z0-9_.]*|[A-Za-z][A-Za-z]*[0-9_][A-Za-z0-9_.]*)$")


def account_names(tree, people: list[str], ld_authors: list[str]) -> list[str]:
    """The ``people`` that are user names as the page's author meta tags or JSON-LD write them."""
    if not any(len(name.split()) == 1 and name.isascii() for name in people):
        return []
    written = {value.strip().casefold(): value.strip() for value in [
        *(meta.get("content") or "" for meta in tree.iter("meta")
          if re.search(r"author|creator", meta.get("name") or meta.get("property") or "", re.IGNORECASE)),
        *ld_authors]}
    return [name for name in people if _ACCOUNT.match(written.get(name.casefold(), ""))
            and not WHOLE_AGENCY.match(name)]




# An author tag holding the slug of the author's page ("john-smith", "jane-doe-2"), not a name: two to
# four words in lower case joined by hyphens; trafilatura capitalises it ("John-Smith") or drops it.
_SLUG = re.compile(r"^[a-z]+(?:-[a-z]+){1,3}(?:-\d+)?$")
_SLUG_READ = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+){1,3}(?:-\d+)?$")
_SLUG_TAGS = frozenset({"author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
                        "sailthru.author"})


def printed_slugs(tree, names: list[str]) -> list[str]:
    """The ``names`` with those the author tags give as a slug ("john-smith") as the page prints
    the name ("John Smith"), left out where it prints none: a slug is no name, and a guess at one
    ("John Smith" or "John-Smith"?) is none either."""
    if not any(_SLUG_READ.match(name) for name in names) or not (slugs := _slugs(tree)):
        return names
    text = _body_text(tree)
    kept = []
    for name in names:
        if name.casefold() not in slugs:
            kept.append(name)
        elif printed := _printed(text, name):
            kept.append(printed)
    return kept


def slug_authors(tree) -> list[str]:
    """The names the author tags give only as a slug ("john-smith", which trafilatura's reading
    drops), as the page prints them ("John Smith"); none where it prints none."""
    if not (slugs := _slugs(tree)):
        return []
    text = _body_text(tree)
    return [printed for slug in slugs if (printed := _printed(text, slug))]


def _slugs(tree) -> list[str]:
    return list(dict.fromkeys(
        value for meta in tree.iter("meta")
        if (meta.get("name") or meta.get("property") or "").casefold() in _SLUG_TAGS
        and _SLUG.match(value := (meta.get("content") or "").strip())))


def _body_text(tree) -> str:
    body = tree.find(".//body")
    return " ".join(" ".join(body.itertext()).split()) if body is not None else ""  # elements apart


def _printed(text: str, slug: str) -> str | None:
    """The name ``slug``'s words ("john-smith") make, as ``text`` prints it ("John Smith"), or None."""
    written = r"[\s-]+".join(re.escape(word) for word in slug.split("-") if not word.isdigit())
    printed = re.search(rf"(?<!\w){written}(?!\w)", text, re.IGNORECASE)
    return " ".join(printed.group().replace("-", " ").split()) if printed else None


def as_printed(tree, names: list[str]) -> list[str]:
    """``names`` read from the slug of an author's page ("Juan Perez", "Hans Mueller") as the page
    prints them, its accents and case ("Juan Pérez", "Hans Müller"): the words of the page's text
    whose letters, without their accents, are the name's. A name the page does not print stays."""
    if not names:
        return names
    words = " ".join(_body_text(tree).split()).split(" ")
    keys = [_bare(word) for word in words]
    printed = []
    for name in names:
        wanted = [_bare(word) for word in name.split()]
        size = len(wanted)
        at = next((at for at in range(len(keys) - size + 1) if keys[at:at + size] == wanted), None)
        printed.append(name if at is None else " ".join(word.strip(",.;:()") for word in words[at:at + size]))
    return printed


# German letters as an address spells them ("mueller" for "Müller").
_SPELLED_OUT = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}


# A surname in capitals beside a given name in mixed case ("NGUYEN Van A", "IVANOV Ivan", "Jean DUPONT"), as
# a CMS's author field writes it, often without the accents the byline prints ("Nguyễn Văn A"): a word of
# four letters or more with a vowel, not an acronym ("CBS News", "NJ Advance Media", "HNN Staff").
_SHOUTED_LETTERS = 4
_VOWELS = frozenset("AEIOUYАЕЁИОУЫЭЮЯІЇЄ")
# Pages in the languages whose CMS author fields put the surname first ("Иванов Иван") while the byline
# prints the given name first ("Иван Иванов").
_SURNAME_FIRST_FIELDS = frozenset({"ru", "uk", "be", "kk", "bg"})
_SPELLED_TABLE = str.maketrans(_SPELLED_OUT)
_NOT_LETTERS = re.compile(r"[^\w ]|_")
_SEARCH_CHARS = 30_000


def _shouted(name: str) -> bool:
    return 2 <= len(name.split()) <= 4 and not name.isupper() and any(
        len(word) >= _SHOUTED_LETTERS and word.isalpha() and word.isupper() and not _VOWELS.isdisjoint(word)
        for word in name.split())


def printed_order(tree, names: list[str]) -> list[str]:
    """``names`` as the page prints them where an author field wrote them otherwise: a surname in
    capitals beside a given name ("NGUYEN Van A" printed "Nguyễn Văn A", "IVANOV Ivan" printed "Ivan
    Ivanov"), and on Russian, Ukrainian... pages a name of two words the page prints the other way round
    ("Иванов Иван" printed "Иван Иванов"). The page's words whose letters, without their accents, are the
    name's (``as_printed``'s reading) in its first 30,000 characters; a name the page does not print so
    stays. Cheap: nothing for most pages' names; else one pass over that text in C (translate, normalize,
    a regex, find)."""
    language = (tree.get("lang") or tree.get("xml:lang") or "")[:2].lower()
    shouted = [name for name in names if _shouted(name)]
    turned = [name for name in names if len(name.split()) == 2] if language in _SURNAME_FIRST_FIELDS else []
    if not shouted and not turned:
        return names
    text = " ".join(_page_start(tree).split())
    words = text.split(" ")
    # the words' bare letters, one key a word (spaces kept, so the two lists line up)
    bare = unicodedata.normalize("NFKD", text.casefold().translate(_SPELLED_TABLE))
    hay = f" {_NOT_LETTERS.sub('', bare)} "
    found = []
    for name in names:
        forms = [name.split()] if name in shouted else []
        if name in shouted or name in turned:
            forms.append([*name.split()[1:], name.split()[0]])  # the surname written first, moved last
        printed = next((printed for form in forms if (printed := _printed_words(words, hay, form))), None)
        found.append(printed if printed and printed != name else name)
    return found


def _page_start(tree) -> str:
    """The page's text to its first ``_SEARCH_CHARS`` characters, where a byline is printed (near the
    headline): a long page's whole text cost 70 ms to walk and normalise."""
    body = tree.find(".//body")
    pieces, size = [], 0
    for piece in body.itertext() if body is not None else ():
        pieces.append(piece)
        size += len(piece)
        if size > _SEARCH_CHARS:
            break
    return " ".join(pieces)


def _printed_words(words: list[str], hay: str, name: list[str]) -> str | None:
    wanted = [_bare(word) for word in name]
    at = hay.find(f" {' '.join(wanted)} ")
    if at < 0 or not all(wanted):
        return None
    start = hay.count(" ", 0, at)  # the word's index: the spaces before it, less the leading one
    return " ".join(word.strip(",.;:()") for word in words[start:start + len(wanted)])


def _bare(word: str) -> str:
    """``word``'s letters, case-folded, umlauts spelled out, without accents: "Pérez," -> "perez"."""
    word = "".join(_SPELLED_OUT.get(ch, ch) for ch in word.casefold())
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if ch.isalnum())
