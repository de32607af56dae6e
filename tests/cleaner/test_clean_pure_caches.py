"""The pure text helpers cached for cost (bylines.byline_names, sitenames.title_words,
core.text.clean_inline) answer as before, and a caller's change to an answer's list reaches no
later caller."""

from __future__ import annotations

from cleaner.author.bylines import byline_names
from cleaner.title.sitenames import title_words
from core.text import clean_inline


def test_byline_names_answers_alike_and_apart() -> None:
    first = byline_names("By Jane Doe and John Smith")
    assert first == ["Jane Doe", "John Smith"]
    first.append("Someone Else")
    assert byline_names("By Jane Doe and John Smith") == ["Jane Doe", "John Smith"]
    assert byline_names(None) == []


def test_title_words_answers_alike_and_apart() -> None:
    words = title_words("Headline About Things | Site")
    assert words == ["headline", "about", "things", "site"]
    words.clear()
    assert title_words("Headline About Things | Site") == ["headline", "about", "things", "site"]


def test_clean_inline_answers_alike() -> None:
    assert clean_inline("  A\u00adB  \x07C ") == clean_inline("  A\u00adB  \x07C ") == "AB C"
    assert clean_inline(None) is None
    assert clean_inline("   ") is None
