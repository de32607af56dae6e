"""Text normalisation and cleaning: one-line fields (``clean_inline``), comparison forms
(``single_spaced``), and the article body (``clean_text``): NFC, no control characters, the joiners
trafilatura would drop put back, single spaces, template placeholders out, then the cuts across lines
of ``core.cuts`` and the junk-line rules of ``core.junk`` (line by line, one line = one paragraph) until
nothing changes.

``CLEANER_VERSION`` is stored with every article; bump it when a rule of ``clean_text`` (here, in
``core.cuts`` or in ``core.junk``) changes so ``newsflow reprocess`` can find old rows.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from core.cuts.author_boxes import cut_author_box
from core.cuts.company_boilerplate import cut_company_boilerplate
from core.cuts.glued_teasers import without_glued_teasers
from core.cuts.newsletter_boxes import drop_newsletter_boxes
from core.cuts.platform_runs import drop_platform_runs
from core.cuts.poll_results import drop_poll_results
from core.cuts.support_appeals import HINTS as _APPEAL_HINTS
from core.cuts.support_appeals import drop_support_appeals
from core.cuts.tails import cut_tail, drop_post_texts, drop_teasers
from core.junk import is_junk

CLEANER_VERSION = "23"

# Control characters (PostgreSQL text cannot even hold NUL); newlines and tabs are handled below.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Break hints a one-line field drops: soft hyphen, zero-width space, word joiner, BOM (not the
# zero-width joiners, which Persian and Indic words and emoji need).
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
# Zero-width non-joiner and joiner (Persian "می‌خواهم", Indic conjuncts, emoji sequences) are part of
# words, but trafilatura drops every non-printable character: ``cleaner.body.recall.protect_joiners``
# writes these printable stand-ins (Mende Kikakui letters, never met in news) into the page before
# extraction, and the text and the one-line fields get the joiners back here.
JOINER_STAND_INS = {"\u200c": "\U0001e800", "\u200d": "\U0001e801"}
_JOINERS_BACK = str.maketrans({stand_in: joiner for joiner, stand_in in JOINER_STAND_INS.items()})
# Runs of spaces, and any other horizontal space: one plain space (single spaces are left alone,
# which keeps the substitution cheap on long texts). Written to open with the set of its first
# characters, which the search skips by (two branches, each opening with its own set, try every
# position).
_OTHER_SPACE = r"\t\u00a0\u2000-\u200b\u202f\u205f\u3000"
_SPACES = re.compile(rf"[ {_OTHER_SPACE}](?:[ {_OTHER_SPACE}]+|(?<=[{_OTHER_SPACE}]))")
# Unrendered template variables: {keywords}, {{ title }}, %%AUTHOR%%.
_PLACEHOLDER = re.compile(r"\{\{?\s*[\w.]+\s*\}?\}|%%\w+%%")
# Vietnamese CMS image markers ("hinh anh 1" = "image 1"), glued to the caption that follows.
_IMAGE_MARKER = re.compile(r"\b(?:hinh anh|ảnh|image|photo)\s+\d+(?=[A-Z])", re.IGNORECASE)
# The substitutions cost a scan of the whole text each, and most texts hold nothing for them; these
# cheaper looks find which have nothing to do. ``_IMAGE_MARKER``'s words in the lowered text, or a
# letter ``re.IGNORECASE`` reads as one of theirs that ``str.lower`` does not make it ("İ", "ı").
_IMAGE_WORDS = ("hinh anh", "ảnh", "image", "photo")
# The label of a "click to tweet" box glued to the end of its quote ("... online business.Click To
# Tweet"): the quote is the article's, the label is the widget's. Looked for in the lowered text first.
_TWEET_LABEL = re.compile(
    r"\s*(?:click to tweet|klicken zum twittern|cliquez pour tweeter|haz clic para tuitear|"
    r"clique para tuitar|clicca per twittare)\s*$", re.IGNORECASE | re.MULTILINE)
_TWEET_LABEL_WORDS = ("to tweet", "zum twittern", "pour tweeter", "para tuitear", "para tuitar",
                      "per twittare")
_IMAGE_ODD_LETTERS = re.compile("[İı]")
_ONE_OTHER_SPACE = re.compile(f"[{_OTHER_SPACE}]")

_MAX_PASSES = 8
_WORD = re.compile(r"\w+", re.UNICODE)


# The lines of the last text cleaned, with their words: the line rules' verdict on a line is the
# line's own, so a line kept there is kept again without asking them (cleaner.body.opening cleans the
# body again without its headline or byline: the lines the first cleaning kept). Only the last
# text's lines are remembered: any line held here is one the rules keep, whatever text it was in.
_last_kept: tuple[frozenset[str], dict[str, list[str]]] = (frozenset(), {})


def clean_text(text: str) -> str:
    """Cleaned article text: one paragraph a line, junk lines dropped, trailing link lists cut.
    Idempotent: ``clean_text(clean_text(x)) == clean_text(x)``."""
    global _last_kept
    known, known_words = _last_kept
    kept: set[str] = set(known)
    words_of: dict[str, list[str]] = dict(known_words)  # each line's words, found once for all passes
    cleaned = _clean_once(text or "", kept, words_of)
    if cleaned != text:
        cleaned = _to_fixed_point(cleaned, kept, words_of)
    lines = cleaned.split("\n")
    _last_kept = (frozenset(lines), {line: words_of[line] for line in lines if line in words_of})
    return cleaned


def _to_fixed_point(cleaned: str, kept: set[str], words_of: dict[str, list[str]]) -> str:
    """Passes over a text the first pass changed until one changes nothing. (Where the first pass
    changed nothing there is nothing to redo: a pass given the text it returns returns it again,
    the same cuts, and the line rules' verdict on a line is the line's own.)"""
    # A cut or a dropped line can bring another rule into play (a tail marker now in the second
    # half); a few passes reach the fixed point. The line rules are the line's own business: a line
    # they kept once they keep again, so later passes only redo the cuts.
    for _ in range(_MAX_PASSES):
        again = _clean_once(cleaned, kept, words_of)
        if again == cleaned:
            break
        cleaned = again
    return cleaned


def single_spaced(text: str) -> str:
    """``text`` with each run of white space one space and no soft hyphens: how a page's text is
    compared with extracted lines (trafilatura's output has no soft hyphens; German pages do)."""
    # Most texts are single spaced already (the clean stage asks again for the same paragraphs): a
    # printable text holds no white space but the plain space, nor a soft hyphen, so one without
    # doubled or outer spaces is its own answer.
    if text.isprintable() and "  " not in text and not text.startswith(" ") and not text.endswith(" "):
        return text
    return _respaced(text)


# Pure; the clean stage's readers (the container's paragraphs, the text's lines) ask again for the same
# texts, two thirds of the ones not single spaced already. Room for a few pages' texts, not a crawl's.
@lru_cache(maxsize=2048)
def _respaced(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


@lru_cache(maxsize=4096)  # pure; a page asks again for the same titles, names and segments
def clean_inline(value: str | None) -> str | None:
    """A one-line field (title, author): NFC, no control characters, no invisible break hints (soft
    hyphens and zero-width spaces, which German and Asian headlines carry for line breaking),
    single spaces; None if empty."""
    value = unicodedata.normalize("NFC", _joiners_back(value or ""))
    value = " ".join(_INVISIBLE.sub("", _CONTROL.sub("", value)).split())
    return value or None


def _joiners_back(text: str) -> str:
    """``text`` with the joiners its stand-ins hold (see ``JOINER_STAND_INS``)."""
    return text.translate(_JOINERS_BACK) if "\U0001e800" in text or "\U0001e801" in text else text


def _clean_once(text: str, kept_lines: set[str], words_of: dict[str, list[str]]) -> str:
    """One pass; ``kept_lines`` holds the lines the line rules kept, and gains this pass's;
    ``words_of`` holds the words of the lines seen (and gains this pass's)."""
    text = _CONTROL.sub("", unicodedata.normalize("NFC", _joiners_back(text)))
    if "{" in text or "%%" in text:
        text = _PLACEHOLDER.sub(" ", text)
    lowered = text.lower()
    if any(word in lowered for word in _IMAGE_WORDS) or _IMAGE_ODD_LETTERS.search(text):
        text = _IMAGE_MARKER.sub("\n", text)
    if any(word in lowered for word in _TWEET_LABEL_WORDS):
        text = _TWEET_LABEL.sub("", text)
    if "  " in text or _ONE_OTHER_SPACE.search(text):
        text = _SPACES.sub(" ", text)
    lines = [stripped for line in text.splitlines() if (stripped := line.strip())]
    words = []
    for line in lines:
        found = words_of.get(line)
        if found is None:
            found = words_of[line] = _WORD.findall(line)
        words.append(found)
    # The tail first: a marker there ("See also") cuts the link list after it whole.
    cut = cut_tail(lines, [len(w) for w in words])
    if len(cut) < len(lines):  # a box inside the body, and a note after the tail, stay out of the prefix
        words = [words_of[line] for line in cut]
    cut, words = without_glued_teasers(cut, words)  # lines holding a colon only
    kept, words = drop_teasers(cut, words)
    kept, words = drop_poll_results(kept, words)  # texts with a line ending in '%' only
    kept, words = drop_post_texts(kept, words)
    if any(map(lowered.__contains__, _APPEAL_HINTS)):  # most texts ask nothing of their readers
        kept, words = drop_support_appeals(kept, words)
    # Both look at short lines alone (a heading, a name): cheaper than a search of the whole text.
    kept, words = cut_author_box(kept, words)
    kept, words = cut_company_boilerplate(kept, words)  # asks only the last few lines' first words
    kept, words = drop_newsletter_boxes(kept, words)
    kept, words = drop_platform_runs(kept, words)  # short lines only, a set lookup each
    out = []
    for line, line_words in zip(kept, words, strict=True):
        if line in kept_lines or not is_junk(line, line_words):
            kept_lines.add(line)
            out.append(line)
    return "\n".join(out)
