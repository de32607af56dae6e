"""The furniture at the top and the foot of an extracted body: the headline and the bylines.

Extraction sometimes starts above the article's first paragraph and brings along what the page
sets around the headline, and ends with the signature many outlets put under the article. These
are page fields, not the article's text:
- the headline (the ``title`` field), after a short kicker such as a section name;
- the byline ("By Jonathan Greig · March 18th, 2024"), when it names one of the page's authors;
- a credit line without "by" ("Jane Doe | Reuters", "Jane Doe, AP": names, then a wire agency or
  the page's outlet, as ``cleaner.author.bylines.credit_line_names`` reads it), or a "by" line naming
  people the page's authors do not: it goes to the authors;
- the signature at the foot: "Autor: Jan Kowalski", a credit line ("Jan Kowalski / PAP"), or a name
  alone set in bold or to the right (Vietnamese, Russian, Chinese papers sign their articles so), a
  Japanese paper's reporters in brackets ("（山田太郎）"), a Vietnamese paper's "PV" or "Theo TTXVN"
  (the source it was written from): it goes to the authors.
A deck or a caption beside the headline stays here: where extraction keeps one, the gold texts at
hand keep it too (a deck rule tried on them removed two such blocks, both in the gold). The one
exception, a deck set in the headline's ``<header>`` as an ``<h2>`` or a block named for a deck, is
``cleaner.body.leads.without_header_deck``'s.
"""

from __future__ import annotations

import re

from lxml.etree import XPath

from cleaner.author.author_names import name_key
from cleaner.author.byline_cities import is_city
from cleaner.author.byline_shapes import (
    MAX_NAME_WORDS,
    is_cjk_byline,
    lower_words,
    name_length,
    name_shaped,
    opens_byline,
)
from cleaner.author.bylines import BY_PREFIX, WHOLE_AGENCY, byline_names
from cleaner.author.credit_lines import credit_line_names
from cleaner.author.script_bylines import japanese_signature, vietnamese_signature
from cleaner.body.author_bios import without_author_bio
from cleaner.title.kickers import strip_kicker
from core.text import clean_text, single_spaced

# The headline is looked for in the body's first lines, after kickers of a few words.
_HEADLINE_WITHIN = 3
_KICKER_WORDS = 4
_BYLINE_WITHIN = 3
_BYLINE_WORDS = 15
_CREDIT_CHARS = 100
# A breadcrumb before the headline: "News › India News › Headline" (one to five short steps).
_CRUMBS = re.compile(r"^(?:[^›»>|\n]{1,40}?\s+[›»>]\s+){1,5}")
# A date line under the headline that labels the time ("TOI Desk / SITE.COM / Updated: Apr 12, 2024,
# 14:46 IST"): a year and a clock after the label.
_STAMP = re.compile(r"\b(?:updated|published|posted)\s*:?\s.*(?<!\d)(?:19|20)\d\d(?!\d).*\d{1,2}:\d\d",
                    re.IGNORECASE)
_STAMP_WORDS = 15
# A byline may be an item of a list ("- By A") and its label read aloud ("- Author, A").
_BY = re.compile(r"^(?:-\s+)?(?:by|von|par|por|di|door|av|af|przez|от|authors?\s*,)\s", re.IGNORECASE)
# The other items of a byline's list: the author's role and place ("- Role, Cyber correspondent").
_LIST_ITEM = re.compile(r"^-\s+\S")
_ITEM_WORDS = 8
# "Autor: Jan Kowalski" and its kin, the label of a signature ("Reporter:" opens an interview's
# questions, not a signature).
_SIGNATURE_LABEL = re.compile(
    r"^(?:autor(?:ka|es|a)?|author|auteur|tác giả|автор|yazar|penulis|oleh|text|texto|texte|"
    r"tekst|текст|written by|by|"
    # Vietnamese "news, photos" and "story and photos" ("Tin, ảnh: A", "Bài và ảnh: A")
    r"(?:tin|bài)\s*(?:và|,|&|/|-)\s*ảnh)\s*[:：]\s*\S", re.IGNORECASE)
# A name alone: two to four capitalised words, no digits.
_NAME_ALONE = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3}$")
_SIGNATURE_WORDS = 6
# The credit list in brackets that closes an agency's copy: "AGERPRES/(AS - autor: Florin Marin, editor:
# Mihai Simionescu, editor online: Gabriela Badea)": the name labelled author signs it.
_CREDIT_LIST = re.compile(
    r"^[^\W\d_][\w .-]{0,30}/?\s*\(\s*(?:[^\W\d_]{1,5}\s*[-–]\s*)?"
    r"(?:autor|author|auteur|автор|pewarta)\s*:\s*"
    r"(?P<name>[^,;:()]{3,60}?)\s*(?:[,;]\s*[^\W\d_][\w ]{1,20}:\s*[^,;:()]{2,60})*\)$", re.IGNORECASE)
