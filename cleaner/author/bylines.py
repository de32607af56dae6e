"""Reading one byline: the names in its text, in the languages of the news.

Generic rules, no per-site table:
- a byline is split in its language ("Par A et B", "Por A y B", "A и B", "A (avec B)") and loses its
  prefix or label ("By", "Von", "Автор:", "Reporter:", "Author, "), credentials ("MA", "PhD"), job
  titles ("AP Auto Writer") and photo or editing credits;
- a wire agency, the outlet's host name or its desk is an author as written ("dpa", "SITE.COM",
  "HT Digital Desk": ``is_desk``); a CMS placeholder ("Guest") or a time stamp's label names no one;
- names are one person when their letters are ("John C Welch" ~ "John C. Welch", a middle initial
  more or less), and keep the endings trafilatura's cleaning cuts (``cleaner.author.author_names``);
- Greek names after their article are given in the nominative (``cleaner.author.greek_bylines``);
- the vocabulary of desks, agencies, placeholders, job titles and credits is ``cleaner.author.byline_roles``;
  whether a text is a byline at all, and its words a name's, ``cleaner.author.byline_shapes``;
  what is cut or rewritten in the whole text before it is split (links, a language's own "and", a name
  then its outlet after a full stop, brackets), and the page's language: ``cleaner.author.byline_text``.
Which bylines of a page are read, and the meta tags and JSON-LD before them: ``cleaner.author.authors``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import unescape

from cleaner.author.author_labels import is_link_label, without_label
from cleaner.author.author_names import NAME_PARTICLES, as_glued, merged_names, with_ending
from cleaner.author.by_words import BY_PREFIX, UPPER
from cleaner.author.byline_cities import is_city, without_filed_from
from cleaner.author.byline_roles import (
    AFTER_NAME,
    AGENCIES,
    AGENCY_WORD,
    BRACKETED_CREDIT,
    CJK_ROLE_SUFFIX,
    CONTRIBUTOR,
    CREDENTIALS,
    CREDIT,
    DESK_AUTHORS,
    EDITOR_LABEL,
    HOST_NAME,
    LEADING_CREDENTIALS,
    PLACEHOLDER_AUTHORS,
    ROLE_AFTER_NAME,
    ROLE_ONLY,
    ROLE_PIECE,
    ROLE_PREFIX,
    ROLE_START,
    STAMP_LABEL,
    TRAILING_AGENCY,
    WHOLE_AGENCY,
    is_desk,
)
from cleaner.author.byline_shapes import AND
from cleaner.author.byline_text import page_language, prepared_byline
from cleaner.author.greek_bylines import greek_case, nominative
from cleaner.author.name_case import lower_name_cased, whole_of_name
from core.text import clean_inline

_MAX_AUTHOR_CHARS = 80
# A kind of piece before "by": "Analysis by A", "Opinion by A", "Additional reporting by A".
_KIND_BY = re.compile(r"^(?:[\w-]+\s+){1,3}by\s+(?=\S)", re.IGNORECASE)
# ... or any one-word label before a colon in a byline ("Toimetaja: Mari Peegel", "Piše: Ivana Horvat"):
# a label, not part of the name (not before a date: "Updated: Apr 12, 2024").
_ANY_LABEL = re.compile(r"^[^\W\d_]{2,15}\s*[:：]\s+(?=[^\W\d_][^\d]*$)")
# ... in a byline set in capitals ("POR JUAN PÉREZ Y MARÍA LÓPEZ", "PAR A ET B"): the conjunctions of
# two letters or more, and Spanish "Y" ("E", "A", "I" are as often a middle initial: "JOHN E SMITH").
_AND_CAPS = re.compile(r"\s+(?:Y|ET|EN|OG|OCH|ÉS|VE|ORAZ|JA|IR|ȘI|ŞI|UN|VÀ|DAN|DHE|И|ТА|І|ΚΑΙ)\s+(?=\S)")
# Links beside a byline that are not names: "Follow @handle", "View my complete profile".
_CALL_TO_ACTION = re.compile(r"^(?:follow|subscribe|view|see|more|about|contact|email|e-mail|share|read)\b",
                             re.IGNORECASE)


# A byline's pieces: at ; / | , & •, a middle dot between Korean names ("김철수·이영희 기자") or spaced,
# "for" before the outlet ("By A for MailOnline"), "with" before an agency or a name, and at a
# sentence's end before a label ("Texto: A. Fotos: B"). Not at a dash: "A - The Philippine Star" names
# the person (an agency after it is split off as ``TRAILING_AGENCY``).
_PIECES = re.compile(
    r"\s*[;/|,&•∙⋅／｜、，；،]\s*|\s+·\s+|(?<=[가-힣])\s*·\s*(?=[가-힣])|\.\s+(?=\w+\s*:)|"
    # a space before a Chinese information line's label: "来源：新华社 作者：A 编辑：B"
    r"(?<=\S)\s+(?=(?:来源|來源|作者|责任编辑|責任編輯|编辑|編輯)\s*[:：])|"
    # a sentence's end before a credit "by": "By A. Photography by B"
    r"\.\s+(?=(?:\w+\s+){1,2}by\s)|"
    # "with information from" an agency ("A con información de EFE", "A com informações da Reuters")
    r"\s+(?:con\s+informaci[óo]n\s+de|com\s+informa[çc][õo]es\s+d[aoe]s?|mit\s+material\s+(?:von|der))\s+|"
    r"(?-i:\s+(?:for|FOR)\s+(?=(?:[Tt]he\s+|THE\s+)?[A-Z]))|"
    # "with" before a wire agency or a capitalised name, unbracketed: "Le Monde avec AFP", "A mit dpa",
    # "By A with B"
    rf"\s+(?:avec|with|mit|con|com|med)\s+(?=(?:{AGENCIES})\b|(?-i:[{UPPER}]))", re.IGNORECASE)


def split_authors(author: str | None) -> list[str]:
    """An author field (trafilatura joins authors with ``;``): split, strip, drop duplicates, keep order."""
    names = [clean_inline(name) for name in (author or "").split(";")]
    return list(dict.fromkeys(name for name in names if name))


def byline_names(text: str | None) -> list[str]:
    """The names in a byline's text, in any of the common languages: "Par Sébastien Farcis",
    "Martin Untersinger (avec Damien Leloup et Morgane Tual)", "Por Juan Pérez y María López",
    "Text: Anna Schmidt / Foto: Bob Jones" (the photographer is not an author)."""
    return list(_byline_names(text, page_language()))


def conjoined(text: str, parts: list[str]) -> str | None:
    """One person's name ``text`` as stated, where its ``parts`` (``byline_names``) are its words split
    at a conjunction ("Pedro Villa y Caña" read as "Pedro Villa", "Caña"; "João Silva e Sousa"): between
    each two one short word alone, no comma nor semicolon; None otherwise."""
    starts = [text.find(part) for part in parts]
    if len(parts) < 2 or -1 in starts or starts != sorted(starts):
        return None
    betweens = [text[start + len(part):following].strip()
                for part, start, following in zip(parts, starts, starts[1:], strict=False)]
    if not all(between.isalpha() and len(between) <= 3 for between in betweens):
        return None
    return text[starts[0]:starts[-1] + len(parts[-1])]


def person_names(text: str | None) -> list[str]:
    """The name in the text of an element that states one person (a microdata Person's
    ``itemprop=name``): its byline's names, joined again where a conjunction split them (``conjoined``)."""
    parts = byline_names(text)
    return [joined] if len(parts) > 1 and (joined := conjoined(text or "", parts)) else parts


