"""A byline with no "by" and no marker: a lone name set apart between the headline and the text.

Many templates (regional papers, WordPress themes, Balkan and Eastern European CMSs) print the
author as a bare name: in bold in its own paragraph right under the headline ("<p><strong>Jean
Dupont</strong></p>"), or in its own short element just above or below the date ("<span>Ana
Marić</span><time>12.04.2024.</time>"). Read strictly, and only where no other path named anyone
(``cleaner.author.page_bylines``):
- between the page's first headline and the text's first paragraph, a few elements at most;
- the whole of its block is the name: two to four words (particles apart), each capitalised, in a
  script with case (Latin, Cyrillic, Greek): "Jean-Pierre Dupont", "Анна Петрова", "Γιώργος Παπαδόπουλος";
- bold, or beside the date (a <time>, or a short text of digits such as "12.04.2024, 14:46"), or
  with the date in its own text after a bar, a dot or a line break ("Jan Kowalski | 12.04.2024");
- no link nor in one (a related story, a topic's tag), no caption nor credit (a photographer), not in
  the page's chrome, no label (a class naming a tag, topic, category, section or kicker; "Breaking
  News"), no place (a big city, a class naming the place: the dateline's "<strong>New Delhi</strong>"),
  not a person the headline names (the story's subject).
"""

from __future__ import annotations

import re

from cleaner.author.author_names import NAME_PARTICLES
from cleaner.author.byline_cities import is_city
from cleaner.author.byline_places import in_chrome, in_media
from cleaner.author.byline_shapes import MAX_NAME_WORDS, lower_words, name_length
from cleaner.author.bylines import byline_names

# The text has begun: a paragraph of a sentence's length.
_TEXT_CHARS = 120
_BOLD = frozenset({"strong", "b"})
_OWN_ELEMENTS = frozenset({"p", "div", "span", "address", "small", "em", "strong", "b", "i", "li"})
# A label, a list of topics or the dateline's place, not an author.
_LABEL_CLASS = re.compile(r"tag|topic|categor|section|kicker|label|breadcrumb|keyword|rubri|flag|badge|"
                          r"place|location|city|dateline|(?<![a-z])ort(?![a-z])|lugar|luogo|lieu",
                          re.IGNORECASE)
# Words of labels that template sets in bold or beside the date: not a person's.
_LABEL_WORDS = frozenset({
    "news", "breaking", "live", "update", "updates", "latest", "exclusive", "opinion", "analysis",
    "editorial", "video", "videos", "photo", "photos", "gallery", "sponsored", "advertisement", "related",
    "top", "stories", "story", "most", "read", "listen", "watch", "share", "comments", "newsletter",
    "subscribe", "premium", "nachrichten", "aktuell", "eilmeldung", "meinung", "noticias", "última", "hora",
    "opinión", "actualités", "direct", "notizie", "ultim'ora", "новости", "главное", "видео", "ειδήσεις",
    "wiadomości", "vijesti", "key", "points", "takeaways", "summary", "highlights", "note", "fact", "check",
    "brief", "overview", "contents", "content", "partner", "podcast", "print", "email", "home", "menu",
    "search", "facebook", "twitter", "whatsapp", "linkedin", "telegram",
})
# A date or time: "12.04.2024", "2024-04-12", "14:46", "12 avril 2024".
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}|\d{1,2}:\d\d|(?<!\d)(?:19|20)\d\d(?!\d)")
_DATE_CHARS = 60
# A linked title of a story has this many words.
_TITLE_WORDS = 4
# A name's word: capitalised ("Dupont", "Jean-Pierre", "O'Brien", "McDonald") or an initial ("J.").
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:['’-][^\W\d_]+)*\.?$")


def lone_byline(elements: list, headline: str) -> list[str]:
    """The name of a lone byline in ``elements``, those after the page's ``headline`` in document
    order (see above), or []."""
    headline = " ".join(headline.split()).casefold()
    for element in elements:
        if element.tag == "p" and len(element.text_content().strip()) > _TEXT_CHARS:
            return []  # the text has begun
        if element.tag not in _OWN_ELEMENTS:
            continue
        name, dated = _name_and_date(element)
        if not name or not _name_shaped(name) or name.casefold() in headline or is_city(name):
            continue
        block = parent = element.getparent()
        if parent is not None and parent.tag in _BOLD | {"em", "i"}:
            block = parent.getparent()  # <p><strong><em>Name</em></strong></p>
        bold = (element.tag in _BOLD or (parent is not None and parent.tag in _BOLD)) \
            and block is not None and _own_text(block) == name
        if not (bold or dated or _beside_a_date(element)) or not _set_apart(element):
            continue
        names = byline_names(name)
        return names if names == [name] else []
    return []


# A name and the date in one element's text, apart by a bar or a dot: "Jan Kowalski | 12.04.2024,
# 14:46", "Jane Doe · April 12, 2024" (not by a comma or a dash: "Castel Gandolfo, 12 aprile 2024" is
# a dateline's place).
_NAME_THEN_DATE = re.compile(r"^(?P<name>[^|•·,\d]{3,60}?)\s*[|•·]\s*(?P<date>\S.*)$")


def _name_and_date(element) -> tuple[str, bool]:
    """(the name a childless ``element`` holds, whether its date follows in its own text, alone or
    after a line break: "Jan Kowalski | 12.04.2024", "Jane Doe<br>April 12, 2024"); ("", False) for
    other elements."""
    if len(element) == 1 and element[0].tag == "br" and _date_like(element[0].tail or ""):
        return " ".join((element.text or "").split()), True
    if len(element):
        return "", False
    text = " ".join((element.text or "").split())
    if (match := _NAME_THEN_DATE.match(text)) and _date_like(match["date"]):
        return match["name"], True
    return text, False


def _name_shaped(text: str) -> bool:
    """Two to four capitalised words of a script with case, particles apart, none a label's."""
    words = text.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS + 2 or name_length(text) > MAX_NAME_WORDS \
            or lower_words(text) or any(word.casefold() in _LABEL_WORDS for word in words):
        return False
    capitalised = [word for word in words if word.casefold() not in NAME_PARTICLES]
    return len(capitalised) >= 2 and all(
        _NAME_WORD.match(word) and word[0].isupper() and word[0].lower() != word[0] for word in capitalised)


def _own_text(element) -> str:
    return " ".join(element.text_content().split())


def _date_like(text: str) -> bool:
    text = " ".join(text.split())
    return 0 < len(text) <= _DATE_CHARS and bool(_DATE.search(text))


def _beside_a_date(element) -> bool:
    """The element's neighbour (its tail, its sibling, or its block's sibling) is the page's date."""
    if _date_like(element.tail or ""):
        return True
    for node in (element, element.getparent()):
        if node is None:
            continue
        for sibling, tail in ((node.getprevious(), False), (node.getnext(), True)):
            # (after the name, the sibling's tail too: "<strong>Name</strong><br>12.04.2024")
            if sibling is None:
                continue
            text = sibling.text_content() + ((sibling.tail or "") if tail else "")
            if sibling.tag == "time" or sibling.find(".//time") is not None or _date_like(text):
                return True
        if node is not element:
            break
    return False


def _set_apart(element) -> bool:
    """No link nor in one, no caption or credit, not in the page's chrome, no label's class, not
    beside a story's linked title (a teaser's byline)."""
    for level, node in enumerate([element, *list(element.iterancestors())[:3]]):
        if node.tag == "a" or _LABEL_CLASS.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return False
        if level in (1, 2) and any(len(a.text_content().split()) >= _TITLE_WORDS for a in node.iter("a")):
            return False
    return not in_media(element) and not in_chrome(element)
