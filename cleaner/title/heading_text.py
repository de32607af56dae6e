"""A heading's text as a reader sees it (``heading_text``): without what the page sets inside it beside
the headline: a kicker or badge (``<span class="kicker">``, a label alone such as "LIVE", a section's
label), a date, byline or subtitle, screen-reader text, an inline icon's text, a count of comments and a
permalink mark; with a space where a line breaks. ``cleaner.title.headings`` reads the page's headings
with it.
"""

from __future__ import annotations

import re

from cleaner.title.kickers import KICKER_MAX_WORDS, is_label
from cleaner.title.sitenames import WORD
from core.text import clean_inline

# The kicker's name in newsrooms' languages: German Dachzeile and Spitzmarke, French surtitre,
# Spanish antetítulo, cintillo and volanta, Portuguese chapéu, Italian occhiello, Polish nadtytuł,
# Czech nadtitulek, Croatian and Serbian nadnaslov, Romanian supratitlu, Swedish vinjett.
KICKER_NAMES = re.compile(r"kicker|overline|topline|roofline|dachzeile|spitzmarke|eyebrow|supertitle|"
                           r"pretitle|pre-title|overtitle|over-title|uptitle|preheadline|pre-headline|"
                           r"surtitre|antetitulo|cintillo|volanta|chapeu|occhiello|nadtytul|nadtitulek|"
                           r"nadnaslov|supratitlu|vinjett|badge", re.IGNORECASE)
# Screen-reader-only text (visually hidden by the site's CSS).
_HIDDEN_NAMES = re.compile(r"sr-only|visually-?hidden|screen-?reader|a11y|offscreen|element-invisible",
                           re.IGNORECASE)
# Badges named by a whole token of their class: "live-label", "label", "flag" ("deliver" is none).
_BADGE_NAMES = re.compile(r"(?:^|[-_ ])(?:live|label|flag)(?:$|[-_ ])", re.IGNORECASE)
_BLOCKS = frozenset({"div", "p", "br", "li", "section", "header"})
# A line break in a heading, read as a space where the script spaces its words (``_lines_joined``).
_BREAK = "\ue000"
_AT_BREAK = re.compile("\\s*\ue000[\\s\ue000]*")
# Letters and marks of scripts written without spaces: kana, CJK punctuation, Han, full-width forms.
_UNSPACED = re.compile("[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]")
# A comment count in a heading: named for comments (Disqus's thread, WordPress's "#respond"), a number.
_COMMENT_NAMES = re.compile(r"comment|kommentar|disqus|respond|replies|reactions", re.IGNORECASE)
_COUNT = re.compile(r"[(\[]?\d{1,6}[)\]]?(?:\s+\w+)?")
# Wrappers a heading may set its lines in, one inside another.
_MAX_WRAPPERS = 3
# A kicker's own separator at its end ("Harbour repairs:", "Analysis |").
_KICKER_ENDS = (":", "|", "-", "–", "—", "·", "•", "/")
# Elements whose text is no words of a heading: icons drawn inline, scripts, styles, templates.
_NOT_SHOWN = frozenset({"svg", "script", "style", "template", "noscript"})
# A mark set in a <sup> after or before the headline (a premium story's "+", "*", "†", "★"): no word.
_MAX_MARK_CHARS = 3
# A date, time, byline or subtitle set inside a heading ("<h1>Headline <time>12 April</time></h1>", a
# "date", "updated", "byline" or "subtitle" span, Bootstrap's "<h1>Headline <small>Subtitle</small></h1>"):
# the page's date line, byline or standfirst, not words of the headline.
DATE_NAMES = re.compile(r"(?:^|[-_ ])(?:date|time|timestamp|datetime|updated|published|dateline|pubdate|"
                         r"byline|author|subtitle|sub-title|subheadline|subhead|dek|standfirst)"
                         r"(?:$|[-_ ])", re.IGNORECASE)
# A short <h1> (or its wrapper) named as a section's or topic's label, by a class or id token.
LABEL_NAMES = re.compile(r"(?:^|[-_ ])(?:section|category|categories|rubric|rubrik|rubrique|topic|channel|"
                          r"tag|ressort|seccion|sezione|kategorie)(?:$|[-_ ]|s\b)", re.IGNORECASE)