def one_person_each(names: list[str], persons: list[str]) -> list[str]:
    """``names`` with the names each of ``persons`` (stated as one person: a JSON-LD or microdata Person) was
    split into at a conjunction ("Pedro Villa y Caña" read as "Pedro Villa", "Caña"; Portuguese "e",
    German "und") joined again, as the person's name states them, in the first one's place."""
    for person in persons:
        parts = byline_names(person)
        if len(parts) < 2 or not all(part in names for part in parts):
            continue
        if not (joined := conjoined(person, parts)):
            continue
        at = names.index(parts[0])
        names = [*names[:at], joined, *(name for name in names[at:] if name not in parts)]
    return names


def _desk_before_city(text: str) -> str | None:
    """The desk before a known city of one or two words with no comma between ("Staff Correspondent
    Dhaka", "নিজস্ব প্রতিবেদক ঢাকা"), else None: the city the desk files from is no part of it."""
    words = text.split()
    for size in (1, 2):
        if len(words) > size and is_city(" ".join(words[-size:])) \
                and is_desk(head := " ".join(words[:-size])):
            return head
    # "Our <trade>" before one capitalised word, a city the list does not know ("Our Reporter Multan"):
    # before a name, the lead-in takes two words or more (``by_words.BY_PREFIX``)
    if len(words) > 2 and words[0].casefold() == "our" and words[-1][:1].isupper() \
            and is_desk(head := " ".join(words[:-1])):
        return head
    return None


