"""The furniture at the top of an extracted body: the headline and the byline.

Extraction sometimes starts above the article's first paragraph and brings along what the page
sets around the headline. Two of these are page fields, not the article's text:
- the headline (the ``title`` field), after a short kicker such as a section name;
- the byline ("By Jonathan Greig · March 18th, 2024"), when it names one of the page's authors.
A deck or a caption beside the headline stays: where extraction keeps one, the gold texts at hand
keep it too (a deck rule tried on them removed two such blocks, both in the gold).
"""

from __future__ import annotations

import re

from core.text import clean_text

# The headline is looked for in the body's first lines, after kickers of a few words.
_HEADLINE_WITHIN = 3
_KICKER_WORDS = 4
_BYLINE_WITHIN = 3
_BYLINE_WORDS = 15
_BY = re.compile(r"^(?:by|von|par|por|di|door|av|af|przez|от)\s", re.IGNORECASE)


def _norm(text: str) -> str:
    return " ".join(text.split())


def without_opening(text: str, title: str | None, authors: list[str]) -> str:
    """``text`` without the headline and byline lines it opens with (see above)."""
    text = _without_headline(text, title)
    lines = text.split("\n")
    drop = {index for index, line in enumerate(lines[:_BYLINE_WITHIN]) if _is_byline(line, authors)}
    if not drop or len(drop) == len(lines):
        return text
    return clean_text("\n".join(line for index, line in enumerate(lines) if index not in drop))


def _without_headline(text: str, title: str | None) -> str:
    """The headline is the ``title`` field; a body that opens with it (after a short kicker such
    as a section name) repeats it."""
    lines = text.split("\n")
    wanted = _norm(title or "").casefold()
    for index, line in enumerate(lines[:_HEADLINE_WITHIN]):
        if wanted and _norm(line).casefold() == wanted:
            return clean_text("\n".join(lines[index + 1:]))
        if len(line.split()) > _KICKER_WORDS:
            break
    return text


def _is_byline(line: str, authors: list[str]) -> bool:
    words = line.split()
    folded = line.casefold()
    return len(words) <= _BYLINE_WORDS and bool(_BY.match(line)) \
        and any(name.casefold() in folded for name in authors)
