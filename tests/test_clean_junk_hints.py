"""``core.junk.hints.any_word``: the trie of a rule's words finds a line exactly where the plain
alternation of the same words does."""

from __future__ import annotations

import re

import pytest

from core.junk.hints import any_word

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
