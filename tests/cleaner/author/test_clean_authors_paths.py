"""The fast author path against the full search (issue 14): structures where the first path that
answers (the marked author elements, the meta tags' names) missed names a later one finds.
- a marked author in a list or an aside above the headline (a "most read" list's) kept the byline under
  the headline from naming the article's author (one in the page's header still wins);
- an author block of items or cards ran its names together ("Jane Doe John Roe"), or a role and a
  social handle into the name ("Tom Gillespie News reporter @handle");
- meta tags naming two people: a byline naming both lists a third;
- a microdata author whose name is a <meta itemprop=name content> was not read, nor one with several
  properties ("author creator"): a related story's byline further down was taken for it.
Pages built from the structures of common news templates, not copied from any."""

from __future__ import annotations

import pytest
from helpers import COUNCIL_BODY

from cleaner.extract import extract


def _page(byline: str = "", before: str = "", head: str = "") -> str:
    return (f"<html><head><title>Council passes the budget</title>{head}</head><body>"
            f'<header><a href="/">The Daily Example</a></header>{before}<main><article>'
            f"<h1>Council passes the budget</h1>{byline}{COUNCIL_BODY}</article></main></body></html>")


MOST_READ = ('<aside class="most-read"><ul><li><a href="/other-story">Another story</a> '
             '<a rel="author" href="/author/bob-roe">Bob Roe</a></li></ul></aside>')


@pytest.mark.parametrize(("page", "authors"), [
    # a marked author above the headline, the article's byline under it
    (_page('<div class="byline">By Jane Doe</div>', before=MOST_READ), ["Jane Doe"]),
    (_page('<p>Par Jean Dupont et Marie Curie</p>', before=MOST_READ), ["Jean Dupont", "Marie Curie"]),
    # a list of authors, each an item
    (_page('<ul class="authors"><li><a href="/people/jane-doe">Jane Doe</a></li>'
           '<li><a href="/people/john-roe">John Roe</a></li></ul>'), ["Jane Doe", "John Roe"]),
    # an author card: the name, then the role and a social handle in their own block (read right
    # before too, with the role run into the name and cut as its trailer)
    (_page('<div class="article-author"><div class="article-author__details">'
           '<h3 class="article-author__name"><a href="/author/tom-doe">Tom Doe</a></h3>'
           '<p class="article-author__role">News reporter <a href="https://x.com/tomdoe">@TomDoe1</a></p>'
           '</div></div>'), ["Tom Doe"]),
    # a microdata author whose name is only a <meta> in its scope
    (_page('<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
           '<meta itemprop="name" content="Jane Doe"></span>'), ["Jane Doe"]),
    # meta tags naming two of the byline's three
    (_page('<p class="byline">By Jane Doe, John Roe and Bob Smith</p>',
           head='<meta name="author" content="Jane Doe, John Roe">'), ["Jane Doe", "John Roe", "Bob Smith"]),
])
def test_the_byline_a_later_path_finds(page: str, authors: list[str]) -> None:
    assert extract(page).authors == authors


RELATED = ('<aside class="related"><div class="teaser"><a href="/other-story">Another story</a> '
           '<span class="author">By John Roe</span></div></aside>')


@pytest.mark.parametrize(("byline", "authors"), [
    ('<span itemprop="author creator" itemscope itemtype="https://schema.org/Person">'
     '<a href="/people/jane-doe"><span itemprop="name">Jane Doe</span></a></span>', ["Jane Doe"]),
    ('<div class="info"><span itemprop="creator author" itemscope itemtype="https://schema.org/Person">'
     '<span itemprop="name"> AFP</span></span></div>', ["AFP"]),
    ('<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
     '<span itemprop="name alternateName">Jane Doe</span></span>', ["Jane Doe"]),
])
def test_a_microdata_author_with_several_properties(byline: str, authors: list[str]) -> None:
    page = _page(byline).replace("</article>", f"</article>{RELATED}")
    assert extract(page).authors == authors


@pytest.mark.parametrize(("page", "authors"), [
    # a marked byline above the headline with none under it still names the author
    (_page(before='<div class="byline"><a rel="author" href="/author/jane-doe">Jane Doe</a></div>'),
     ["Jane Doe"]),
    # a <meta rel=author> (a humans.txt credit) or an account's <meta itemprop=author> names no one
    (_page(head='<meta rel="author" content="humans.txt">'), []),
    (_page('<meta itemprop="author" content="jdoe">'), []),
    # meta tags naming two people whom no byline lists with others keep their two
    (_page('<p class="byline">By Jane Doe and John Roe</p>',
           head='<meta name="author" content="Jane Doe, John Roe">'), ["Jane Doe", "John Roe"]),
    # a byline naming others but not every meta person adds none
    (_page('<p class="byline">By Jane Doe and Bob Smith</p>',
           head='<meta name="author" content="Jane Doe, John Roe">'), ["Jane Doe", "John Roe"]),
])
def test_what_the_first_path_keeps(page: str, authors: list[str]) -> None:
    assert extract(page).authors == authors
