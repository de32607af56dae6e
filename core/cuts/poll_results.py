"""An embedded poll's results set in the body's text: its question, then its answers with their shares.

A poll box in the story shows, once voted or closed, its question ("Kiedy RPP obniży stopy
procentowe?", "日銀の次の利上げはいつだと思いますか？") and each answer with its share ("- W tym roku 45%"):
the extraction keeps them as a question line and a short list. Read whole: a question of at most
``_MAX_QUESTION_WORDS`` words, then two answers or more, each a few words ending with a percentage, whose
shares add up to a whole (95 to 101: rounded). The question and its answers go. A story's list of
results (an election's, a survey's) is introduced by a sentence, not a question, or its shares are a
part of a whole.
"""

from __future__ import annotations

import re

_ANSWER = re.compile(r"^(?:[-•*]\s*)?\S.{0,60}?\s*(\d{1,3}(?:[.,]\d{1,2})?)\s?%$")
_MAX_QUESTION_WORDS = 20
_MAX_ANSWER_WORDS = 8
_MIN_ANSWERS = 2
_WHOLE = (95.0, 101.0)
_QUESTION_ENDS = ("?", "？", "؟", ";", "\u037e")  # Arabic; the Greek question mark, or a semicolon for it


def drop_poll_results(lines: list[str], words: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """``lines`` (with their ``words``) without an embedded poll's question and results (see above)."""
    if not any(line.endswith("%") for line in lines):
        return lines, words  # most texts (cheap)
    drop: set[int] = set()
    for index, line in enumerate(lines):
        if not line.endswith(_QUESTION_ENDS) or len(words[index]) > _MAX_QUESTION_WORDS:
            continue
        answers = _answers_after(lines, words, index + 1)
        if len(answers) >= _MIN_ANSWERS:
            drop.update([index, *answers])
    if not drop:
        return lines, words
    keep = [index for index in range(len(lines)) if index not in drop]
    return [lines[index] for index in keep], [words[index] for index in keep]


def _answers_after(lines: list[str], words: list[list[str]], start: int) -> list[int]:
    found, total = [], 0.0
    for index in range(start, len(lines)):
        share = _ANSWER.match(lines[index]) if len(words[index]) <= _MAX_ANSWER_WORDS + 1 else None
        if share is None:
            break
        found.append(index)
        total += float(share.group(1).replace(",", "."))
    low, high = _WHOLE
    return found if low <= total <= high else []
