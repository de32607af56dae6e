"""When two written names are one person, what trafilatura's name cleaning cuts from a name, and a
name written surname first ("Doe, Jane": ``surname_first``).

- names are one person when their letters are ("John C Welch" ~ "John C. Welch", "JOHN C WELCH"), a
  middle initial more or less ("Troy L. Smith" ~ "Troy Smith");
- a name keeps the endings trafilatura's cleaning cuts (Indic and Thai vowel signs, a Hebrew final
  geresh) and its initials' dots as the byline prints them ("Manuel V. Gómez", glued: "Б.Мөнхзул").
Used by ``cleaner.author.bylines`` and the page-level author code.
"""

from __future__ import annotations

import re
import unicodedata

from cleaner.author.byline_cities import is_city
from cleaner.author.byline_roles import DESK_AUTHORS, PLACEHOLDER_AUTHORS, ROLE_ONLY, WHOLE_AGENCY

# The particles of a person's name, written in lower case inside it ("Anna van der Berg", "Maria das
# Dores", "Juan Pérez y García", "Jan ten Brink", "Dafydd ap Gwilym"): no word of the name's length,
# and left in lower case in a name read from an address ("/author/anna-van-der-berg").
NAME_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "dello", "di", "van", "von",
                            "der", "den", "ter", "ten", "la", "le", "du", "des", "el", "al", "bin", "ibn",
                            "zu", "ap", "y", "dela", "delos", "binti"})
# Irish particles, capitalised ("Siobhán Ní Bhriain", "Nic"): no word of the name's length either.
CAPITALISED_PARTICLES = frozenset({"ni", "ní", "nic"})
# Dutch and German particles a name writes in lower case inside it ("Anna van der Berg", "Hans von
# Dohnanyi", "Jan ter Horst"): "van" and "de" only before another ("van der", "van de"), as a lone
# "Van" is as often a Vietnamese middle name ("Nguyen Van An") and "De" an Italian surname's.
_LOWER_PARTICLES = re.compile(
    r"(?<=\S )(?:(?:van|de) (?=(?:der|den|de|het|'t) )|von |vom |zu |zum |zur |ter |ten |der |den |het |'t )+"
    r"(?=\S)",
    re.IGNORECASE)


def particles_lowered(name: str) -> str:
    """``name``, written in capitals or in lower case and capitalised word by word ("ANNA VAN DER BERG",
    "anna van der berg" -> "Anna Van Der Berg"), with its Dutch or German particles in lower case again
    ("Anna van der Berg"); a name as printed in mixed case is the caller's to keep."""
    return _LOWER_PARTICLES.sub(lambda match: match.group().lower(), name) if " " in name else name

# An initial: a letter or two ("V", "Yu") in a name; trafilatura's cleaning makes its dot a space.
_INITIAL_WORD = re.compile(r"^[^\W\d_]{1,2}$")


# A Hebrew letter with its geresh (written as an apostrophe) at the end of a name: "זרחוביץ'" (tch).
_GERESH_END = re.compile(r"[\u05d0-\u05ea]['\u05f3’]$")


def lost_ending(name: str, written: str) -> str:
    """What trafilatura's name cleaning cut from the end of ``name`` as ``written``: the final vowel
    signs and marks of Indic and Thai names ("राहुल शर्मा" came out "राहुल शर्म", "สมชาย ใจดี" "สมชาย ใจด")
    and a Hebrew final geresh ("זרחוביץ'"), which it takes for punctuation; "" when nothing was."""
    written = " ".join(written.split())
    at = written.find(name)
    if at < 0 and "." in written:  # an initial's dot, which the cleaning made a space ("கே. ராமன்")
        written = " ".join(written.replace(".", " ").split())
        at = written.find(name)
    if not name or at < 0:
        return ""
    rest = written[at + len(name):]
    marks = len(rest) - len(rest.lstrip("".join(ch for ch in rest if unicodedata.category(ch)[0] == "M")))
    ending = rest[:marks]
    if rest[marks:marks + 1].isalnum():
        return ""  # the name ends inside a longer word there
    if not ending and rest[:1] in ("'", "\u05f3", "’") and not rest[1:2].isalnum() \
            and _GERESH_END.search(name + rest[:1]):
        ending = rest[:1]
    return ending


