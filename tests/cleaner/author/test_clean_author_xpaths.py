"""cleaner.author.author_xpaths answers trafilatura's AUTHOR_XPATHS exactly, element for element."""

from __future__ import annotations

from trafilatura.metadata import AUTHOR_XPATHS
from trafilatura.utils import load_html

from cleaner.author.author_xpaths import _restated, author_xpath_matches

PAGE = """<html><head><link rel="author" href="/a"></head><body>
<div class="nav" style="display:block">x</div>
<span class="author-name">Ann A</span><p class="AuthorName">Bob B</p><strong id="author">C</strong>
<a rel="author">D</a><span itemprop="author name">E</span><div data-testid="AuthorURL">F</div>
<div>G<rel>me</rel></div><div>H<rel>you</rel></div><author>I</author>
<h3 class="byline">J</h3><h4 class="username">K</h4><p class="BBL">L</p><span id="xiaobian">M</span>
<div class="posted-by x">N</div><section itemprop="authors">O</section><em id="Author-1">P</em>
<b class="screenname">Q</b><i class="Byline">R</i><u data-component="TopByline">S</u>
<td class="writer">T</td><span class="journalist-name">U</span><p class="bylines">V</p>
<h2 class="AUTHOR">not matched: capitals</h2><p title="author">not matched: another attribute</p>
</body></html>"""


def test_restates_this_trafilatura() -> None:
    assert _restated()


def test_same_elements_in_the_same_order() -> None:
    tree = load_html(PAGE)
    found = author_xpath_matches(tree)
    expected = [list(xpath(tree)) for xpath in AUTHOR_XPATHS]
    assert [len(m) for m in expected] == [9, 8, 12]  # the page exercises every test
    assert [len(m) for m in found] == [len(m) for m in expected]
    pairs = zip(found, expected, strict=True)
    assert all(a is b for mine, theirs in pairs for a, b in zip(mine, theirs, strict=True))


def test_nothing_to_match() -> None:
    tree = load_html("<html><body><p class='lead' style='x'>Text</p></body></html>")
    assert author_xpath_matches(tree) == [[], [], []]


def test_pieces_that_overlap_in_one_value() -> None:
    # Guard for the pieces' substring tests: "submitted-byline" holds "submitted-by" and "byl",
    # "xiaobianji" "xiaobian" and "bianji"; the serialised page holds a piece in text too.
    tree = load_html("""<html><body><p>posted-byline and uthor in the text</p>
<div class="submitted-byline">A</div><span id="xiaobianji">B</span><h3 class="byline">C</h3>
<span class="posted-byl">D</span><p class="bylined">E</p></body></html>""")
    found = author_xpath_matches(tree)
    expected = [list(xpath(tree)) for xpath in AUTHOR_XPATHS]
    assert [len(m) for m in expected] == [0, 4, 3]
    pairs = zip(found, expected, strict=True)
    assert all(len(mine) == len(theirs) and all(a is b for a, b in zip(mine, theirs, strict=True))
               for mine, theirs in pairs)


def test_attribute_values_found_without_named_elements() -> None:
    # No <author> and no <rel>: the candidates come from the six attributes' values searched joined.
    # Guards: an element with two marked attributes is one candidate, in its place; a piece across two
    # values ("...-au" + "thor") marks neither; a piece in another attribute (title, href) or in text
    # marks nothing; nested marked elements keep document order.
    tree = load_html("""<html><body><p>the author writes</p>
<div class="author-box" id="author"><span class="name" itemprop="author">A</span></div>
<a href="/author/b" title="author">B</a><span class="x-au" id="thor">C</span>
<div data-component="TopByline"><h3 class="byline">D</h3></div>
<p data-testid="authorName">E</p><span class="writer">F</span></body></html>""")
    from cleaner.author.author_xpaths import _ATTRIBUTES_AND_NAMED, _candidates

    assert all(isinstance(value, str) for value in _ATTRIBUTES_AND_NAMED(tree))
    assert [(e.tag, e.get("class")) for e in _candidates(tree)] == [
        ("div", "author-box"), ("span", "name"), ("div", None), ("h3", "byline"), ("p", None),
        ("span", "writer")]
    found = author_xpath_matches(tree)
    expected = [list(xpath(tree)) for xpath in AUTHOR_XPATHS]
    assert [len(m) for m in expected] == [1, 3, 5]
    assert all(len(mine) == len(theirs) and all(a is b for a, b in zip(mine, theirs, strict=True))
               for mine, theirs in zip(found, expected, strict=True))