# Where a name alone is a signature: set in bold, or aligned right, or named as the author.
_SET_APART = XPath(
    "//*[self::strong or self::b or contains(translate(@style, 'RIGHT', 'right'), 'right')"
    " or contains(@class, 'author')]")


def without_opening(text: str, title: str | None, authors: list[str]) -> str:
    """``text`` without the headline and byline lines it opens with (see above)."""
    text = _without_headline(text, title)
    lines = text.split("\n")
    drop = {index for index, line in enumerate(lines[:_BYLINE_WITHIN])
            if _is_byline(line, authors) or _is_stamp(line)}
    for index in sorted(drop):
        if _LIST_ITEM.match(lines[index]):
            drop |= _list_around(lines, index)
    if not drop or len(drop) == len(lines):
        return text
    return clean_text("\n".join(line for index, line in enumerate(lines) if index not in drop))


def _without_headline(text: str, title: str | None) -> str:
    """The headline is the ``title`` field; a body that opens with it (after a short kicker such
    as a section name) repeats it."""
    lines = text.split("\n")
    wanted = single_spaced(title or "").casefold()
    start = 0
    for index, line in enumerate(lines[:_HEADLINE_WITHIN]):
        if wanted and single_spaced(line).casefold() == wanted:
            return clean_text("\n".join(lines[index + 1:]))
        # The headline after a label the title left out ("LIVE", "EXCLUSIVE:", "[단독]" in the <h1>).
        if wanted and single_spaced(line).casefold().endswith(wanted) \
                and single_spaced(strip_kicker(line)).casefold() == wanted:
            return clean_text("\n".join(lines[index + 1:]))
        if wanted and _after_glued_kicker(single_spaced(line).casefold(), wanted):
            return clean_text("\n".join(lines[index + 1:]))
        if wanted and single_spaced(_CRUMBS.sub("", line)).casefold() == wanted and _CRUMBS.match(line):
            start = index + 1  # the breadcrumb ends with the headline; the headline may follow it
            continue
        if len(line.split()) > _KICKER_WORDS:
            break
    if start:
        return clean_text("\n".join(lines[start:]))
    return _without_repeated_headline(lines, wanted) if wanted else text


_MIN_GLUED_HEADLINE_WORDS = 3
_SENTENCE_MARKS = (".", "!", "?", ",", ":")


def _after_glued_kicker(line: str, wanted: str) -> bool:
    """``line`` (folded) is the headline after its kicker with no mark between them: the kicker's
    and the headline's <span>s in one heading ("Abstimmung im Parlament Bundestag beschließt
    Rentenpaket"), read as one line. A kicker of a few words, no sentence's stop in them; a headline
    of a few words (a short one may end a sentence or a subheading too)."""
    if not line.endswith(" " + wanted) or len(wanted.split()) < _MIN_GLUED_HEADLINE_WORDS:
        return False
    kicker = line[:-len(wanted)].split()
    # A kicker is words: a bullet before the headline is a list's item (a list of other stories).
    return 0 < len(kicker) <= _KICKER_WORDS and all(any(ch.isalpha() for ch in word) for word in kicker) \
        and not any(word.endswith(_SENTENCE_MARKS) for word in kicker)


# The headline repeated a little further down, after the lead: a video's or a picture's title under
# the first paragraph (CNN sets the story's headline over the video it opens with).
_REPEATED_WITHIN = 5
_MIN_REPEATED_WORDS = 4


def _without_repeated_headline(lines: list[str], wanted: str) -> str:
    """``lines`` without a line among the first few that is the headline itself (``wanted``, folded),
    a headline of a few words at least (a short one may be a subheading's words too)."""
    if len(wanted.split()) < _MIN_REPEATED_WORDS:
        return "\n".join(lines)
    kept = [line for index, line in enumerate(lines)
            if index >= _REPEATED_WITHIN or single_spaced(line).casefold() != wanted]
    return "\n".join(kept) if kept else "\n".join(lines)


