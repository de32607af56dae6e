"""A byline's text made ready before its pieces are read (``cleaner.author.bylines``).

What is cut or rewritten in the whole text, in the languages of the news, before it is split at its
separators: an info line's author field ("来源：新华网 作者：王晓明"), a time ago ("il y a 3 heures"), a
dateline's day, an author box's sentence on the person ("Jane Doe is a reporter ..."), links, e-mail
addresses and handles, a language's own "and" ("Ni A at B", Slovenian "A in B": the page's language,
``byline_language``), a name then its outlet after a full stop ("Jane Doe. The Chronicle"), a label for
the text and the photos of one person, and more authors or an agency in brackets ("(avec B)", "(Reuters)").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from cleaner.author.author_names import NAME_PARTICLES
from cleaner.author.by_words import BY_PREFIX, OUR_TRADE_COMMA, REPORTER_OF, UPPER
from cleaner.author.byline_cities import without_dateline
from cleaner.author.byline_roles import AGENCIES, BRACKETED_AGENCY, WEEKDAY_COMMA
from cleaner.author.byline_shapes import COMMA_LABEL
from cleaner.author.greek_bylines import articles_apart
from cleaner.author.script_bylines import info_line_author, parted_by_script

# Filipino "Ni" and Swahili "Na" (by) before a byline whose "and" is "at" or "na", words that are
# English or a Korean family name elsewhere: read as "and" only after that "by".
_OWN_BY = re.compile(rf"^(?P<by>Ni|NI|Na|NA)\s+(?=[{UPPER}])")
_OWN_AND = {"ni": re.compile(rf"\s+at\s+(?=[{UPPER}])"), "na": re.compile(rf"\s+na\s+(?=[{UPPER}])")}


def _own_and(text: str, language: str = "") -> str:
    """``text`` as "By A and B" where it is "Ni A at B" or "Na A na B" (see ``_OWN_BY``); a Swahili
    page's "Na A" as "By A" ("Na" is no Korean family name there)."""
    if not (by := _OWN_BY.match(text)):
        return text
    rest = text[by.end():]
    parted = _OWN_AND[by["by"].lower()].sub(" and ", rest)
    return f"By {parted}" if parted != rest or (language == "sw" and by["by"] in ("Na", "NA")) else text


# The "and" of a language that is an ordinary word of others: Slovenian "in" (English "in"), Maltese
# "u" (Croatian, Bosnian and Serbian "u", "in"). Read as "and" between two capitalised words only on a
# page in that language (its ``<html lang>``, see ``byline_language``): "Janez Novak in Maja Kovač".
_LANGUAGE_AND = {"sl": re.compile(r"(?<=[^\W\d_])\s+in\s+(?=[^\W\d_])"),
                 "mt": re.compile(r"(?<=[^\W\d_])\s+u\s+(?=[^\W\d_])")}
# The language of the page whose bylines are read ("" where none is known).
_LANGUAGE: ContextVar[str] = ContextVar("byline_language", default="")


@contextmanager
def byline_language(language: str | None) -> Iterator[None]:
    """Bylines read inside this block are the page's in ``language`` (a language tag: "sl", "mt-MT")."""
    token = _LANGUAGE.set((language or "").split("-")[0].split("_")[0].strip().casefold())
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def _language_and(text: str, language: str) -> str:
    """``text`` with ``language``'s own "and" (see ``_LANGUAGE_AND``) as "and", where it stands between
    two capitalised words; Arabic's "و" glued to the second name (see ``_arabic_and``)."""
    if language == "ar" and " و" in text:
        return _arabic_and(text)
    if (own := _LANGUAGE_AND.get(language)) is None:
        return text

    def between_names(match: re.Match[str]) -> str:
        before, after = text[:match.start()].split()[-1:], text[match.end():match.end() + 1]
        return " and " if before and before[0][:1].isupper() and after.isupper() else match.group()

    return own.sub(between_names, text)


