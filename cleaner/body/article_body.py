"""The page's JSON-LD ``articleBody`` in place of the HTML's text, where the HTML gave clearly less of
the same article: a page that renders its text with scripts (the HTML holds a teaser, or nothing), or a
paywall that shows the story's opening and cuts it (``_cut_before_rest``). Where both are whole, the
HTML's text stays.
"""

from __future__ import annotations

from core.text import single_spaced

# A prose line: a sentence or more (as ``cleaner.body.recall``'s paragraphs).
_MIN_PROSE_CHARS = 40
# The JSON-LD articleBody replaces the HTML's text only when the HTML gave less than this share of it.
_LD_SHARE = 0.5
_MIN_LD_BODY = 500
_SAME_OPENING = 80


def from_article_body(text: str, body: str | None) -> str | None:
    """The page's JSON-LD ``articleBody`` when the HTML gave clearly less of the same article (a page
    that renders its text with scripts: the HTML holds a teaser, or nothing), else None. Where both
    are whole, the HTML's text is kept: ``articleBody`` is often cut to a summary or carries
    captions, and on the gold pages at hand it is never better; but where the HTML's text stops
    inside it (a paywall or a "Continue reading" after the first half: ``_cut_before_rest``), the
    ``articleBody`` is the whole article."""
    whole = single_spaced(body or "")
    if len(whole) < _MIN_LD_BODY:
        return None
    if len(single_spaced(text)) >= _LD_SHARE * len(whole):
        return body if _cut_before_rest(text, whole) else None
    # The same article: one of the text's paragraphs is in it (a headline or a byline may not be).
    paragraphs = [single_spaced(line)[:_SAME_OPENING] for line in text.splitlines()
                  if len(line) >= _MIN_PROSE_CHARS]
    if paragraphs and not any(paragraph in whole for paragraph in paragraphs):
        return None  # another text: a teaser of something else, a cookie notice
    return body


# The HTML's text is at most this share of the articleBody, and this much of it follows the text's end.
_CUT_SHARE = 0.8
_MIN_REST = 600
_MAX_PROMPT_LINES = 2


def _cut_before_rest(text: str, whole: str) -> bool:
    """``text`` (the HTML's) is the opening of ``whole`` (the single-spaced ``articleBody``) cut short:
    clearly shorter, each of its prose lines found in it in order, and a good stretch of it after the
    last (a paywall's cut); a text with a line the ``articleBody`` lacks is no such opening, but for
    the paywall's prompt or two after its end."""
    if len(single_spaced(text)) >= _CUT_SHARE * len(whole):
        return False
    at, kept, missed = 0, 0, 0
    for line in text.splitlines():
        if len(line := single_spaced(line)) < _MIN_PROSE_CHARS:
            continue
        found = whole.find(line, at)
        if found < 0:
            missed += 1  # the paywall's own prompt after the cut, no more
            continue
        if missed:
            return False
        at, kept = found + len(line), kept + 1
    return kept > 0 and missed <= _MAX_PROMPT_LINES \
        and len(whole) - at >= max(_MIN_REST, (1 - _CUT_SHARE) * len(whole))
