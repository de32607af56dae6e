"""Cheap looks before a dear search: the words one of a rule's matches must hold, found in the lowered
line in one pass. A pattern that tries many branches at every position of the line costs a branch
list per character; a trie of its words costs about one test per character."""

from __future__ import annotations

import re
from collections.abc import Iterable

# The few letters ``re.IGNORECASE`` takes for a hint's letter that ``str.lower`` does not make it ("İ"
# and "ı" for "i", "ſ" for "s", old Cyrillic forms, the Greek "ϵ", "ϰ" and iota's subscript forms for
# "ε", "κ", "ι"): a line with one is searched whatever it holds.
# tests/core/junk/test_clean_junk_prompt_hints.py checks every hint's letters against all of Unicode.
ODD_LETTERS = re.compile("[İıſᲀ-ᲈ\u03f5\u03f0\u0345\u1fbe]")


def any_word(words: Iterable[str], *others: str) -> re.Pattern[str]:
    """A pattern that finds any of ``words`` (literal) or of the patterns ``others``: the words as a
    trie, so each position of the line tries one branch per next letter, and the first letters form
    a set the search skips by. (A word that holds a shorter one of the list is left out: the shorter
    matches wherever it does.)"""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def branches(node: dict[str, dict]) -> list[str]:
        if "" in node:
            return [""]
        return [re.escape(letter) + _group(branches(child)) for letter, child in sorted(node.items())]

    return re.compile("|".join(branches(trie) + list(others)))


def _group(branches: list[str]) -> str:
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