def as_glued(name: str, written: str) -> str:
    """``name`` with its initials' dots as ``written`` prints them, which trafilatura's cleaning made
    spaces: "Manuel V. Gómez", "J. R. R. Tolkien", "Б.Мөнхзул" (glued), "Kowalski J."; ``name`` as it
    is where ``written`` has no dot or does not hold it (cheap: no regex without a dot)."""
    words = name.split()
    if "." not in written or "." in name or len(words) < 2:
        return name
    last = len(words) - 1
    # an initial with its dot and the space after it as printed (a group each), a last word of one
    # letter with its dot ("Kowalski J."), the other words as they are
    pattern = "".join(
        re.escape(word) + (r"(\.?)" if at == last else r"(\.\s*|\s+)") if _initial(word, at, last)
        else re.escape(word) + (r"\s+" if at < last else "") for at, word in enumerate(words))
    match = re.search(rf"(?<!\w){pattern}(?!\w)", " ".join(written.split()), re.IGNORECASE)
    if not match or "." not in "".join(match.groups()):
        return name
    printed, groups = [], iter(match.groups())
    for at, word in enumerate(words):
        after = next(groups) if _initial(word, at, last) else " "
        spaced = " " if after.strip(".") and at < last else ""
        printed.append(word + ("." if after.startswith(".") else "") + spaced)
    return "".join(printed)


def _initial(word: str, at: int, last: int) -> bool:
    """``word`` (at ``at`` of a name's ``last``+1 words) may be an initial with a dot: a letter or two
    inside the name, one letter at its end."""
    return bool(_INITIAL_WORD.match(word)) if at < last else len(word) == 1


def with_ending(name: str, written: str) -> str:
    """``name`` with the ending trafilatura's cleaning cut (see ``lost_ending``)."""
    return name + lost_ending(name, written)


def name_key(name: str) -> str:
    """Letters only, case-folded: "John C. Welch" ~ "JOHN C WELCH"."""
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def _initials_dropped_key(name: str) -> str:
    """The name's letters without its middle initials: "Troy L. Smith" ~ "Troy Smith"."""
    words = name.split()
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if len(w.strip(".")) > 1), words[-1]]
    return name_key(" ".join(words))


# German letters as an address spells them ("Müller" in "/autor/hans-mueller/").
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _unaccented_keys(name: str) -> set[str]:
    """The name's letters without accents, and with German letters spelled out: "Hans Müller" ~
    "Hans Muller" ~ "Hans Mueller", as the slug of an author's page writes it."""
    key = name_key(name)
    return {"".join(ch for ch in unicodedata.normalize("NFKD", spelled) if not unicodedata.combining(ch))
            for spelled in (key, key.translate(_SPELLED_OUT))}


def same_person(one: str, other: str) -> bool:
    """``one`` and ``other`` are one person's name as ``merged_names`` reads it: the same letters, a
    middle initial more or less, accents or German letters spelled out ("Jane A. Doe" ~ "JANE DOE")."""
    if name_key(one) == name_key(other):
        return True
    return bool({name_key(one), _initials_dropped_key(one), *_unaccented_keys(one)}
                & {name_key(other), _initials_dropped_key(other), *_unaccented_keys(other)})


def merged_names(first: list[str], more: list[str]) -> list[str]:
    """``first`` then the names of ``more`` not already there (by letters, not spelling nor accents,
    and a middle initial more or less is the same person)."""
    merged: list[str] = []
    seen: set[str] = set()
    for name in (*first, *more):
        keys = {name_key(name), _initials_dropped_key(name), *_unaccented_keys(name)}
        if name_key(name) and not keys & seen:
            seen |= keys
            merged.append(name)
        else:  # the spelling that kept an ending or the initials' dots trafilatura's cleaning cut
            for position, kept in enumerate(merged):
                if len(name) > len(kept) and ((lost_ending(kept, name) and name.startswith(kept))
                                              or ("." in name and as_glued(kept, name) == name)):
                    merged[position] = name
                    break
    return merged



# One word of a name as written, capitalised ("Doe", "O'Brien", "Müller-Lüdenscheidt").
_NAME_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))+$")
# An initial ("J.", "J", "J.R.").
_INITIALS = re.compile(r"^(?:[^\W\d_]\.){1,3}$|^[^\W\d_]$")


def surname_first(text: str, double: bool = False) -> str | None:
    """The name a library-style author field writes surname first ("Doe, Jane" -> "Jane Doe", "van
    der Berg, Anna", "Smith, John A.", "Jong, Michiel de"), where the form cannot be two names or a
    name and a place: one comma, before it one capitalised word (its particles before it), after it
    one capitalised word and initials, or initials only, no agency, desk, placeholder, job title or
    city; None otherwise ("Jane Doe, John Smith", "Doe, Reuters"). With ``double``, a Spanish or
    Portuguese double surname may be two capitalised words before the comma, with one given name
    after it ("García Márquez, Gabriel"), a form a name and its outlet share ("Jane Doe, Futurism"):
    the caller asks the page."""
    pieces = text.split(",")
    if len(pieces) != 2:
        return None
    surname, given = pieces[0].split(), pieces[1].split()
    if not surname or not given or len(given) > 3:
        return None
    surnames = [word for word in surname if word.casefold() not in NAME_PARTICLES]
    if not surnames or surnames[-1] != surname[-1] or not all(map(_capitalised_word, surnames)) \
            or len(surnames) > (2 if double and len(given) == 1 and _capitalised_word(given[0]) else 1):
        return None
    # A catalogue's Dutch form puts the particles after the given name ("Jong, Michiel de").
    moved = 0
    while moved < len(given) - 1 and given[-1 - moved] in NAME_PARTICLES:
        moved += 1
    if moved:
        given, surname = given[:-moved], [*given[-moved:], *surname]
    words = [word for word in given if not (_INITIALS.match(word) and word[0].isupper())]
    if len(words) > 1 or (words and (words != given[:1] or not _capitalised_word(words[0]))):
        return None
    if any(_no_name(word) for word in (*surnames, *words)) or is_city(" ".join(surnames)):
        return None  # an agency, a desk, a placeholder or a place ("Doe, Reuters", "Staff, Berlin")
    return f"{' '.join(given)} {' '.join(surname)}"


