"""A "more" button glued to the author's name (issue 14): a byline or an author box that prints the
name and a button after it ("<a>Hans Müller</a> <a>Mehr</a>") was read as one text, "Hans Müller
Mehr". Where the word is a text of its own on the page and no text holds the name with it, it goes,
in the languages of the news; a name written whole with the word ("Anna Maria Mehr") stays, and so
does a two-word name ("Anna Mehr")."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract


def _page(byline: str, lang: str) -> str:
    return (f"<html lang={lang}><head><title>Council passes the budget</title></head><body><article>"
            f"<h1>Council passes the budget</h1>{byline}{COUNCIL_BODY}</article></body></html>")


_SHAPES = [
    '<div class="author"><a href="/autor/x">{name}</a> <a class="more" href="/autor/x">{word}</a></div>',
    '<div class="author-box"><span class="author-name">{name}</span><button>{word}</button></div>',
    '<p class="byline"><span>{name}</span> <a href="/profile">{word} &raquo;</a></p>',
]
_NAMES = [
    ("de", "Hans Müller", "Mehr"), ("de", "Hans Müller", "MEHR"), ("fr", "Jean Dupont", "Plus"),
    ("es", "Juan Pérez", "Más"), ("pt", "João Silva", "Mais"), ("nl", "Jan de Vries", "Meer"),
    ("pl", "Jan Kowalski", "Więcej"), ("it", "Mario Rossi", "Altro"), ("cs", "Jan Novák", "Více"),
    ("en", "Jane Doe", "More"), ("ru", "Иван Петров", "Ещё"), ("uk", "Іван Петренко", "Більше"),
    ("el", "Γιώργος Παπαδόπουλος", "Περισσότερα"), ("sv", "Anna Svensson", "Mer"),
    ("tr", "Ahmet Yılmaz", "Daha fazla"), ("vi", "Nguyễn Văn An", "Xem thêm"),
    ("hu", "Kovács János", "Tovább"),
]


@pytest.mark.parametrize("shape", _SHAPES)
@pytest.mark.parametrize(("lang", "name", "word"), _NAMES)
def test_the_button_after_the_name_goes(shape: str, lang: str, name: str, word: str) -> None:
    assert extract(_page(shape.format(name=name, word=word), lang)).authors == [name]


@pytest.mark.parametrize(("byline", "lang", "names"), [
    # guards: the name written whole with the word, though a "more" link is elsewhere on the page
    ('<div class="author"><a href="/autor/x">Anna Maria Mehr</a></div><p><a href="/m">Mehr</a></p>', "de",
     ["Anna Maria Mehr"]),
    ('<div class="author"><a href="/auteur/x">Jean Paul Plus</a></div><p><a href="/m">Plus</a></p>', "fr",
     ["Jean Paul Plus"]),
    # a two-word name whose last word is the word
    ('<div class="author"><span>Anna</span> <span>Mehr</span></div>', "de", ["Anna Mehr"]),
    # no button of its own on the page
    ('<div class="author">Peter van der Meer</div>', "nl", ["Peter van der Meer"]),
    ('<div class="author">Hans Müller</div><p><a href="/m">Mehr</a></p>', "de", ["Hans Müller"]),
])
def test_guards(byline: str, lang: str, names: list[str]) -> None:
    assert extract(_page(byline, lang)).authors == names


def test_the_meta_tags_name_with_the_word_stays() -> None:
    page = _page('<div class="author"><span>Anna Maria</span> <a href="/m">Mehr</a></div>', "de").replace(
        "</title>", '</title><meta name="author" content="Anna Maria Mehr">')
    assert extract(page).authors == ["Anna Maria Mehr"]
