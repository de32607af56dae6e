"""A byline piece's name as trafilatura's name cleaning gives it, put right where that cleaning errs.

- An outlet or a body named "X of Y" ("Voice of America", "Bank of Canada", "Friends of the Earth"):
  trafilatura cuts a name at its "of" (a person "of the Chronicle"), leaving "Voice". One capitalised
  word before the "of" is no person's name: the name stays whole.
- A name written in lower case ("anna van der berg", an author meta tag or JSON-LD as a CMS stores it):
  trafilatura capitalises it word by word, its particles too ("Anna Van Der Berg"). The page's own
  printed form is taken where it prints the name (``as_stated``); else the particles go back in lower
  case as the page's language writes them (``lower_name_cased``): Dutch "van der", German "von",
  Portuguese "da"/"dos", Spanish and French "de"; not the Italian surname's "Di", "De", "Del" ("Luigi
  Di Maio"), nor a Vietnamese middle name "Van" ("Nguyen Van An").
"""

from __future__ import annotations

import re

from lxml.etree import XPath

from cleaner.author.author_names import NAME_PARTICLES, particles_lowered
from cleaner.author.by_words import UPPER
from cleaner.author.byline_roles import PLACEHOLDER_AUTHORS, ROLE_ONLY, is_desk

# One capitalised word, "of", then up to five capitalised words ("the", "and", "of" between them).
_OF_NAME = re.compile(rf"^(?P<head>[{UPPER}][^\W\d_]+) of (?:the )?[{UPPER}][\w'’.-]*"
                      rf"(?: (?:(?:of|the|and|for) )*[{UPPER}][\w'’.-]*){{0,4}}$")
# The <head>'s author meta tags ("author", "article:author", "dc.creator", "sailthru.author", "Author").
_AUTHOR_METAS = XPath('./head/meta[contains(@name, "uthor") or contains(@property, "uthor") '
                      'or contains(@name, "reator") or contains(@property, "reator")]/@content')
# Particles written in lower case inside a name, by the page's language (a name's middle words).
_LOWER_BY_LANGUAGE = {
    "nl": {"van", "de", "der", "den", "ter", "ten", "het", "'t"},
    "de": {"von", "vom", "zu", "zum", "zur", "van", "der", "den"},
    "fr": {"de", "du", "des"},
    "es": {"de", "del", "y"},
    "pt": {"da", "das", "do", "dos", "de", "e"},
}
# ... in any other language: those that are no capitalised name's word ("Van" is a Vietnamese middle
# name, "De", "Di", "Del" open Italian surnames, "Do" is a Korean given name's syllable).
_LOWER_ANYWHERE = {"da", "das", "dos", "van", "von", "vom", "zu", "zum", "zur", "ter", "ten", "der", "den",
                   "du", "des", "bin", "binti", "ibn"}
# "la", "las", "los", "le" after "de"/"del" ("Juan de la Cruz", "Jean de la Fontaine").
_AFTER_DE = {"la", "las", "los", "le"}
# The family names most Vietnamese carry: before "Van", a middle name, not a Dutch particle.
_VIETNAMESE_FAMILIES = frozenset({
    "nguyen", "nguyễn", "tran", "trần", "le", "lê", "pham", "phạm", "hoang", "hoàng", "huynh", "huỳnh",
    "phan", "vu", "vũ", "vo", "võ", "dang", "đặng", "bui", "bùi", "do", "đỗ", "ho", "hồ", "ngo", "ngô",
    "duong", "dương", "ly", "lý", "dao", "đào"})


def whole_of_name(piece: str) -> bool:
    """``piece`` names an outlet or a body "X of Y" (see above), not a person "of" an outlet."""
    if " of " not in piece or not (match := _OF_NAME.match(piece)):
        return False
    head = match["head"]
    return head.casefold() not in PLACEHOLDER_AUTHORS and not ROLE_ONLY.search(head) and not is_desk(head)


def lower_name_cased(name: str, language: str) -> str:
    """``name``, written in lower case and capitalised word by word, with its particles in lower case
    again as ``language`` (a BCP 47 tag, "" where unknown) writes them (see above)."""
    name = particles_lowered(name)
    words = name.split(" ")
    language = language[:2].casefold()
    if len(words) < 3 or language in ("it", "vi", "ko") or words[0].casefold() in _VIETNAMESE_FAMILIES:
        return name
    lower = _LOWER_BY_LANGUAGE.get(language, set()) | _LOWER_ANYWHERE
    for at in range(1, len(words) - 1):
        folded = words[at].casefold()
        if folded in lower or (folded in _AFTER_DE and words[at - 1] in ("de", "del")):
            words[at] = folded
    return " ".join(words)


def as_stated(tree, names: list[str], ld_authors: list[str]) -> list[str]:
    """The meta tags' ``names`` as trafilatura's cleaning left them, put back as the page states them
    where that cleaning erred: an outlet "X of Y" the JSON-LD names (``ld_authors``), cut to "X", is
    whole again; a name with a particle that the author meta tags or the JSON-LD write in lower case
    ("anna van der berg") is as the page prints it, else in lower case again, for the byline's reading
    to case as its language writes it. The <head>'s meta tags are read only for a name with a particle
    or of one word, which may be an "X of Y" they state whole (reading them costs a page about 0.1 ms)."""
    cased = any(word.casefold() in NAME_PARTICLES for name in names for word in name.split()[1:-1])
    if not cased and all(" " in name for name in names):
        return names
    # (a one-word name the JSON-LD does not state whole may be an "X of Y" the meta tags state whole)
    metas = cased or any(" " not in name and not any(value.startswith(f"{name} of ") for value in ld_authors)
                         for name in names)
    stated = [" ".join(value.split()) for value in [*(_AUTHOR_METAS(tree) if metas else ()), *ld_authors]]
    lowered = {value for value in stated if value.islower()}
    text = None
    restored = []
    for name in names:
        if " " not in name:
            restored.append(next((value for value in stated
                                  if value.startswith(f"{name} of ") and whole_of_name(value)), name))
        elif name.casefold() in lowered:
            text = " ".join(tree.text_content().split()) if text is None else text
            found = re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)
            restored.append(next((each for each in found if not each.islower()), name.casefold()))
        else:
            restored.append(name)
    return restored
