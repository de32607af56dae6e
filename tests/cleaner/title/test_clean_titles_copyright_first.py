"""A lower-case brand after the headline that the domain does not spell ("Headline | franceinfo" on
francetvinfo.fr), where only the footer's copyright line states it, with the name before the sign
("franceinfo © 2024", "franceinfo © 2023-2024 - Tous droits réservés") (issue 14): the name names the
site, so the segment goes ("© 2024 franceinfo" was read already). Guards: a copyright line that names
another name, one outside the footer, and a sentence before the sign keep the segment."""

from __future__ import annotations

import pytest
from helpers import STORY_PROSE
from lxml import html as lxml_html

from cleaner.metadata import page_metadata
from cleaner.title.sitekeys import copyright_names

FR = "Inondations dans le Nord : le préfet déclenche le plan d'urgence pour trois communes"
URL = "https://www.francetvinfo.fr/meteo/inondations/article_12345.html"
TAB = f"{FR} | franceinfo"


def _page(footer: str) -> str:
    return (f"<html lang='fr'><head><title>{TAB}</title></head><body>"
            "<header><a href='/'>Accueil</a></header>"
            f"<main><article><div class='article-body'>{STORY_PROSE}</div></article></main>{footer}"
            "</body></html>")


@pytest.mark.parametrize("footer", [
    "<footer><p>franceinfo © 2024</p></footer>",
    "<footer><p>franceinfo © 2023-2024 - Tous droits réservés</p></footer>",
    "<div class='site-footer'><span>franceinfo ©2024</span></div>",
])
def test_the_name_before_the_sign_goes(footer: str) -> None:
    assert page_metadata(lxml_html.fromstring(_page(footer)), URL).title == FR


@pytest.mark.parametrize("footer", [
    "<footer><p>France Télévisions © 2024</p></footer>",
    "<div class='bottom'><p>franceinfo © 2024</p></div>",
    "<footer><p>Photos et textes de cette page sont protégés © 2024</p></footer>",
])
def test_other_lines_keep_the_segment(footer: str) -> None:
    assert page_metadata(lxml_html.fromstring(_page(footer)), URL).title == TAB


def test_copyright_names_reads_the_name_first() -> None:
    footer = "<footer><p>Quayside Chronicle © 2024. All rights reserved.</p></footer>"
    tree = lxml_html.fromstring(_page(footer))
    assert copyright_names(tree) == ["Quayside Chronicle"]
