"""An <address> under the headline with no class is the article author's by HTML's own meaning (the
contact of the article's author) (issue 14): "<address>Jane Doe<br>Reporter</address>" named no one,
as only blocks whose class names them the author's were read without a "by". Its names count where
each is two words or more (or an agency); a place or a postal address there names no one."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract


def _page(byline: str, lang: str = "en") -> str:
    return (f"<html lang={lang}><head><title>Council passes the budget</title></head><body><article>"
            f"<h1>Council passes the budget</h1>{byline}{COUNCIL_BODY}</article></body></html>")


@pytest.mark.parametrize(("byline", "lang", "names"), [
    ("<address>Jane Doe</address>", "en", ["Jane Doe"]),
    ("<address>Jane Doe<br>Reporter</address>", "en", ["Jane Doe"]),
    ("<address><strong>Jane Doe</strong><br>Senior Reporter</address>", "en", ["Jane Doe"]),
    ("<address>Jane Doe and John Smith</address>", "en", ["Jane Doe", "John Smith"]),
    ("<header><address>Hans Müller und Anna Schmidt</address></header>", "de",
     ["Hans Müller", "Anna Schmidt"]),
    ("<address>Иван Петров</address>", "ru", ["Иван Петров"]),
])
def test_the_address_names_the_author(byline: str, lang: str, names: list[str]) -> None:
    assert extract(_page(byline, lang)).authors == names


@pytest.mark.parametrize("byline", [
    # guards: a place, a postal address, a telephone number, an e-mail address, a lone word
    "<address>Berlin</address>",
    "<address>Los Angeles</address>",
    "<address>Kyiv, Ukraine</address>",
    "<address>123 Main Street</address>",
    "<address>Rue de Rivoli 12, Paris</address>",
    "<address>Tel. 030 1234567</address>",
    "<address>contact@example.com</address>",
])
def test_guards(byline: str) -> None:
    assert extract(_page(byline)).authors == []


def test_a_classed_address_as_before() -> None:
    assert extract(_page('<address class="author">Jane Doe<br>Reporter</address>')).authors == ["Jane Doe"]
