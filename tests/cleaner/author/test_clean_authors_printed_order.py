"""An author field's name kept its field's form where the byline prints it otherwise (issue 14): a CMS
writes the surname first or in capitals, often without accents ("NGUYEN Van A", "IVANOV Ivan", "Jean
DUPONT", Russian "Иванов Иван"), while the page's byline prints "Nguyễn Văn A", "Ivan Ivanov", "Jean
Dupont", "Иван Иванов". meta_tag_names.printed_order takes the page's printing: for a name with a
surname in capitals, its words in either order; on Russian, Ukrainian... pages, a name of two words the
other way round. Guards: a name the page does not print stays as the field writes it; a Hungarian name
(surname first in print too); a plain name."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract


def _page(lang: str, meta: str, byline: str = "") -> str:
    line = f'<p class="byline">{byline}</p>' if byline else ""
    return (f'<html lang="{lang}"><head><title>Council passes the budget</title>'
            f'<meta name="author" content="{meta}"></head><body><article>'
            f"<h1>Council passes the budget</h1>{line}{COUNCIL_BODY}</article></body></html>")


@pytest.mark.parametrize(("lang", "meta", "byline", "name"), [
    ("vi", "NGUYEN Van A", "Nguyễn Văn A", "Nguyễn Văn A"),
    ("en", "IVANOV Ivan", "By Ivan Ivanov", "Ivan Ivanov"),
    ("fr", "Jean DUPONT", "Par Jean Dupont", "Jean Dupont"),
    ("ru", "Иванов Иван", "Иван Иванов", "Иван Иванов"),
    ("uk", "Шевченко Олена", "Олена Шевченко", "Олена Шевченко"),
])
def test_the_name_as_the_page_prints_it(lang: str, meta: str, byline: str, name: str) -> None:
    assert extract(_page(lang, meta, byline)).authors == [name]


@pytest.mark.parametrize(("lang", "meta", "byline", "name"), [
    ("vi", "NGUYEN Van A", "", "NGUYEN Van A"),
    ("ru", "Иванов Иван", "", "Иванов Иван"),
    ("hu", "Kovács János", "Kovács János", "Kovács János"),
    ("en", "Jane Doe", "By Jane Doe", "Jane Doe"),
    ("de", "Anna Schmidt", "Von Schmidt Anna", "Anna Schmidt"),
])
def test_other_names_as_before(lang: str, meta: str, byline: str, name: str) -> None:
    assert extract(_page(lang, meta, byline)).authors == [name]