# Arabic's "and" glued to the word after it, between two names of two or three words each ("محمد أحمد
# وخالد يوسف": Mohammed Ahmed and Khaled Youssef); a byline of up to six words, read on Arabic pages only.
# Not where the word is a given name that opens with "و" ("أحمد محمد وليد حسن": Walid is a name, and the
# line one man's four names).
_ARABIC_AND = re.compile(r"^(?P<first>(?:[\u0621-\u064a]+\s+){1,2}[\u0621-\u064a]+)\s+و\s*"
                         r"(?P<second>[\u0621-\u064a]{2,}(?:\s+[\u0621-\u064a]+){1,2})$")
_WAW_NAMES = frozenset({
    "وليد", "وائل", "وسام", "وفاء", "وحيد", "وجدي",
    "وديع", "وصفي", "وضاح", "ورد", "وعد", "وهيب",
    "وداد", "وجيه", "وهبة", "وهبي", "ولاء", "وصال",
    "وئام", "وجدان", "ودود", "وسيم", "وفيق", "وليم",
    "وردة", "وهاب", "ونيس", "واصف", "وافي", "والي",
    "وداعة", "وفيقة",
})


def _arabic_and(text: str) -> str:
    """``text`` as "A and B" where it is two Arabic names joined by a glued "و" (see ``_ARABIC_AND``)."""
    label, colon, names = text.rpartition(":")
    match = _ARABIC_AND.match(names.strip())
    if not match or len(names.split()) > _ARABIC_AND_WORDS or f"و{match['second'].split()[0]}" in _WAW_NAMES:
        return text
    return f"{label}{colon} {match['first']} and {match['second']}".strip()


_ARABIC_AND_WORDS = 6


# A name, a full stop, and more words: the outlet or a second name after it ("Jane Doe. The Chronicle").
_DOT_APART = re.compile(r"\s*(?P<name>[^.]+?[^\W\d_]{2})\.\s+(?P<rest>[^.]+?)\s*")


_SMALL_WORDS = NAME_PARTICLES | {"of", "the", "and", "for", "on"}
# Words written with a full stop after them before a name ("By Rev. John Smith", "Gen. Jane Doe").
_ABBREVIATIONS = frozenset({"dr", "prof", "mr", "mrs", "ms", "mme", "dott", "ing", "mgr", "rev", "revd", "pr",
                            "lic", "avv", "st", "sr", "jr", "gen", "col", "lt", "capt", "sgt", "gov", "sen",
                            "rep", "hon", "sir", "fr", "mag", "dipl", "vs"})


def dot_apart(text: str) -> str:
    """"Jane Doe. The Chronicle" as "Jane Doe; The Chronicle": a name of two to four capitalised
    words, its last no initial nor a title ("J. Smith", "Dr. Jane Doe", "By Rev. John Smith" stay), a
    full stop, then one to four capitalised words, a name's particle or "of", "the" beside them (not
    a sentence: "Jane Doe. Sie ist Redakteurin")."""
    if ". " not in text or not (match := _DOT_APART.fullmatch(text)):
        return text
    name, rest = BY_PREFIX.sub("", match["name"]).split(), match["rest"].split()
    if 2 <= len(name) <= 4 and name[-1].casefold() not in _ABBREVIATIONS and 1 <= len(rest) <= 4 \
            and all(word[:1].isupper() for word in name) and rest[0][:1].isupper() \
            and all(word[:1].isupper() or word in _SMALL_WORDS for word in rest):
        return f"{match['name']}; {match['rest']}"
    return text


def has_language_and() -> bool:
    """The language of the page being read has an "and" of its own (see ``_LANGUAGE_AND``)."""
    return _LANGUAGE.get() in _LANGUAGE_AND


def language_and(text: str) -> str:
    """``text`` with the own "and" of the language of the page being read as "and" (see ``_LANGUAGE_AND``)."""
    return _language_and(text, _LANGUAGE.get())


