"""Author names of a page: meta tags and JSON-LD first, then the page's bylines.

Generic rules, no per-site table:
- the meta tags' and JSON-LD's names are merged ("John C Welch" and "John C. Welch" are one name);
- where they name only the outlet, its desk ("Redacción Prensa Latina", "HT News Desk": kept as
  written, the author the page states) or a CMS placeholder, or nobody, the page's bylines are read
  (``cleaner.author.page_bylines``), the outlet or desk after their people;
- a CMS user name in the meta tags ("asmith") gives way to the byline's name;
- where they name one person and a byline on the page names that person with others, the others
  are co-authors and are added (the meta tags of many CMSs hold only the first author);
- a story no byline signs may credit its reporters or its wire agency in its dateline
  (``dateline_reporters``, ``dateline_agency``: ``cleaner.author.author_datelines``), or its agencies in a
  sign-off paragraph ("— AFP", "Source: Xinhua": ``signed_off_agencies``, read here from the page,
  as the text's cleaning drops that line);
- a page that names no person otherwise may in the author meta tags trafilatura does not read
  (``cleaner.author.author_metas``: "cXenseParse:author", Yoast's "Written by" card) or in the slug of the
  author's page it links (``cleaner.author.author_profiles``: "https://site/author/jane-doe" is "Jane Doe");
  the JSON-LD article's authors given only so are read beside the people it names.
The meta tags' and JSON-LD's names as the page writes them (surname first, an agency cut off, a CMS
user name) by ``cleaner.author.meta_tag_names``; the names in one byline's text (prefixes, roles,
agencies, credits in many languages) by ``cleaner.author.bylines``; trafilatura's author XPaths by
``cleaner.author.author_xpaths``; where on the page a byline may sit by ``cleaner.author.byline_places``.
"""

from __future__ import annotations

import re

from cleaner.author.author_datelines import dateline_agency, dateline_reporters, signed_off_agencies
from cleaner.author.author_labels import without_more_button
from cleaner.author.author_metas import bracketed_agency, meta_names, with_own_and
from cleaner.author.author_names import (
    joined_surname_first,
    merged_names,
    name_key,
    particles_lowered,
    same_person,
)
from cleaner.author.author_profiles import ld_profile_names, profile_names
from cleaner.author.byline_roles import AGENCIES, DESK_AUTHORS, ROLE_ONLY, WHOLE_AGENCY, is_desk
from cleaner.author.byline_shapes import MAX_NAME_WORDS, is_credential, lower_words, name_length
from cleaner.author.byline_text import byline_language
from cleaner.author.bylines import byline_names, one_person_each, split_authors
from cleaner.author.coauthor_blocks import block_names, byline_naming
from cleaner.author.foot_reporters import foot_reporters
from cleaner.author.marked_authors import byline_authors
from cleaner.author.meta_tag_names import (
    account_names,
    as_printed,
    as_written,
    cut_agencies,
    given_first,
    printed_order,
    printed_slugs,
    slug_authors,
)
from cleaner.author.name_case import as_stated
from cleaner.author.page_bylines import names_no_one, page_byline_names, short_han_outlet
from cleaner.title.sitenames import site_keys

__all__ = ["article_authors", "dateline_agency", "dateline_reporters", "page_authors"]

# A date or time written where a name should be ("NOVEMBER 20, 2019 10:43").
_DATE_LIKE = re.compile(r"\d{1,2}:\d\d|(?<!\d)(?:19|20)\d\d(?!\d)")
# A month or a weekday left alone from a dateline ("Jeff Foust Monday, November 18").
_CALENDAR_WORD = re.compile(
    r"^(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", re.IGNORECASE)
# ... or a month and its day, the rest of a date a byline's comma cut off ("May 6" of "May 6, 2024").
_MONTH_DAY = re.compile(r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|"
                        r"\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)$",
                        re.IGNORECASE)