def _list_around(lines: list[str], index: int) -> set[int]:
    """The short items of the list a byline item at ``index`` belongs to (role, place, date): a
    byline's list, not the article's (whose items are sentences)."""
    found = set()
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(lines) and _LIST_ITEM.match(lines[at]) and len(lines[at].split()) <= _ITEM_WORDS \
                and not lines[at].rstrip().endswith((".", "!", "?", "。")):
            found.add(at)
            at += step
    return found


def _is_stamp(line: str) -> bool:
    """A short line that labels the story's time ("... / Updated: Apr 12, 2024, 14:46 IST"), not a
    sentence."""
    return len(line.split()) <= _STAMP_WORDS and bool(_STAMP.search(line)) \
        and not line.endswith((".", "!", "?", "。"))


def _is_byline(line: str, authors: list[str]) -> bool:
    words = line.split()
    folded = line.casefold()
    return len(words) <= _BYLINE_WORDS and bool(_BY.match(line) or opens_byline(line)) \
        and any(name.casefold() in folded for name in authors)


def _credit_line(line: str, authors: list[str]) -> list[str]:
    """The names of a credit line without "by" (see ``credit_line_names``), its outlet one of the
    page's ``authors`` where it is no wire agency."""
    if len(line) > _CREDIT_CHARS:  # a paragraph (cheap: its words are not split)
        return []
    outlets = {name_key(name) for name in authors}
    return credit_line_names(line, lambda last: name_key(last) in outlets)


# A label that is a byline's only with its colon or its "by" ("Text: A", "Words by A"; not "Text
# Without Notes").
_BARE_LABEL = re.compile(r"^(?:text|texto|texte|testo|tekst|текст|words|written|reported|reporting)\s+"
                         r"(?![:：]|by\s|von\s|par\s|por\s)", re.IGNORECASE)


# The marks a Chinese paper sets before its byline; a Chinese name in one word ("文/李四": text by).
_CJK_BULLETS = frozenset("□◎■●▲◆")
_HAN_NAME = re.compile(r"^[\u3400-\u9fff]{2,4}$")


def _top_byline(line: str) -> list[str]:
    """The names of a "by" line that names people the page's authors do not ("By Jane Doe and John
    Roe", "Von Anna Schmidt"): each two to four capitalised words (an agency alone counts), no other
    word in lower case ("By the numbers", "By the end of the week, ...")."""
    if line[:1] in _CJK_BULLETS:  # "□ 本报记者 李四", "◎ 记者 李四": a Chinese paper's mark before it
        line = line[1:].lstrip()
    if len(line) > _CREDIT_CHARS or len(line.split()) > _BYLINE_WORDS or not opens_byline(line) \
            or _BARE_LABEL.match(line) or not name_shaped(line) \
            or line.rstrip().endswith((".", "!", "?", "。")):
        return []
    names = byline_names(line)
    people = [name for name in names if not WHOLE_AGENCY.match(name)]
    if not names or lower_words(BY_PREFIX.sub("", line, count=1)) \
            or not all((len(name.split()) >= 2 or _HAN_NAME.match(name))
                       and name_length(name) <= MAX_NAME_WORDS for name in people):
        return []
    return names


def signature(tree, text: str, authors: list[str]) -> tuple[str, list[str]]:
    """(``text`` without the signature at its foot or a credit line at its top, the names they
    give) (see above); the names are only used where the page names no author otherwise. The
    byline's writer's bio at the text's end goes first (``cleaner.body.author_bios``)."""
    text = without_author_bio(text, authors)
    top = text.split("\n", _BYLINE_WITHIN)[:_BYLINE_WITHIN]  # the first lines only (cheap)
    for index, line in enumerate(top if "\n" in text else []):
        if names := _credit_line(line, authors) or _top_byline(line):
            lines = text.split("\n")
            rest, more = _foot_signature(tree, "\n".join(lines[:index] + lines[index + 1:]), authors)
            return rest, [*names, *(name for name in more if name not in names)]
    return _foot_signature(tree, text, authors)