# A link, a profile's or an e-mail address, a social handle in an author field is no name
# ("https://x.example/author/anna", "김철수 기자 kim@example.co.kr", "News reporter @TomGillespie1"),
# nor its label before it ("Email: jane@example.com", "Twitter: @janedoe", "X: @janedoe").
_LINK = re.compile(r"(?:\b(?:e-?mail|mail|courriel|correo|twitter|instagram|facebook|linkedin|bluesky|"
                   r"threads|mastodon|telegram)\s*[:：]?\s*|\bX\s*[:：]\s*)?"
                   r"(?:\b(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<!\S)@\w+)", re.IGNORECASE)


# A byline's label for the text and the photos of one person: "Text und Fotos: A", "Texte et photos : A".
_TEXT_AND_PHOTOS = re.compile(
    r"^(text|texto|texte|testo|tekst|текст)\s+(?:und|and|et|y|e|i|og|och|en|и)\s+(?:fotos?|photos?|фото)\s*:",
    re.IGNORECASE)
# ... in Vietnamese ("Bài và ảnh: A", "Bài, ảnh: A", "Bài/ảnh: A"; a news item's "Tin, ảnh: A"): its "và"
# and its comma are no separators of names; "Bài:" (text) is a label as any other.
_VI_TEXT_AND_PHOTOS = re.compile(r"^(bài|tin)\s*(?:và|,|&|/|-)\s*ảnh\s*(?=[:：])", re.IGNORECASE)
# ... in Korean: "글·사진 김철수 기자".
_KOREAN_TEXT_AND_PHOTOS = re.compile(r"^글\s*[·/]\s*사진\s+")


# A time ago after the name: "il y a 3 heures", "hace 2 horas", "há 2 horas", "vor 3 Stunden", "3 ore fa".
_AGO = re.compile(r"\s+(?:(?:il\s+y\s+a|hace|há|vor)\s+\d+\s+[^\W\d_]+|\d+\s+[^\W\d_]+\s+fa)\b\.?",
                  re.IGNORECASE)
# An author box's sentence on the person ("Jane Doe is a reporter covering ...", "Anna Schmidt ist
# Redakteurin ...", "Jean Dupont est journaliste ..."): the name is its subject; the rest (an outlet
# after "for") names no author.
_BIO = re.compile(
    rf"(?:^|(?<=[;|•\n]\s)|(?<=[;|•\n]))(?P<name>(?-i:[{UPPER}][\w'’.-]*)(?:\s+(?-i:[{UPPER}][\w'’.-]*|de|van|von|der|da|di|del|la|le)){{1,4}})"
    r"\s+(?:is|was|has\s+been|writes|covers|reports|joined|ist|war|schreibt|est|a\s+rejoint|es|fue|escribe|è|é)"
    r"\s+\w[^;|•\n]*")


# "(avec B et C)", "(with B)": more authors in brackets after the first.
_WITH = re.compile(r"[(\[]\s*(?:avec|with|mit|con|com|med|z|с|along with)\s+([^)\]]+)[)\]]", re.IGNORECASE)


# A photographer's credit with the agency after a slash ("Foto: Erik Berg/TT", "Photo: A/AFP"): the
# agency is the picture's, not the story's; read as one credit.
_CREDITED_AGENCY = re.compile(
    rf"(?P<credit>\b(?:fotos?|photos?|bild|kuvat?|foto\w*)\s*[:：]\s*[^/;|:\n]{{2,40}}?)\s*/\s*(?=(?:{AGENCIES})\b)",
    re.IGNORECASE)


# An agency and an outlet in brackets after the name: "A (TTXVN/Vietnam+)", "A (dpa/lnw)" (not two
# agencies: "A (AP/Reuters)").
_AGENCY_OUTLET = re.compile(
    rf"[(\[]\s*(?P<agency>{AGENCIES})\s*/\s*(?!(?:{AGENCIES})\s*[)\]])[^()\[\]/]{{2,20}}[)\]]", re.IGNORECASE)