def page_authors(tree, meta_author: str | None, ld_authors: list[str],
                 site: set[str] | None = None, organizations: list[str] | None = None,
                 ld_author_urls: list[str] | None = None, ld_persons: list[str] | None = None) -> list[str]:
    """Author names: meta tags and JSON-LD, then bylines. Where the meta tags only name the outlet
    or a placeholder ("AppleInsider", "Sky", "Guest"), or JSON-LD only ``organizations`` (authors
    typed Organization), the people a byline names come first, the outlet after them. Names
    written in capitals are title-cased; dates are not names. ``ld_author_urls``: the JSON-LD
    article's authors given only as an address (read where no one else is named). Bylines are read
    in the page's language, its ``<html lang>`` (``byline_text.byline_language``). ``ld_persons``: the
    JSON-LD's authors given as one Person object each, one person each (``bylines.one_person_each``)."""
    with byline_language(tree.get("lang") or tree.get("xml:lang")):
        names = _page_authors(tree, with_own_and(tree, meta_author), ld_authors, site, organizations,
                              ld_author_urls)
        return one_person_each(names, ld_persons) if ld_persons else names


# A JSON-LD author typed Organization names one body, its name whole: not a byline's list split at its
# "for", "and", commas ("Department for Education", "Bundesministerium für Bildung und Forschung",
# "Department for Environment, Food & Rural Affairs"); but for a name with a list's separator
# ("Redacción / AFP").
_LIST_MARK = re.compile(r"\s[/|–—-]\s|;|\bby\b", re.IGNORECASE)
_ORGANIZATION_WORDS = 12


def _whole_organizations(organizations: list[str] | None) -> set[str]:
    return {name for name in organizations or ()
            if len(name.split()) <= _ORGANIZATION_WORDS and not _LIST_MARK.search(name)}


def _page_authors(tree, meta_author: str | None, ld_authors: list[str], site: set[str] | None,
                  organizations: list[str] | None, ld_author_urls: list[str] | None) -> list[str]:
    site = (site or set()) | site_keys(None, None, *(organizations or []))
    meta_author, ld_authors = given_first(tree, meta_author, ld_authors)
    # Meta-tag names are read like a byline too: they carry prefixes ("Analysis by A"), job titles
    # ("AP Auto Writer") and credentials ("MS; RDN") as often as JSON-LD does.
    bylines = ["; ".join(as_written(tree, as_stated(tree, split_authors(meta_author), ld_authors))),
               *ld_authors]
    whole = _whole_organizations(organizations)
    names = merged_names([], [name for byline in bylines
                              for name in ([byline] if byline in whole else byline_names(byline))])
    names = merged_names(names, cut_agencies(tree, meta_author))
    people = [name for name in names if not names_no_one(name, site)]
    # A user name ("asmith", "jdoe") in the meta tags is the CMS account, not the byline's name; a
    # lone word ("Organization", "Newsdesk", "BBC") stands in for one too.
    accounts = account_names(tree, people, ld_authors)
    stand_ins = accounts or _one_word(people)
    # The marked author elements, read where the bylines are (none named, or only stand-ins) or a
    # lone named person may have co-authors there.
    fast, first = byline_authors(tree) if len(people) <= 1 or len(stand_ins) == len(people) else ([], None)
    if not people or len(stand_ins) == len(people):
        found = page_byline_names(tree, fast, first, site)
        # A person's name is a few words.
        found_people = [name for name in found if name_length(name) <= MAX_NAME_WORDS]
        if stand_ins and found_people:
            # The byline's people first; an account goes, a lone word ("Organization" may be the
            # first word of the outlet's name) stays after them.
            names = [name for name in names if name not in accounts]
            people = []
        if not people:
            names = merged_names(found_people, names) if names else found
            people = found_people
    else:
        names = people + [name for name in names if name not in people]  # the outlet after the people
    if len(people) == 1:
        # The meta tags often hold the first author only: a byline naming them lists the others,
        # whether its names are marked (rel, itemprop), its block is (class "byline"), or neither.
        block = fast
        if len(block) < 2 and first is not None and any(same_person(name, people[0]) for name in block):
            block = block_names(first) or block  # "By <a rel=author>A</a> and B": B is not marked
        if not any(same_person(name, people[0]) for name in block):
            block = byline_naming(tree, people[0])
        if any(same_person(name, people[0]) for name in block):
            names = merged_names(names, [name for name in block if _coauthor_shaped(name)])
    elif 1 < len(people) < _MAX_LISTED:
        # ... or its first few: a byline naming every one of them lists the rest ("A, B and C").
        block = byline_naming(tree, people[0])
        if {name_key(name) for name in people} <= {name_key(name) for name in block}:
            names = merged_names(names, [name for name in block if _coauthor_shaped(name)])
    kept: dict[str, str] = {}
    signed = any(not names_no_one(name, site) and not short_han_outlet(name, site) for name in names)
    for name in names:
        if signed and (name.casefold() in DESK_AUTHORS or short_han_outlet(name, site)):
            # a desk's bare word ("Staff", "Web Desk") stood in for the people a byline names; a Chinese
            # byline writes the outlet's short name before its writer ("文｜财新 李四")
            continue
        if " " in name and (staff := _AGENCY_STAFF.match(name)) and name_key(staff["agency"]) not in site:
            name = staff["agency"]  # "Reuters Staff" on another outlet's page: the agency's story
        # A job title alone is no author; a desk named so is ("Staff Reporter", "Special Correspondent").
        if not _DATE_LIKE.search(name) and not _CALENDAR_WORD.match(name) and not _MONTH_DAY.match(name) \
                and (not ROLE_ONLY.search(name) or is_desk(name)):
            kept.setdefault(name.casefold(), _cased(name))
    found = printed_order(tree, printed_slugs(tree, list(kept.values())))
    # No person named: the author meta tags trafilatura does not read ("cXenseParse:author", Yoast's
    # "Written by" card), else the slug of the author's page the page links as its author
    # ("article:author" "https://site/author/jane-doe"); before the outlet.
    if not any(not names_no_one(name, site) for name in found) \
            and (unread := _people(meta_names(tree), site) or _people(slug_authors(tree), site)
                 or _people(as_printed(tree, profile_names(tree, ld_author_urls or ())), site)):
        return merged_names(unread, found)
    # The JSON-LD article's other authors, given only as their page ("url": "/author/jane-doe/"),
    # after the people named, before the outlet; not an identifier ("@id": ".../jane-doe/#author"),
    # which refers to a node of the graph already read, its name perhaps initials ("JD").
    pages = [url for url in ld_author_urls or () if "#" not in url]
    if pages and (slugs := _people(ld_profile_names(pages), site)):
        named = _people(found, site)
        found = merged_names(merged_names(named, slugs), [name for name in found if name not in named])
    # No one named: a wire story's sign-off names its agencies ("— AFP", "Source: Xinhua") ...
    # "Hans Müller Mehr": a "more" button glued to the name (see ``author_labels.without_more_button``).
    # ... else an author tag's agency in brackets alone ("(dpa)"), which trafilatura's reading drops.
    # ... and where only the desk or the outlet is named ("Web Desk", then "— AFP" under the text), the
    # wire agencies first: the story is theirs, the desk that posted it after them (not an outlet a
    # foot's source names: "المصدر : الجزيرة + وكالات" on the outlet's own site).
    named = joined_surname_first(tree, without_more_button(tree, found))
    if named and all(names_no_one(name, site) for name in named) \
            and (agencies := [name for name in signed_off_agencies(tree) if WHOLE_AGENCY.match(name)]):
        return merged_names(agencies, named)
    return named or signed_off_agencies(tree) or bracketed_agency(tree)