@lru_cache(maxsize=2048)  # pure; a page's author searches read the same bylines again
def _byline_names(text: str | None, language: str = "") -> tuple[str, ...]:
    from trafilatura.metadata import normalize_authors

    text = clean_inline(text) or ""
    if "&" in text:  # an author field escaped twice ("Jos&eacute; P&eacute;rez", "A &amp; B")
        text = unescape(text)
    text = prepared_byline(text, language)  # its links, "and", brackets (cleaner.author.byline_text)
    names: list[str] = []
    agencies: list[str] = []
    editors: list[str] = []
    contributors: list[str] = []  # "Additional reporting by B": B where no one else is named
    sources: list[str] = []  # "来源：新华社": the agency or outlet where no one else is named
    after_role = False  # the piece before was a job title
    for number, part in enumerate(_PIECES.split(text)):
        placed, after_role = after_role, False
        if number and ROLE_PIECE.match(part.strip()):
            after_role = True
            continue
        if number and (names or agencies) and is_city(part):
            continue  # the city the reporter files from: "Von A, Berlin", "By A, New York"
        if placed and _PLACE.match(part.strip()) and not AGENCY_WORD.fullmatch(part.strip()) \
                and not HOST_NAME.match(part.strip()) and not is_desk(part.strip()):
            continue  # where the job is: "A, Correspondent, Berlin", "A, Staff Writer, New York"
        if number and part.strip()[:1].islower() and not AND.match(f" {part.strip()}") \
                and not BY_PREFIX.match(part.strip()):
            # What the byline says of the names ("A, envoyé spécial à Kiev", "A, corresponsal en B"),
            # but for an agency it credits ("A, mit Material von dpa").
            agencies += [match.group() for match in AGENCY_WORD.finditer(part)][-1:]
            continue
        if _STAMP.match(part.strip()):
            continue  # a time stamp's label and its day ("Giriş: 12.04.2024 14:46", "Güncelleme: ...")
        if part.strip()[:1] in "来來出" and _SOURCE_LABEL.match(part.strip()):
            sources += byline_names(_SOURCE_LABEL.sub("", part.strip()))
            continue  # the outlet a story comes from ("来源：人民网 记者 A"): where no one signs
        if EDITOR_LABEL.match(part.strip()):
            editors += byline_names(EDITOR_LABEL.sub("", part.strip()))
            continue
        if number and CONTRIBUTOR.match(part.strip()):
            contributors += byline_names(CONTRIBUTOR.sub("", part.strip()))
            continue
        if " " in part and not is_desk(bare := BY_PREFIX.sub("", part.strip())) \
                and (desk := _desk_before_city(bare)):
            part = desk  # "নিজস্ব প্রতিবেদক ঢাকা": the city's element joined to the desk's, no comma
        # a job title after the name with no comma ("Juan Pérez Corresponsal en Bruselas": a <br> lost)
        if (role := ROLE_AFTER_NAME.search(rest := BY_PREFIX.sub("", part.strip()))) \
                and len(rest[:role.start()].split()) >= 2:
            part = rest[:role.start()]
        pieces = AND.split(part)
        if BY_PREFIX.sub("", part.strip()).isupper():
            pieces = [each for piece in pieces for each in _AND_CAPS.split(piece)]
        for piece in pieces:
            piece = without_filed_from(piece.strip(" :"))  # "Ivan Horvat u Zagrebu": the place goes
            if number and names and is_city(piece):
                continue  # "By A, Port Harcourt and B, Enugu": A's city before "and"
            if number and AFTER_NAME.match(f" {piece}"):
                # a piece after the names that is a day or a stamp ("Apr 12, 2024", "Updated"), or
                # a job title ("Senior Editor"; its beat or place may follow: ", Politics")
                after_role = after_role or bool(ROLE_START.match(piece) or ROLE_ONLY.search(piece))
                continue
            desk = BY_PREFIX.sub("", piece).strip()
            if desk.casefold() not in DESK_AUTHORS \
                    and (bare := _DESK_ARTICLE.sub("", desk)).casefold() in DESK_AUTHORS:
                desk = bare[:1].upper() + bare[1:]  # "Da Redação", "Von der Redaktion": the desk
            if is_desk(desk):  # "By Staff Reporter", "Redaktion"
                names.append(desk)
                # its place may follow its comma: "Staff Reporter, Karachi" (not "Redakcja; Anna Smith")
                after_role = after_role or f"{part.strip()}," in text
                continue
            if number:  # "By A, MA<br>WebMD Health News": the credentials, in capitals, are A's
                piece = LEADING_CREDENTIALS.sub("", piece)
            # "By A, AP Auto Writer": after the first name, a piece that is a job title is A's.
            job = number and (ROLE_ONLY.search(piece) or ROLE_START.match(piece))
            if not piece or CREDIT.match(piece) or BRACKETED_CREDIT.search(piece) or job:
                after_role = after_role or bool(job)
                continue
            if WHOLE_AGENCY.match(piece) or HOST_NAME.match(piece):  # as written: "dpa", "SITE.COM"
                agencies.append(piece)
                continue
            piece = CJK_ROLE_SUFFIX.sub("", _ANY_LABEL.sub("", ROLE_PREFIX.sub("", piece)))
            role = ROLE_ONLY.search(piece)
            case = greek_case(piece)  # "Του A": A in the genitive
            # "Alle Artikel", "Hans Müller Alle Artikel": an author's link's label is no name (read
            # whole before its "des" is taken for a "by": "Alle Artikel des Autors")
            bare = AFTER_NAME.sub("", BY_PREFIX.sub("", _KIND_BY.sub("", piece)))
            piece = "" if is_link_label(piece) else without_label(bare)
            if WHOLE_AGENCY.match(piece):  # "Mit Material von dpa": as written
                agencies.append(piece)
                continue
            # "AP Sports Writer" is a job title; "Ben Silverman Games Editor" holds a name.
            if not piece or (role and len(piece.split()) < 2) or _CALL_TO_ACTION.match(piece) \
                    or piece.casefold().replace(".", "") in CREDENTIALS:
                continue
            if piece.endswith(".") and _sentence(piece):  # an author box's line: "John writes about ..."
                continue
            if agency := TRAILING_AGENCY.match(piece):
                piece = agency["name"]
                agencies.append(agency["agency"])
            # trafilatura cuts "Voice of America" at its "of", capitalises a name in lower case word by
            # word, its particles too (cleaner.author.name_case)
            if whole_of_name(piece):
                normalized = piece
            elif (normalized := normalize_authors(None, piece)) and piece.islower():
                normalized = lower_name_cased(normalized, language)
            if normalized and any(char.isdigit() for char in piece) and ";" not in normalized:
                normalized = with_number(normalized, piece)
            for name in split_authors(normalized):
                if (cleaned := _clean_name(name)) and cleaned.casefold().replace(".", "") not in CREDENTIALS:
                    names.append(nominative(as_glued(with_ending(cleaned, piece), piece), case))
    return tuple(merged_names([], (names or sources or editors or contributors) + agencies))