# The outlet in brackets closing a byline, after the names, its name holding an apostrophe ("By Zhang San
# (People's Daily Online)", "Par A (L'Orient-Le Jour)"): trafilatura's reading of the names kept the words
# after the apostrophe as a name's ("Zhang San s Daily Online"); a bracket without one it drops itself.
# A few capitalised words; an agency in brackets is read before (``BRACKETED_AGENCY``).
_BRACKETED_OUTLET = re.compile(
    rf"(?<=[^\W\d_])\s*[(\[](?=[^()\[\]]*['’])\s*[{UPPER}][\w'’.-]*"
    rf"(?:\s+(?:[{UPPER}&][\w'’.-]*|of|the|de|du|del|da)){{0,4}}\s*[)\]]$")


# Who updated or reviewed the story, after its byline ("By A | Updated Dec 3, 2024 by B", "Reviewed by
# Dr. C", "Mis à jour par D", "Aktualisiert von E"): not its author. (Up to the next separator.)
_UPDATED_BY = re.compile(
    r"\b(?:(?:last\s+)?updated|modified|reviewed|medically\s+reviewed|fact[- ]checked|mis\s+à\s+jour|"
    r"actualizado|atualizado|aggiornato|aktualisiert)\b[^;|•]{0,40}?\b(?:by|par|por|da|von)\s+[^;|•]+",
    re.IGNORECASE)


def page_language() -> str:
    """The language of the page whose bylines are read ("" where none is known; see ``byline_language``)."""
    return _LANGUAGE.get()


def prepared_byline(text: str, language: str = "") -> str:
    """``text`` (a byline, cleaned inline) made ready to be split at its separators (see the module)."""
    text = info_line_author(text) or text  # "来源：新华网 作者：王晓明 2024-04-12": the author's field
    # a time ago in other languages, before its words are read as "and" ("il y a", "y", "a")
    text = _AGO.sub("", text)
    if " " in text and ("pdate" in text or "eview" in text or "odified" in text or "hecked" in text
                        or "jour" in text or "tualiz" in text or "ggiorn" in text):
        text = _UPDATED_BY.sub("", text)  # "Updated Dec 3 by B": B updated it
    text = without_dateline(WEEKDAY_COMMA.sub(r"\1", text))  # "A Mittwoch, 12. April 2024"
    if " " in text:  # "Jane Doe is a reporter covering city hall for The Chronicle."
        text = _BIO.sub(r"\g<name>", text)
    if "," in text:  # "De notre envoyé spécial à Kiev, A": the lead-in goes before the text is split
        text = OUR_TRADE_COMMA.sub("", text)
    text = parted_by_script(articles_apart(COMMA_LABEL.sub("", REPORTER_OF.sub("", _LINK.sub(" ", text)))))
    if "ảnh" in text:  # "Bài và ảnh: A", before its "và" is read as "and"
        text = _VI_TEXT_AND_PHOTOS.sub(r"\1", text)
    text = _language_and(_own_and(text, language), language)  # "Ni A at B", "Na A na B", Slovenian "A in B"
    text = dot_apart(text)  # "Jane Doe. The Chronicle"
    text = _TEXT_AND_PHOTOS.sub(r"\1:", text)  # "Text und Fotos: A": A wrote the text
    if "/" in text and ":" in text:  # "Foto: Erik Berg/TT": the agency is the photographer's
        text = _CREDITED_AGENCY.sub(r"\g<credit> ", text)
    text = _KOREAN_TEXT_AND_PHOTOS.sub("글 ", text)  # "글·사진 A 기자" (text and photos: A)
    text = _WITH.sub(lambda match: f"; {match.group(1)}", text)
    text = BRACKETED_AGENCY.sub(lambda match: f"; {match.group(1)}", text)  # "By A (Reuters)"
    if text.endswith((")", "]")) and ("'" in text or "’" in text):  # "By A (People's Daily Online)"
        text = _BRACKETED_OUTLET.sub("", text)
    # "Phạm Thị Lan (TTXVN/Vietnam+)": the agency, then the outlet that runs its story
    return _AGENCY_OUTLET.sub(lambda match: f"; {match['agency']}", text) if "/" in text else text