def _people(names: list[str], site: set[str]) -> list[str]:
    """The ``names`` that are no outlet, desk or placeholder (see ``names_no_one``)."""
    return [name for name in names if not names_no_one(name, site)]


def article_authors(page: list[str], signed: list[str], text: str, outlet: str | None) -> list[str]:
    """The article's authors: the ``page``'s (``page_authors``); where it names no person, only a
    desk, wire agencies or its outlet alone ("Redakcja", "Web Desk", a sign-off's "PAP", the JSON-LD's
    Organization), or no one, the names the
    text credits come first: the ``signed`` signature under the article or credit line over it, the
    reporters its dateline names, else the agency its dateline credits; the page's after them. A
    story no one signs at all is its ``outlet``'s (schema.org's reading of an article without an
    author), and so is one only a desk's bare word signs ("Staff", "Redaktion", "Agencies"): the
    outlet after the word, as true author lists name either."""
    authors = _article_authors(page, signed, text, outlet)
    if outlet and authors and all(name.casefold() in _BARE_DESKS for name in authors) \
            and outlet.casefold() not in _BARE_DESKS:
        return merged_names(authors, [outlet])
    return authors


# A desk's bare word, or the wire's with no agency named ("Agencies", as South Asian outlets credit it).
_BARE_DESKS = DESK_AUTHORS | {"agencies", "news agencies", "agences", "agenturen", "agencias", "agenzie",
                              "وكالات"}


