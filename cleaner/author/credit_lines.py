"""A credit line: a short line with no "by" that names people and then their outlet or wire agency
("Anna Smith | Reuters", "Anna Smith and Bob Jones, The Chronicle", "Redacción / AFP"), as templates
set it under the headline or as the text's first line; and a template's information line whose
labelled piece is the author's ("Objavljeno: 12.04.2024. | Autor: Marko Marić"). The names in them
are read by ``cleaner.author.bylines``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cleaner.author.byline_roles import DESK_AUTHORS, WHOLE_AGENCY
from cleaner.author.byline_shapes import (
    MAX_BYLINE_CHARS,
    MAX_NAME_WORDS,
    lower_words,
    name_length,
    name_shaped,
    opens_byline,
)
from cleaner.author.bylines import byline_names

# A line of names and their outlet: the names, a separator, the outlet or agency last.
_CREDIT_SEPARATOR = re.compile(r"\s[|/–—-]\s|,\s|\s·\s")
# A date, a time stamp's label or a copyright sign: a dateline ("New Delhi, Bureau | Updated :") or a
# photo's credit, not a byline.
_NOT_A_CREDIT_LINE = re.compile(r"\d|©|\b(?:updated|published|posted|photo|foto)", re.IGNORECASE)
# An e-mail address written last: a contact box's line ("Press Office, press@example.org").
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
# "With" opening the line: the agencies a story draws on, no people ("With AFP, Reuters", "Avec AFP,
# Reuters").
_WITH = frozenset({"with", "avec", "mit", "con", "com", "(with", "(avec", "(mit", "(con", "(com"})


def credit_line_names(text: str, is_outlet: Callable[[str], bool] = lambda last: False) -> list[str]:
    """The names of a short line with no "by" that names people and then the outlet or a wire
    agency after a separator ("Anna Smith | Reuters", "Anna Smith / AFP", "Anna Smith, The
    Chronicle", "Anna Smith and Bob Jones – The Chronicle"): the people, then the outlet or agency
    as written. Empty unless the last name is a wire agency or ``is_outlet`` and every other name
    is a person's (two to four capitalised words). A desk's word before an agency gives the agency."""
    text = " ".join(text.split())
    if not 5 <= len(text) <= MAX_BYLINE_CHARS or not _CREDIT_SEPARATOR.search(text) \
            or _NOT_A_CREDIT_LINE.search(text) or not name_shaped(text) \
            or any(not (WHOLE_AGENCY.match(word) or is_outlet(word)) for word in lower_words(text)):
        return []  # ("dpa" is an agency, "detikNews" the outlet)
    if text.split(" ", 1)[0].casefold() in _WITH:
        return []  # a wire story's sign-off ("With AFP, Reuters"), read as such (author_datelines)
    last = _CREDIT_SEPARATOR.split(text)[-1].strip()  # the outlet is written last: not "Reuters / A"
    if "@" in last and _EMAIL.match(last):
        return []  # a contact box's address ("Press Office, press@osce.org"), not the outlet
    names = byline_names(text)
    if names and names[-1] != last and last[:1].islower() and is_outlet(last):
        # the outlet as written, in lower case first ("detikNews"), which the names' reading drops as
        # what a byline says of its names, or capitalises
        names = [*names[:-1], last] if names[-1].casefold() == last.casefold() else [*names, last]
    if len(names) < 2 or names[-1] != last or not (WHOLE_AGENCY.match(last) or is_outlet(last)):
        return []
    people = names[:-1]
    if len(people) == 1 and people[0].casefold() in DESK_AUTHORS and WHOLE_AGENCY.match(last):
        return [last]  # the desk put up the agency's copy ("Redacción / AFP", "Redaktion, dpa")
    if not all(len(name.split()) >= 2 and name_length(name) <= MAX_NAME_WORDS
               and all(w[0].isupper() for w in name.split()) and not WHOLE_AGENCY.match(name)
               for name in people):
        return []
    return names


# The pieces of a template's information line: "Objavljeno: 12.04.2024. | Autor: Marko Marić".
_INFO_SEPARATOR = re.compile(r"\s[|•·∙]\s|\s[–—]\s")
# A piece labelled with its colon ("Autor:", "Yazar:", "Author:"), the label a byline's.
_LABELLED = re.compile(r"^[^\W\d_]{2,15}\s*[:：]\s")
_MAX_INFO_CHARS = 120


def info_line_names(text: str) -> list[str]:
    """The names of the labelled author's piece of a short information line of pieces (a date, the
    author, the photos' credit): "Objavljeno: 12.04.2024. u 14:46 | Autor: Marko Marić", "12.04.2024 •
    Yazar: Ahmet Yılmaz". Each name two to four capitalised words; [] where no piece is one."""
    text = " ".join(text.split())
    if len(text) > _MAX_INFO_CHARS or not _INFO_SEPARATOR.search(text):
        return []
    for piece in _INFO_SEPARATOR.split(text):
        if not _LABELLED.match(piece) or not opens_byline(piece) or not name_shaped(piece):
            continue
        names = byline_names(piece)
        people = [name for name in names if not WHOLE_AGENCY.match(name)]
        if names and not lower_words(piece.split(":", 1)[-1]) \
                and all(len(name.split()) >= 2 and name_length(name) <= MAX_NAME_WORDS for name in people):
            return names
    return []