def _foot_signature(tree, text: str, authors: list[str]) -> tuple[str, list[str]]:
    lines = text.split("\n")
    last = lines[-1].strip() if len(lines) > 1 else ""
    if credits := _CREDIT_LIST.match(last):
        return "\n".join(lines[:-1]), [name for name in byline_names(credits["name"])
                                       if name_length(name) <= MAX_NAME_WORDS]
    if signed := japanese_signature(last, text):  # "…と話した。（山田太郎）"
        rest, names = signed
        return "\n".join([*lines[:-1], *([rest] if rest else [])]), names
    # "PV", "Theo TTXVN", "Hoài Thu (Theo Reuters)", "Nguyễn Văn An - Trần Thị Bình" (more words)
    if last and (signed_vi := vietnamese_signature(last, text)):
        return "\n".join(lines[:-1]), signed_vi
    if last and len(last) <= _SIGN_OFF_CHARS and (agency := _agency_sign_off(last)):
        return "\n".join(lines[:-1]), [agency]
    if not last or len(last.split()) > _SIGNATURE_WORDS:
        return text, []
    if is_cjk_byline(last):  # "김철수 기자 kim@example.co.kr", "山田太郎 編集委員" under the article
        names = byline_names(last)
        if not names:
            return text, []
    elif _SIGNATURE_LABEL.match(last):
        names = [name for name in byline_names(last) if name_length(name) <= MAX_NAME_WORDS]
        if not names:
            return text, []
    elif _NAME_ALONE.match(last) and all(word[0].isupper() for word in last.split()) \
            and (single_spaced(last) in {single_spaced(name) for name in authors} or _set_apart(tree, last)
                 or (not authors and _closing_paragraph(tree, last, text))):
        names = [last]
    elif credit := _credit_line(last, authors):  # "Jane Doe / AFP" under the article
        names = credit
    elif "," in last and (filed := _signed_from(tree, last)):  # "Tunde Bakare, Abuja" in bold
        names = filed
    else:
        return text, []
    return "\n".join(lines[:-1]), names


# A wire agency's name alone closing the story, perhaps in brackets and before the outlet that runs its
# copy ("VNA", "(Xinhua)", "(TTXVN/Vietnam+)", "AFP/VNA"): a sign-off, read as the agency's credit.
_SIGN_OFF_CHARS = 40
_SIGN_OFF_PARTS = 2


def _agency_sign_off(line: str) -> str | None:
    bare = line.strip().removeprefix("(").removesuffix(")").strip()
    parts = [part.strip() for part in bare.split("/")]
    if len(parts) > _SIGN_OFF_PARTS or not parts[0] or any(len(part.split()) > 3 for part in parts):
        return None
    return parts[0] if WHOLE_AGENCY.match(parts[0]) else None


def _signed_from(tree, line: str) -> list[str]:
    """The name of a signature set apart that gives the city it was filed from after a comma (the
    Nigerian and Kenyan press: "Tunde Bakare, Abuja", "Chinedu Okafor, Port Harcourt"), or none."""
    name, _, place = line.rpartition(",")
    name = name.strip()
    if not is_city(place) or not _NAME_ALONE.match(name) \
            or not all(word[0].isupper() for word in name.split()):
        return []
    return [name] if _set_apart(tree, line) else []


# The story's closing paragraph holding a name alone where the page names no author (agencies sign so:
# "Hala Zain"): a <p> of two or three capitalised words after two of the story's paragraphs in its block
# and before none, none of them a word the story writes in lower case ("Follow Us", "Thank You": the
# story says "follow", "you"), nor a button's. Looked for only on such a last line (a rare case).
_CLOSING_NAME_WORDS = (2, 3)
_PARAGRAPHS_BEFORE = 2
_PARAGRAPHS = XPath("//p")
_BUTTON_WORDS = frozenset({
    "follow", "us", "thank", "you", "share", "subscribe", "more", "read", "photo", "photos", "video",
    "videos", "gallery", "related", "comments", "print", "email", "contact", "home", "news", "latest", "top",
    "back", "next", "previous", "end", "advertisement"})
_WORD = re.compile(r"[^\W\d_]+")


def _closing_paragraph(tree, line: str, text: str) -> bool:
    low, high = _CLOSING_NAME_WORDS
    words = [word.casefold() for word in line.split()]
    if not low <= len(words) <= high or any(word in _BUTTON_WORDS for word in words):
        return False
    written = {word for word in _WORD.findall(text) if word.islower()}
    if any(word in written for word in words):
        return False
    for element in _PARAGRAPHS(tree):
        if len(element) == 0 and single_spaced(element.text_content()) == line:
            # the story's paragraphs before it in its block, none after it (a share bar, tags hold none)
            before = sum(1 for sibling in element.itersiblings("p", preceding=True))
            return before >= _PARAGRAPHS_BEFORE and all(
                sibling.tag != "p" and not sibling.xpath(".//p") for sibling in element.itersiblings()
                if isinstance(sibling.tag, str))
    return False


def _set_apart(tree, line: str) -> bool:
    return any(single_spaced(element.text_content()) == line for element in _SET_APART(tree))