def heading_text(heading, spaced: bool = False) -> str | None:
    """A heading's text as a reader sees it: without its kicker, hidden screen-reader text and its
    permalink mark ("Headline ¶", "Headline #"), a space where a line breaks (``<br>``, two
    elements set as lines: "Cyber norms:<br>a new era"), none between two letters of a script written
    without spaces unless ``spaced``."""
    text = clean_inline(_without_kicker(heading, spaced)) or clean_inline(heading.text_content())
    return clean_inline(text.rstrip("¶#🔗 ")) if text else text


def _shown_text(element, spaced: bool = False) -> str:
    """``element``'s text without hidden parts, with a space at line breaks and between sibling
    elements that no text separates (``<span>Kicker</span><span>Headline</span>`` is two lines)."""
    parts = [element.text or ""]
    previous_was_element = False
    for child in element:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        if child.tag == "br" or previous_was_element or child.tag in _BLOCKS:
            parts.append(_BREAK)
        if not _is_hidden(child) and not _is_date(child) and not _is_count(child):
            parts.append(_shown_text(child, spaced))
        if child.tag in _BLOCKS:
            parts.append(_BREAK)
        parts.append(child.tail or "")
        previous_was_element = not (child.tail or "").strip() and child.tag != "br"
    return _lines_joined(parts, spaced)


def _lines_joined(parts: list[str], spaced: bool = False) -> str:
    """``parts`` joined, a line break (``_BREAK``) read as a space, none between two letters of a
    script written without spaces ("政府、経済対策の<br>原案まとめる" is one phrase set over two lines;
    Korean spaces its words and keeps the space)."""
    text = "".join(parts)
    if _BREAK not in text:
        return text
    if spaced or not _UNSPACED.search(text):
        return text.replace(_BREAK, " ")
    return _AT_BREAK.sub(_break_space, text)


def _break_space(match: re.Match) -> str:
    text, start, end = match.string, match.start(), match.end()
    before = text[:start].rstrip()[-1:]
    after = text[end:].lstrip()[:1]
    return "" if before and after and _UNSPACED.match(before) and _UNSPACED.match(after) else " "


def unspaced_script(text: str) -> bool:
    """``text`` holds letters of a script written without spaces (a line break there may join none)."""
    return bool(_UNSPACED.search(text))


def _joined(pieces: list[str], spaced: bool = False) -> str:
    """Lines set as elements of their own, joined as ``_lines_joined`` joins them."""
    return _lines_joined([piece for text in pieces for piece in (_BREAK, text)][1:], spaced)


def _is_date(element) -> bool:
    """A date, time, byline or subtitle element inside a heading (see ``DATE_NAMES``)."""
    names = f"{element.get('class', '')} {element.get('id', '')}"
    return element.tag in ("time", "small") or bool(DATE_NAMES.search(names))


def _is_count(element) -> bool:
    """A count of the story's comments set in its heading ("Headline <a href='#comments'>12</a>", a
    "comment-count" span): a link to the comments or an element named for them, holding a number."""
    names = f"{element.get('class', '')} {element.get('id', '')} {element.get('href', '')}"
    return bool(_COMMENT_NAMES.search(names)) and bool(_COUNT.fullmatch(element.text_content().strip()))


def _is_hidden(element) -> bool:
    """Text a screen reader gets but the page does not show ("(opens in new window)"), an icon's
    or a script's text (an inline ``<svg>``'s ``<title>``: "<h1><svg><title>Premium</title></svg>..."),
    and a mark in a ``<sup>`` ("<h1>Headline<sup>+</sup></h1>": a premium story's)."""
    if element.tag in _NOT_SHOWN or (element.tag == "sup" and _is_mark(element.text_content())):
        return True
    names = f"{element.get('class', '')} {element.get('id', '')}"
    style = element.get("style", "").replace(" ", "").lower()
    return (element.get("hidden") is not None or "display:none" in style
            or bool(_HIDDEN_NAMES.search(names)))


def _is_mark(text: str) -> bool:
    """A ``<sup>``'s text that is a mark, no word or number: a premium story's "+", "*", "†", "★"."""
    text = text.strip()
    return 0 < len(text) <= _MAX_MARK_CHARS and not any(char.isalnum() for char in text)


