"""The headline printed as an <h3> or an ARIA heading where no <h1> is it (issue 14): themes that
set the site's logo as the <h1> and the post's title as an <h3>, with the headline block apart from
the text (a Bootstrap container with a breadcrumb above a second container holding the text in
<div>s and <br> lines, so no heading is seen opening the prose). The page's heading is the
headline as printed (its curly quotes), and a section's name the sharing title sets before it
("Science - Headline") or after it goes. Guards: a section's name printed as an <h3> is no
headline, nor a heading that is only a short part of the title."""

from __future__ import annotations

import pytest
from helpers import PLANET_DIVS
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

URL = "https://www.quaysidechronicle.example/science/2024/04/12/some-story"
HEADLINE = "Astronomers find water vapour on distant exoplanet"
PROSE = PLANET_DIVS


def _page(head: str, heading: str) -> str:
    return ("<html><head>" + head + "</head><body>"
            "<h1 class='logo'><a href='/'><img alt='Quayside Chronicle' src='/logo.png'></a></h1>"
            "<nav><a href='/news'>News</a> <a href='/science'>Science</a></nav>"
            "<div class='container'><div class='row'><div class='col-md-12'>"
            "<div class='breadcrumb'><a href='/'>Home</a> / <a href='/science'>Science</a></div>"
            f"{heading}<div class='meta'>12.04.2024</div></div></div></div>"
            "<div class='container'><div class='row'><div class='col-md-8'>"
            f"<div class='content'>{PROSE}</div></div>"
            "<aside><h3>Most read</h3><ul><li><a href='/x'>Ferry timetable changes</a></li></ul></aside>"
            "</div></div></body></html>")


def _head(og: str, tab: str | None = None) -> str:
    return (f"<title>{tab or og} | Quayside Chronicle</title><meta property='og:title' content=\"{og}\">"
            "<meta property='og:site_name' content='Quayside Chronicle'>")


def _title(head: str, heading: str) -> str | None:
    return page_metadata(lxml_html.fromstring(_page(head, heading)), URL).title


@pytest.mark.parametrize(("og", "heading", "expected"), [
    # The sharing title with straight quotes, the <h3> with the page's curly ones.
    ("Minister says 'no deal' on harbour plan", "<h3>Minister says ‘no deal’ on harbour plan</h3>",
     "Minister says ‘no deal’ on harbour plan"),
    # A section's name before the headline in the sharing and tab titles.
    (f"Science - {HEADLINE}", f"<h3>{HEADLINE}</h3>", HEADLINE),
    (f"Science | {HEADLINE}", f"<h3 class='post-heading'>{HEADLINE}</h3>", HEADLINE),
    (f"Наука — {HEADLINE}", f"<h2>{HEADLINE}</h2>", HEADLINE),
    # After it, with the site's name.
    (f"{HEADLINE} - Science and Tech", f"<h3>{HEADLINE}</h3>", HEADLINE),
    # An ARIA heading.
    (f"Science - {HEADLINE}", f"<div role='heading' aria-level='1'>{HEADLINE}</div>", HEADLINE),
])
def test_minor_heading_is_the_headline(og: str, heading: str, expected: str) -> None:
    assert _title(_head(og), heading) == expected


def test_section_name_as_an_h3_is_no_headline() -> None:
    # The <h3> prints the section's name: the headline is the sharing title's.
    og = f"{HEADLINE} - Science and Technology"
    assert _title(_head(og), "<h3>Science and Technology</h3>") == HEADLINE


def test_short_part_of_the_title_is_no_headline() -> None:
    # A 3-word heading that is only the first segment of a longer title, set apart by a dash, is a
    # series' name: the title stays whole.
    og = "Water on exoplanets - Astronomers find vapour in a distant planet's air after years of search"
    assert _title(_head(og), "<h3>Water on exoplanets</h3>") == og


@pytest.mark.parametrize("cut", ["...", "…"])
def test_heading_that_a_title_cut_short_opens_is_the_headline(cut: str) -> None:
    headline = f"{HEADLINE} after a decade of searching the skies"
    tab = f"{HEADLINE} after a{cut}"
    assert _title(_head(tab), f"<h3>{headline}</h3>") == headline


def test_heading_that_opens_otherwise_is_no_headline() -> None:
    # The title cut short opens with other words than the heading: the title stays.
    tab = f"{HEADLINE} after a..."
    assert _title(_head(tab), "<h3>Astronomers find water on Mars</h3>") == tab
