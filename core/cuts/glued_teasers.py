"""A "read also" teaser glued to the end of a story's paragraph: the other article's headline after its
marker, set in bold inside the paragraph's ``<p>`` ("... inflacji bazowej. Czytaj też: Kredyty
hipoteczne znów drożeją", "... dikkat çekti. Ayrıca okuyun: Dolar güne nasıl başladı?", "...とみられている。
あわせて読みたい: 春闘の賃上げ率"). The line rules (``core.junk.teasers``) read a teaser that opens its line;
this one closes a paragraph, so the paragraph's own sentences are kept and the teaser after them goes.

A teaser is: after a sentence's end, a marker of ``core.junk.teasers.READ_ALSO`` (the whole of the words
between the sentence's end and a colon; not the bare English "more", "also", "related": "Also: the
turnout was high" is a story's), then a headline of at most ``_MAX_HEADLINE_WORDS`` words that does not
end with a full stop, at the line's end.
"""

from __future__ import annotations

import re

from core.junk.teasers import READ_ALSO

_MARKER = re.compile(rf"[^\w\s]{{0,3}}\s*(?:{READ_ALSO})", re.IGNORECASE)
_GENERIC = frozenset({"more", "also", "related", "recommended", "see more", "read", "must read"})
_MAX_HEADLINE_WORDS = 15
_MAX_MARKER_WORDS = 4
_MAX_COLONS = 3
_MAX_HEADLINE_CHARS = 160
_MARKER_WINDOW = 64  # characters: the longest marker of READ_ALSO and its spaces
# A sentence's end: Latin and Cyrillic stops, the Chinese and Japanese ones, the Devanagari danda, the
# Arabic question mark; Thai ends a sentence with a space (``_THAI``).
_SENTENCE_ENDS = (". ", "! ", "? ", "。", "！", "？", ".\u00a0", "। ", "؟ ")
_THAI_FIRST, _THAI_LAST = "\u0e00", "\u0e7f"
_STOPS = (".", "。", "।")  # a paragraph's last sentence; the headline after a marker ends with none
_WORD = re.compile(r"\w+")


def without_glued_teasers(lines: list[str], words: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """``lines`` (with their ``words``) with a teaser glued to a paragraph's end taken off (see above)."""
    out_lines, out_words = lines, words
    for index, line in enumerate(lines):
        if line.endswith(_STOPS) or (":" not in line and "：" not in line):
            continue  # most lines (cheap): a paragraph ending with its full stop, or with no colon
        kept = _without_teaser(line)
        if kept is not None:
            if out_lines is lines:
                out_lines, out_words = list(lines), list(words)
            out_lines[index], out_words[index] = kept, _WORD.findall(kept)
    return out_lines, out_words


def _without_teaser(line: str) -> str | None:
    end = len(line)
    for _ in range(_MAX_COLONS):  # the last colons first: the headline may hold a colon of its own
        colon = max(line.rfind(":", 0, end), line.rfind("：", 0, end))
        if colon < 0:
            return None
        if (kept := _before_teaser(line, colon)) is not None:
            return kept
        end = colon
    return None


def _before_teaser(line: str, colon: int) -> str | None:
    if len(line) - colon > _MAX_HEADLINE_CHARS:
        return None  # a quotation's or a list's long rest (cheap)
    headline = line[colon + 1:].strip()
    if not headline or headline.endswith(".") or len(headline.split()) > _MAX_HEADLINE_WORDS:
        return None
    # The marker's words sit within a few dozen characters before the colon, after a sentence's end.
    start = max(0, colon - _MARKER_WINDOW)
    end = max(line.rfind(mark, start, colon) for mark in _SENTENCE_ENDS)
    stop = end + 1 if end >= 0 else -1
    space = line.rfind(" ", start, colon - 1)
    if space > stop and _THAI_FIRST <= line[space - 1] <= _THAI_LAST:
        stop = space  # "... ต่ำกว่าคาด อ่านเพิ่มเติม: ..."
    if stop <= 0:
        return None
    before = line[:colon]
    marker = before[stop:].strip()
    if not marker or len(marker.split()) > _MAX_MARKER_WORDS or marker.lower() in _GENERIC:
        return None
    if _MARKER.fullmatch(marker) is None:
        return None
    kept = before[:stop].strip()
    return kept or None
