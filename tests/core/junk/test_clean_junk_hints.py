"""``core.junk.hints.any_word``: the trie of a rule's words finds a line exactly where the plain
alternation of the same words does."""

from __future__ import annotations

import re

import pytest

from core.junk.hints import ODD_LETTERS, any_word

WORDS = ("cookie", "cookies", "copyright", "ctrl", "send us", "(@", "pic.twitter.com/", "доступ", "फॉलो करें")


@pytest.mark.parametrize("line", [
    "we use cookies", "COOKIE", "a cook", "the copy right", "copyrights 2024", "press ctrl+enter",
    "send u", "send us a tip", "(@jane)", "( @jane)", "pic.twitter.com/abc", "picxtwitter.com/",
    "доступно", "досту", "फॉलो करें", "फॉलो", "", "[video]", "[ab]", "[abcdefghijklm]", "x [news] y",
])
def test_the_trie_finds_what_the_alternation_finds(line: str) -> None:
    plain = re.compile("|".join(re.escape(word) for word in WORDS) + r"|\[[a-z]{3,12}\]")
    trie = any_word(WORDS, r"\[[a-z]{3,12}\]")
    assert bool(trie.search(line)) == bool(plain.search(line)), line


def test_a_word_holding_a_shorter_one_is_left_out() -> None:
    assert any_word(("cookie", "cookies", "abc")).pattern == "abc|cookie"


def test_the_hints_letters_are_lowered_as_ignorecase_reads_them() -> None:
    """Every letter ``re.IGNORECASE`` takes for a hint's letter lowers to it, or is an odd letter: a line
    the rule's pattern matches always holds the hint in its lowered form."""
    from core.junk.credits import _CREDIT
    from core.junk.players import _TRY_LATER_WORDS
    from core.junk.prompts import _COMMENT_PROMPT_INSIDE
    from core.junk.short_prompts import _PAYWALL_WORDS

    assert "file photo" in _CREDIT.pattern
    hints = [_TRY_LATER_WORDS.pattern, _PAYWALL_WORDS.pattern, "file photo", *_COMMENT_PROMPT_INSIDE]
    letters = {ch for hint in hints for ch in hint if ch.isalpha()}
    assert all(hint == hint.lower() for hint in hints)
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    for letter in letters:
        for same in re.findall(re.escape(letter), every, re.IGNORECASE):
            assert same.lower() == letter or ODD_LETTERS.match(same), (letter, same)
