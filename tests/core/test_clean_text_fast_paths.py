"""``core.text._clean_once`` skips a substitution when a cheaper look finds nothing for it (and finds a
line's words once for all passes): the skipped ones must have had nothing to do."""

from __future__ import annotations

import re

import pytest

from core.text import _IMAGE_MARKER, _IMAGE_ODD_LETTERS, _IMAGE_WORDS, _SPACES, clean_text, single_spaced


@pytest.mark.parametrize(("text", "expected"), [
    ("A line with  two spaces and\u00a0a no-break space.", "A line with two spaces and a no-break space."),
    ("Tab\tseparated\u3000words here.", "Tab separated words here."),
    ("The {keywords} stay out, and %%AUTHOR%% too.", "The stay out, and too."),
    ("The delegation arrived. Ảnh 1Ambassador Quy at the meeting.",
     "The delegation arrived.\nAmbassador Quy at the meeting."),
    ("The delegation arrived. PHOTO 2The minister at the meeting.",
     "The delegation arrived.\nThe minister at the meeting."),
    ("The delegation arrived. İMAGE 2The minister at the meeting.",
     "The delegation arrived.\nThe minister at the meeting."),
])
def test_substitutions_still_apply(text: str, expected: str) -> None:
    assert clean_text(text) == expected


def test_image_words_are_the_markers_words() -> None:
    for word in _IMAGE_WORDS:
        assert word in _IMAGE_MARKER.pattern and word == word.lower()
    letters = {ch for word in _IMAGE_WORDS for ch in word if ch.isalpha()}
    everything = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    for letter in letters:
        for same in re.findall(re.escape(letter), everything, re.IGNORECASE):
            assert same.lower() == letter or _IMAGE_ODD_LETTERS.match(same), (letter, same)


def test_passes_agree_with_the_words_found_once() -> None:
    # The second pass sees the first's lines again: a tail cut there must still hold.
    line = "Paragraph {} of the story, with enough words to weigh on the halves."
    body = "\n".join(line.format(i) for i in range(6))
    text = body + "\nSee also\nAnother headline\nYet another headline"
    assert clean_text(text) == body
    assert clean_text(clean_text(text)) == clean_text(text)


@pytest.mark.parametrize("text", [
    "one two", "one  two", "one\ttwo", "one \u00a0 two", "\u3000lead", "trail\u2003", "a\u200bb",
    "a \t\t b", " x  y   z    w ", "\u202f\u205f", "no spaces",
])
def test_spaces_are_one_plain_space_where_they_run_or_are_other(text: str) -> None:
    # The pattern opens with a set so the search skips by it; what it replaces is the old pattern's.
    other = r"\t\u00a0\u2000-\u200b\u202f\u205f\u3000"
    old = re.compile(rf"[ {other}]{{2,}}|[{other}]")
    assert _SPACES.sub(" ", text) == old.sub(" ", text)


@pytest.mark.parametrize("text", [
    "", " ", "one", "one two", " one", "one ", "one  two", "one\ttwo", "one\ntwo", "Sil\u00adben", "a\u00a0b",
    "a\u2028b", "a\x1fb", "a\u3000b", "Ünïcödé wörds, one space", "日本語のテキスト", "a\u200bb",
])
def test_single_spaced_returns_a_single_spaced_text_as_it_is(text: str) -> None:
    assert single_spaced(text) == " ".join(text.replace("\u00ad", "").split())


def test_every_white_space_but_the_space_is_unprintable() -> None:
    # ``single_spaced``'s shortcut: a printable text's only white space is the plain space.
    for code in range(0x110000):
        char = chr(code)
        if char.isspace() and char != " ":
            assert not char.isprintable(), hex(code)
    assert not "\u00ad".isprintable()


@pytest.mark.parametrize("text", [
    "  Leading and trailing  ", "Soft\u00adhyphen\u00ad ated", "Line\nbreak\r\nand\ttab",
    "No\u00a0break\u2009thin", "", " ", "\u00ad", "Already single spaced.", "Zero\u200bwidth stays",
])
def test_single_spaced_answers_as_split_and_joined(text: str) -> None:
    expected = " ".join(text.replace("\u00ad", "").split())
    assert single_spaced(text) == expected
    assert single_spaced(text) == expected  # asked again (the clean stage's readers do): the same


def test_single_spaced_respaces_a_text_once() -> None:
    from core import text as module

    text = "A paragraph\nwritten over\n  three source lines, asked again by each reader."
    single_spaced(text)
    hits = module._respaced.cache_info().hits
    expected = "A paragraph written over three source lines, asked again by each reader."
    assert single_spaced(str(text)) == expected
    assert module._respaced.cache_info().hits == hits + 1