def _article_authors(page: list[str], signed: list[str], text: str, outlet: str | None) -> list[str]:
    # (the outlet alone, as the JSON-LD's Organization names it, is no one either)
    if any(not (is_desk(name) or WHOLE_AGENCY.match(name)) for name in page) \
            and not (outlet and len(page) == 1 and page[0].casefold() == outlet.casefold()):
        return _without_dateline_place(page, text, outlet)
    agency = dateline_agency(text)
    if agency and any(re.search(rf"(?<!\w){re.escape(agency)}(?!\w)", name, re.IGNORECASE) for name in page):
        agency = None  # the page's desk names it already ("Redacción Prensa Latina")
    credited = signed or dateline_reporters(text) or foot_reporters(text) or ([agency] if agency else [])
    if page:
        return merged_names(credited, page)
    return credited or ([outlet] if outlet else [])


# The text's dateline: a place at its start, before a comma, a dot, a bracket or a dash
# ("KASSEL (dpa) - ", "Kassel. ", "KASSEL — ").
_DATELINE_PLACE = re.compile(
    r"^\W{0,3}(?P<place>[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*)?)\s*(?:[,.(]|[–—-]\s)")


def _without_dateline_place(page: list[str], text: str, outlet: str | None) -> list[str]:
    """``page`` without a place a byline names after its person ("Von Anna Schmidt, Kassel"): one
    or two words, no agency nor the outlet, that the text's dateline names ("KASSEL (dpa) - ")."""
    if len(page) < 2 or not (match := _DATELINE_PLACE.match(text[:60])):
        return page
    place = match["place"].casefold()
    return [name for number, name in enumerate(page)
            if not (number and name.casefold() == place and len(name.split()) <= 2
                    and not WHOLE_AGENCY.match(name) and name.casefold() != (outlet or "").casefold()
                    and any(len(other.split()) >= 2 for other in page[:number]))]


# A wire agency's staff credited as a byline: the agency ("Reuters Staff", "AFP Staff"), where the page
# is another outlet's (on the agency's own site, its desk as written).
_AGENCY_STAFF = re.compile(rf"^(?P<agency>{AGENCIES})\s+staff$", re.IGNORECASE)
# Meta tags listing this many people list them all.
_MAX_LISTED = 4
_NOT_A_COAUTHOR = re.compile(r"staff|updated|published|posted|aktualisiert|mis à jour|actualizado",
                             re.IGNORECASE)


def _coauthor_shaped(name: str) -> bool:
    """A co-author beside the meta tags' one: a person's name of two to four words, a wire agency,
    or a name in a script written without spaces; one other word is the place the byline gives
    ("Von Detlef Fechtner, Frankfurt")."""
    words = len(name.split())
    if any(ch.isdigit() for ch in name) or _NOT_A_COAUTHOR.search(name):
        return False  # a date ("October 9"), a staff credit glued to a date line ("IGN StaffUpdated")
    if lower_words(name) or any(is_credential(word) for word in name.split()):
        return False  # what a byline's line says after the names ("RD on", "MA WebMD Health News")
    return (words >= 2 and name_length(name) <= MAX_NAME_WORDS) or bool(WHOLE_AGENCY.match(name)) \
        or (words == 1 and not any(ch.isascii() for ch in name) and not name[0].isupper())


def _cased(name: str) -> str:
    """"TOM KRISHER" -> "Tom Krisher"; names in mixed case or without case stay as written, and so
    does one word in capitals: an agency's name ("TASS", "VNA"), not a shouted person."""
    # (Turkish "İ" is "i" in lower case, not "i" and a combining dot: "HABER MERKEZİ" is "Haber Merkezi")
    if not name.isupper() or len(name.split()) < 2:
        return name
    return particles_lowered(name.title().replace("i\u0307", "i"))  # "ANNA VAN DER BERG": "Anna van der Berg"


# A signature's initials ("AS", "J.K."): a person's, not a stand-in.
_INITIALS = re.compile(r"^[^\W\d_]{1,3}$")


def _one_word(people: list[str]) -> list[str]:
    """The ``people``, where each is one word in a script with case, not a host name nor initials:
    a role, a desk, a brand or a wire agency the CMS put in the author field ("Organization",
    "Newsdesk", "Reuters", "AFP"), which a byline on the page names as people."""
    if not people or any(len(name.split()) != 1 or name.lower() == name.upper() or "." in name
                         or (_INITIALS.match(name) and not WHOLE_AGENCY.match(name)) for name in people):
        return []
    return list(people)