# "from the" before a desk ("Da Redação", "De la Redacción", "Von der Redaktion", "Door de redactie").
_DESK_ARTICLE = re.compile(r"^(?:da|do|de\s+la|de|del|der|die|dalla|della|the)\s+", re.IGNORECASE)
# A Chinese source's label ("来源：", "出处：") before the outlet or agency a story comes from.
_SOURCE_LABEL = re.compile(r"^(?:来源|來源|出处|出處)\s*[:：]\s*")
# A label (one word or two) before a number: a time stamp ("Giriş: 12.04.2024", "Updated: 4 May"), no name.
_STAMP = re.compile(r"^[^\W\d_]{2,20}(?:\s[^\W\d_]{2,20})?\s*[:：]\s*\d")

# A place of one or two capitalised words, which a byline writes after a job title ("Berlin", "New York").
_PLACE = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)?$")

# A title before a name of two words or more ("Dr. Jane Doe", "Prof. Dr. Hans Müller", "Dott. Mario
# Rossi"): the name is the person's without it, as meta tags and author lists write it.
_HONORIFIC = re.compile(r"^(?:(?:dr|prof|mr|mrs|ms|mme|dott|dott\.ssa|prof\.ssa|ing|mgr|rev|revd|pr|lic|avv)"
                        r"\.?\s+)+(?=[^\W\d_]\S*\s+\S)",
                        re.IGNORECASE)