def _capitalised_word(word: str) -> bool:
    return bool(_NAME_WORD.match(word)) and word[0].isupper() and not word.isupper()


def _no_name(word: str) -> bool:
    folded = word.casefold()
    return bool(WHOLE_AGENCY.match(word)) or is_city(word) or folded in DESK_AUTHORS \
        or folded in PLACEHOLDER_AUTHORS or bool(ROLE_ONLY.search(word))


def joined_surname_first(tree, names: list[str]) -> list[str]:
    """Two names in a row that a byline wrote surname first, with its comma ("By Doe, Jane" read as
    "Doe", "Jane"), as one person ("Jane Doe"), where the page writes that name given first
    elsewhere: a text of its own (an author box, a bio, a meta tag or JSON-LD), or the slug of an
    author's page ("/author/jane-doe"). Without that evidence they stay two: "Doe, Smith" may be two
    people, as Indonesian bylines write one-word names; a given name of initials alone is none.
    Where the page writes the name with a middle initial the byline leaves out ("Jane A. Doe" for
    "Doe, Jane"), the name is that one."""
    pairs = [(at, turned) for at in range(len(names) - 1)
             if (turned := surname_first(f"{names[at]}, {names[at + 1]}")
                 or _loosely_turned(*names[at:at + 2]))
             and any(len(word) > 1 for word in _WORD.findall(names[at + 1]))]
    if not pairs:
        return names
    written = [*tree.itertext(), *(element.get("href") or element.get("content") or ""
                                   for element in tree.iter("a", "link", "meta"))]
    spelled = {" ".join(_WORD_OR_COMMA.findall(_plain(text))) for text in written if text and text.strip()}
    joined, skip = list(names), set()
    for at, turned in reversed(pairs):
        if at + 1 in skip or not _written_in(f"{names[at]} , {names[at + 1]}", spelled):
            continue
        if not _written_in(turned, spelled) and not (turned := _with_initials(turned, names[at], spelled)):
            continue
        joined[at:at + 2] = [turned]
        skip.add(at)
    return joined


def _loosely_turned(surname: str, given: str) -> str | None:
    """"Doe", "Mary Jane" as "Mary Jane Doe", "DOE", "JANE" as "Jane Doe": the forms ``surname_first``
    leaves (two given names may be a given name and a place, capitals an agency), for a page that
    gives the evidence (``joined_surname_first``)."""
    words = [*surname.split(), *given.split()]
    if len(surname.split()) != 1 or len(words) > 3 or not all(map(_NAME_WORD.match, words)) \
            or any(map(_no_name, words)):
        return None
    name = f"{given} {surname}"
    return name.title() if name.isupper() else name


_WORD = re.compile(r"[^\W\d_]+")
_WORD_OR_COMMA = re.compile(r"[^\W\d_]+|,")


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _with_initials(turned: str, surname: str, spelled: set[str]) -> str | None:
    """``turned`` ("Jane Doe", its ``surname`` "Doe" last) with the middle initials one of the page's
    texts (``spelled``) writes between its given name and its surname ("Jane A. Doe", "jane a doe" as
    spelled), or None."""
    if not turned.casefold().endswith(f" {surname.casefold()}"):
        return None
    given, surname = turned[:len(turned) - len(surname)].strip(), turned[len(turned) - len(surname):]
    between = re.compile(rf" {re.escape(' '.join(_WORD.findall(_plain(given))))} ((?:[^\W\d_] ){{1,2}})"
                         rf"{re.escape(' '.join(_WORD.findall(_plain(surname))))} ")
    for text in spelled:
        if match := between.search(f" {text} "):
            return f"{given} {' '.join(f'{initial.upper()}.' for initial in match[1].split())} {surname}"
    return None


def _written_in(name: str, spelled: set[str]) -> bool:
    """``name``'s words, in order, among the words of one of the page's texts (``spelled``)."""
    words = f" {' '.join(_WORD_OR_COMMA.findall(_plain(name)))} "
    return any(words in f" {text} " for text in spelled)