def _without_kicker(heading, spaced: bool = False) -> str:
    """The heading's text without a kicker: a child element named kicker, overline, topline,
    eyebrow ... (``<h1><span class="kicker">Krieg in der Ukraine</span> Headline</h1>``), or an
    unnamed first line of a few words set apart from the headline (``<h1><span>Krieg in der
    Ukraine</span><span>Headline</span></h1>``) where the heading is nothing but such elements, or
    wraps them in one element (``_lines_of``)."""
    heading = _lines_of(heading)
    children = _visible_children(heading)
    kicker = next((child for child in children if _is_badge(child)), None)
    if kicker is None and (_set_apart(heading, children) or _section_label(heading, children)):
        kicker = children[0]
    if kicker is None:
        return _shown_text(heading, spaced)
    parts = [heading.text or ""]
    for child in heading:
        if child in children and child is not kicker:
            parts.append(_shown_text(child, spaced))
        parts.append(child.tail or "")
    rest = _joined(parts, spaced).strip().lstrip(":|-–—·•").strip()  # the kicker's separator goes with it
    return rest if rest else _shown_text(heading)


def _visible_children(element) -> list:
    return [child for child in element
            if isinstance(child.tag, str) and not _is_hidden(child) and not _is_date(child)]


def _lines_of(heading):
    """The element that holds a heading's lines: the heading, or the one element it wraps them in, a
    few levels down (``<h1><span class="leading-tight"><span>Kicker</span><span>Headline</span></span>
    </h1>``, a link around them)."""
    for _ in range(_MAX_WRAPPERS):
        children = _visible_children(heading)
        if len(children) != 1 or (heading.text or "").strip() or (children[0].tail or "").strip():
            break
        heading = children[0]
    return heading


def joined_text(heading) -> str | None:
    """The heading's two lines joined where ``heading_text`` reads the first as a kicker only by its
    shape (``_set_apart``: no class names it a kicker or badge, no label, no separator ending it): a
    headline a design sets over two lines ("<span>Council Approves New Budget</span><span>For Harbour
    Repairs</span>"), which a title the page states may hold whole. None where no such line went."""
    heading = _lines_of(heading)
    children = _visible_children(heading)
    if any(_is_badge(child) for child in children) or not _set_apart(heading, children) \
            or _section_label(heading, children):
        return None
    if clean_inline(_shown_text(children[0])).endswith(_KICKER_ENDS):
        return None  # "Harbour repairs:" - a kicker set apart by its own colon
    return clean_inline(_joined([_shown_text(child) for child in children])) or None


def _is_badge(element) -> bool:
    """A kicker or badge inside a heading: named so (kicker, overline, eyebrow, a "live" or "label"
    class), or a label alone ("LIVE", "Exclusive", "VIDÉO") in an element of its own."""
    names = f"{element.get('class', '')} {element.get('id', '')}"
    return bool(KICKER_NAMES.search(names) or _BADGE_NAMES.search(names)) or is_label(_shown_text(element))


def _section_label(heading, children: list) -> bool:
    """The heading opens with an element named as a section's or topic's label (``<h1><span
    class="category">Science</span> Headline</h1>``) of a few words, the headline's words after it."""
    if not children or (heading.text or "").strip() or children[0].tag == "a":
        return False
    first = children[0]
    if not LABEL_NAMES.search(f"{first.get('class', '')} {first.get('id', '')}"):
        return False
    rest = WORD.findall(heading.text_content()[len(first.text_content()):]) if heading.text_content() else []
    return 0 < len(WORD.findall(_shown_text(first))) <= KICKER_MAX_WORDS and len(rest) >= 3


def _set_apart(heading, children: list) -> bool:
    """The heading is two or more elements and no text of its own, the first a line of at most
    ``KICKER_MAX_WORDS`` words (not a link) and the rest a headline of three words or more that
    starts a sentence."""
    if len(children) < 2 or (heading.text or "").strip() or children[0].tag == "a":
        return False
    if any((child.tail or "").strip() for child in children):
        return False
    first = WORD.findall(_shown_text(children[0]))
    rest = WORD.findall(" ".join(_shown_text(child) for child in children[1:]))
    # A lower-case second line goes on with the first ("Cyber norms:" / "a new era").
    return 0 < len(first) <= KICKER_MAX_WORDS and len(rest) >= 3 and not rest[0][0].islower()
