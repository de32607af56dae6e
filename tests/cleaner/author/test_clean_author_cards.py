"""Author cards (issue 14): the name and the role in sibling elements, as CMS templates set them
("<span class=name>Jane Doe</span><span class=role>Correspondent</span>", a rel=author link and a
title span, schema.org's jobTitle); the role runs neither into the name nor out as a name."""

from __future__ import annotations

import pytest
from helpers import byline_page
from lxml import html as lxml_html

from cleaner.author.author_cards import card_text, is_role_element
from cleaner.extract import extract


@pytest.mark.parametrize(("card", "names"), [
    ('<div class="author"><span class="name">Jane Doe</span>'
     '<span class="role">Senior Political Correspondent</span></div>', ["Jane Doe"]),
    ('<div class="author"><span class="name">Dr. Jane Doe</span>'
     '<span class="role">Health Editor</span></div>', ["Jane Doe"]),
    ('<div class="author"><a href="/author/jane-doe">Jane Doe</a>'
     '<span class="author__role">Correspondent, Berlin</span></div>', ["Jane Doe"]),
    ('<div class="author"><span class="author__name">Jane Doe</span> '
     '<span class="author__job">Investigations editor</span></div>', ["Jane Doe"]),
    ('<div class="byline"><span>By</span> <a rel="author" href="/people/jane-doe">Jane Doe</a>'
     '<span class="byline__title">Political Reporter</span></div>', ["Jane Doe"]),
    ('<div class="byline"><span class="by">By</span><span class="author">Ahmed Al-Sayed</span>'
     '<span class="role">Cairo Correspondent</span></div>', ["Ahmed Al-Sayed"]),
    # German, French and Spanish cards: the role in the page's language
    ('<div class="author"><img src="a.jpg" alt="Anna Schmidt"><div><span class="name">Anna Schmidt</span>'
     '<span class="position">Korrespondentin in Paris</span></div></div>', ["Anna Schmidt"]),
    ('<div class="author"><span class="name">Marie Dupont</span>'
     '<span class="fonction">Envoyée spéciale à Kiev</span></div>', ["Marie Dupont"]),
    ('<div class="autor"><span class="nombre">Juan Pérez</span>'
     '<span class="cargo">Corresponsal en Bruselas</span></div>', ["Juan Pérez"]),
    # two cards, each with its role
    ('<div class="author"><span class="name">Jane Doe</span><span class="role">Reporter</span></div>'
     '<div class="author"><span class="name">John Smith</span><span class="role">Editor</span></div>',
     ["Jane Doe", "John Smith"]),
])
def test_the_role_beside_the_name_is_not_the_name(card: str, names: list[str]) -> None:
    assert extract(byline_page(card)).authors == names


def _element(markup: str):
    return lxml_html.fragment_fromstring(markup)


def test_card_text_leaves_roles_out_after_the_name() -> None:
    card = ('<div><span itemprop="name">Jane Doe</span><span itemprop="jobTitle">Chief Economist</span>'
            '<span class="authorBio">Jane writes on money.</span></div>')
    assert card_text(_element(card)) == "Jane Doe"
    # The card's only text is its name whatever its class says ...
    assert card_text(_element('<div><span class="author-title">Jane Doe</span></div>')) == "Jane Doe"
    # ... and a class naming the name too is no role ("author-name title").
    assert card_text(_element('<p>By <span class="author-name title">Jane Doe</span></p>')) == "By Jane Doe"
    # Elements are a word apart, not glued ("Juan PérezCorresponsal"); blocks apart where asked.
    assert card_text(_element("<div><b>Juan Pérez</b><i>Madrid</i></div>")) == "Juan Pérez Madrid"
    assert card_text(_element("<div><div>Jane Doe</div><div>John Smith</div></div>"), apart=True) \
        == "; Jane Doe ; ; John Smith ;"


@pytest.mark.parametrize(("kind", "role"), [
    ("role", True), ("author-title", True), ("c-byline__job", True), ("authorRole", True),
    ("author_position", True), ("bio", True), ("author-name", False), ("subtitle", False),
    ("author", False), ("byline", False),
])
def test_role_classes(kind: str, role: bool) -> None:
    assert is_role_element(_element(f'<span class="{kind}">x</span>')) is role


@pytest.mark.parametrize(("byline", "names"), [
    # names whose commas the style sheet draws: inline elements of one kind with nothing between them
    ('<div class="article-byline"><span>Jane Doe</span><span>John Smith</span></div>',
     ["Jane Doe", "John Smith"]),
    ('<div class="byline">By <a href="/people/jane-doe" class="name">Jane Doe</a>'
     '<a href="/people/john-smith" class="name">John Smith</a></div>', ["Jane Doe", "John Smith"]),
    # first and family names in their own elements stay one name
    ('<div class="byline">By <span class="given-name">Jane</span> <span class="family-name">Doe</span></div>',
     ["Jane Doe"]),
    ('<div class="byline">By <span>Jane</span> <span>Doe</span></div>', ["Jane Doe"]),
])
def test_names_listed_side_by_side(byline: str, names: list[str]) -> None:
    assert extract(byline_page(byline)).authors == names


def test_a_separator_after_a_listed_name_is_the_texts() -> None:
    # "A, B y C": the conjunction after a listed element is read as one ("y C", not "Y C").
    byline = ('<p>Por <span class="n">Steven Lee Myers, </span><span class="n">Keith Bradsher</span> y '
              '<span class="n last">Tariq Panja</span></p>')
    assert card_text(_element(byline)) == "Por Steven Lee Myers, ; Keith Bradsher y Tariq Panja"