def with_number(name: str, written: str) -> str:
    """``name`` with the number ``written`` prints after it as part of an outlet's name ("France 24",
    "G1", "Canal 13"), which trafilatura's name cleaning cuts with all after it; as printed. Not a
    day, a time or a year ("12.04", "14:46", "2024"), nor a number before more words ("3 hours ago")."""
    at = rf"(?<!\w){re.escape(name)}"
    # spaced, at the piece's end or before a dash or comma ("France 24 — Paris"); glued, before anything
    match = re.search(rf"{at} \d{{1,3}}(?=\s*$|\s*,|\s+[–—-]\s)|{at}\d{{1,3}}(?!\w)", written, re.IGNORECASE)
    return match.group() if match else name


def _sentence(piece: str) -> bool:
    """``piece`` (ending with a full stop) is a sentence, no name: four words or more, two of them or
    more in lower case and no name's particle ("John writes about city hall.")."""
    words = piece.split()
    return len(words) >= 4 and sum(word[:1].islower() and word.casefold() not in NAME_PARTICLES
                                    for word in words) >= 2


def _clean_name(text: str | None) -> str | None:
    name = BY_PREFIX.sub("", clean_inline(text) or "")
    # ... and out of the full-width brackets Japanese and Chinese bylines stand in ("【山田太郎】",
    # "（王磊）"), whose closing one trafilatura's cleaning cuts
    name = _HONORIFIC.sub("", AFTER_NAME.sub("", name).strip(" ,;:|-–—【】（）［］〔〕"))
    if not any(char.isalpha() for char in name) or len(name) > _MAX_AUTHOR_CHARS \
            or name.casefold() in PLACEHOLDER_AUTHORS \
            or _CALL_TO_ACTION.match(name) or STAMP_LABEL.match(name):
        return None
    return name
