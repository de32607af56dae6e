"""``coauthor_blocks._naming_texts``: the text nodes that name a person, found among the page's text
nodes where the date readers walked them all already (no second walk of the page), the same nodes in
the same order as ``_NAMING_TEXT`` finds them."""

from __future__ import annotations

import pytest
from lxml.html import fromstring

from cleaner.author import coauthor_blocks
from cleaner.author.coauthor_blocks import _NAMING_TEXT, _naming_texts, byline_naming
from cleaner.date.page_lines import text_nodes, walked_text_nodes

_PAGE = ("<html><head><title>Anna Smith's story</title><script>var a = 'Anna Smith';</script></head><body>"
         "<nav>Anna Smith</nav><article><h1>Council backs the plan</h1>"
         "<p class='byline'>By <a href='/a/anna-smith'>Anna Smith</a> and Bob Jones</p>"
         "<p>The council voted on Friday, Anna Smith and Bob Jones report.</p>"
         "<p>   </p><p>Ana\u00a0Ruiz y Luis Pérez</p><p>Ana Ruiz</p>"
         "<p>Seven words here <b>Anna</b> Smith apart.</p></article></body></html>")


@pytest.mark.parametrize("person", ["Anna Smith", "Bob Jones", "Smith", "Ana\u00a0Ruiz", "Ana Ruiz",
                                    "Luis Pérez", "Nobody Here", " ", "a", "Anna Smith and"])
def test_the_same_nodes_as_the_xpath(person: str) -> None:
    tree = fromstring(_PAGE)
    text_nodes(tree)  # the date readers' walk
    expected = _NAMING_TEXT(tree, name=person)[:5]
    found = _naming_texts(tree, person)
    assert found == expected
    assert [node.getparent() for node in found] == [node.getparent() for node in expected]


def test_the_walk_is_read_not_repeated(monkeypatch) -> None:
    tree = fromstring(_PAGE)
    text_nodes(tree)
    assert walked_text_nodes(tree) is not None
    monkeypatch.setattr(coauthor_blocks, "_NAMING_TEXT", None)  # not asked
    assert byline_naming(tree, "Anna Smith") == ["Anna Smith", "Bob Jones"]


def test_without_a_walk_the_xpath_answers() -> None:
    tree, other = fromstring(_PAGE), fromstring(_PAGE)
    text_nodes(other)  # another page's walk
    assert walked_text_nodes(tree) is None
    assert byline_naming(tree, "Anna Smith") == ["Anna Smith", "Bob Jones"]


def test_a_name_lxml_refuses_is_refused_as_before() -> None:
    tree = fromstring(_PAGE)
    text_nodes(tree)
    with pytest.raises(ValueError):
        _naming_texts(tree, "Anna\x0bSmith")
