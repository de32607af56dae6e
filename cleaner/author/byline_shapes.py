"""A byline's shape: whether a text is a byline, and whether its words are a person's name.

Asked before a byline's names are read (``cleaner.author.bylines``), where the page's bylines are
looked for (``cleaner.author.page_bylines``, ``credit_lines``, ``lone_bylines``) and where a name is
told from a sentence: a "by" or a read-aloud label first ("Author, "), a Chinese, Japanese or Korean
reporter's byline ("김철수 기자"), names' words (capitalised, particles, conjunctions between names in
many languages), a name's length, credentials.
"""

from __future__ import annotations

import re

from cleaner.author.author_names import CAPITALISED_PARTICLES, NAME_PARTICLES
from cleaner.author.by_words import BY_AFTER, BY_PREFIX
from cleaner.author.byline_roles import CJK_TITLES, CREDENTIALS, ROLE_PIECE
from cleaner.author.script_bylines import info_line_author

# The longest text read as a byline's line.
MAX_BYLINE_CHARS = 80
# A byline's label read aloud before the name, with a comma: "Author, Anna Smith" (the screen-reader
# text of a byline list: "Author, ...", "Role, ...").
COMMA_LABEL = re.compile(r"^authors?\s*,(?:\s+|$)", re.IGNORECASE)
# Conjunctions between names in a byline ("A and B", "A et B", "A y B", "A и B", "A și B", "A dan B").
# Lower case only: "Jan A Novak" holds an initial, not the Czech "a".
AND = re.compile(r"\s+(?:and|AND|und|et|y|e|en|og|och|i|и|та|і|és|ve|oraz|ja|ir|a|și|şi|un|và|dan|dhe|และ|"
                 r"και(?:\s+(?:τον|την|τη|του|της))?|और|ও|\+|"
                 # Azerbaijani, Uzbek, Tajik, Kazakh, Kyrgyz, Georgian, Armenian, Urdu, Marathi, Gujarati,
                 # Punjabi, Tamil, Telugu, Kannada, Sinhala, Khmer, Lao, Amharic
                 r"və|va|ва|және|жана|და|և|اور|आणि|અને|ਅਤੇ|மற்றும்|మరియు|ಮತ್ತು|සහ|និង|ແລະ|እና)\s+(?=\S)")

# The particles a byline may write in lower case beside names (see ``lower_words``): not those that are
# as often a word of a sentence ("das", "du", "des", "zu", "ten", "dello") or its "and" ("y").
_NAME_PARTICLES = NAME_PARTICLES - {"das", "du", "des", "zu", "ten", "dello", "y"}
_MAX_LOWER_WORDS = 2
# A person's name is a few words, its particles not counted ("Carlos De La Cruz Gómez", "Anna van der
# Berg"), in lower case or capitalised as many bylines write them.
MAX_NAME_WORDS = 4
_COUNTED_APART = NAME_PARTICLES | CAPITALISED_PARTICLES


def name_length(name: str) -> int:
    """The words of ``name`` that are not a name's particle ("De", "van", "Ní")."""
    return sum(1 for word in name.split() if word.casefold() not in _COUNTED_APART)


def is_credential(word: str) -> bool:
    """``word`` is an academic or professional credential ("MA", "PhD"), not a name's particle
    ("do" in "Maria do Carmo", "Do" as a byline capitalises it; "DO" the credential)."""
    folded = word.casefold().strip(".")
    return folded in CREDENTIALS and (folded not in _COUNTED_APART or word.strip(".").isupper())


# A Chinese, Japanese or Korean byline: names in those scripts, each or all followed by the reporter's
# title ("김철수 기자", "김철수·이영희 기자", "山田太郎記者"), then perhaps an e-mail address.
_CJK_BYLINE = re.compile(
    rf"^(?:[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{{2,12}}\s*(?:{CJK_TITLES})?"
    rf"\s*[·、,，]?\s*){{0,3}}[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{{2,12}}\s*"
    rf"(?:{CJK_TITLES})(?:\s+\S+@\S+)?\s*$")

_MAX_CJK_BYLINE = 80  # a paragraph is not read by that pattern (its repeated groups backtrack)


def opens_byline(text: str) -> bool:
    """``text`` opens with a byline's "by" or its read-aloud label ("Author, "), or is a Chinese,
    Japanese or Korean reporter's byline ("김철수 기자")."""
    return bool(BY_PREFIX.match(text) or COMMA_LABEL.match(text) or info_line_author(text)
                or is_cjk_byline(text) or BY_AFTER.match(text))



def is_cjk_byline(text: str) -> bool:
    """``text`` is a Chinese, Japanese or Korean byline: names, their title, perhaps an e-mail
    address ("김철수 기자 kim@example.co.kr", "山田太郎 編集委員")."""
    return len(text) <= _MAX_CJK_BYLINE and bool(_CJK_BYLINE.match(text.strip()))


def name_shaped(byline: str) -> bool:
    """The byline's words after its "by", as written, are names: each capitalised, a particle ("Jan
    de Vries"), a conjunction ("y", "et") or in a script without case; no quotes ("By clicking
    'Submit' you agree" is a form's notice). Up to two other words in lower case may say where or
    what ("By A and B in Kyiv", "Por: A / Enviado especial"); a sentence has more. A job title after a
    comma, with its place, is no sentence ("Jean Dupont, envoyé spécial à Kiev")."""
    rest = BY_PREFIX.sub("", COMMA_LABEL.sub("", byline, count=1), count=1)
    if any(mark in rest for mark in "\"“”«»?!"):
        return False
    if "," in rest:  # a job title after a comma says what the name is ("A, envoyé spécial à Kiev")
        pieces = rest.split(",")
        rest = ",".join([pieces[0], *(piece for piece in pieces[1:] if not ROLE_PIECE.match(piece.strip()))])
    return len(lower_words(rest)) <= _MAX_LOWER_WORDS


def lower_words(text: str) -> list[str]:
    """The words of ``text`` in lower case that are no name's particle nor a conjunction."""
    return [word for word in re.findall(r"[^\s,;/|&()]+", text)
            if word[0].islower() and word not in _NAME_PARTICLES and not AND.match(f" {word} x")]
