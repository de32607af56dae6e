"""A short headline and a section's name no site key tells, in the tab title ("Storm Floods Harbour |
World News Desk", issue 14): which part is the headline. The page tells: its navigation or breadcrumb
prints the section's name as a link (the segment is cut), or it prints the headline as a heading over
the text (the first segment, before a pipe, of three words or more). A headline segment that is also
a link's text, and a tab title no page evidence splits, stay whole."""

from __future__ import annotations

import pytest
from helpers import prose
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

HEADLINE = "Storm Floods Harbour"
SECTION = "World News Desk"
URL = "https://www.quaysidechronicle.example/news/2024/04/12/98765.html"
PROSE = prose(8)
LOGO = "<a href='/'>Quayside Chronicle</a>"


def _title(tab: str, body: str, head: str = "") -> str | None:
    page = f"<html><head><title>{tab}</title>{head}</head><body>{body}</body></html>"
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize("links", [
    f"<nav><a href='/local'>Local</a> <a href='/world'>{SECTION}</a></nav>",
    f"<ol class='breadcrumb'><li><a href='/'>Home</a></li><li><a href='/world'> {SECTION} </a></li></ol>",
])
@pytest.mark.parametrize("separator", [" | ", " - ", "｜"])
def test_a_section_the_page_links_to_is_cut(links: str, separator: str) -> None:
    body = f"<header>{LOGO}{links}</header><div class='story'>{PROSE}</div>"
    assert _title(f"{HEADLINE}{separator}{SECTION}", body) == HEADLINE
    site = "<meta property='og:site_name' content='Quayside Chronicle'>"
    assert _title(f"{HEADLINE}{separator}{SECTION}", body, head=site) == HEADLINE


@pytest.mark.parametrize("story", [
    f"<article><h2>{HEADLINE}</h2>{PROSE}</article>",
    f"<div class='post'><div class='head'><h2>{HEADLINE}</h2></div>{PROSE}</div>"])
def test_the_headline_printed_over_the_text_is_the_first_segment(story: str) -> None:
    assert _title(f"{HEADLINE} | {SECTION}", f"<header>{LOGO}</header>{story}") == HEADLINE


def test_no_evidence_leaves_the_tab_title_whole() -> None:
    body = f"<header>{LOGO}</header><div class='story'>{PROSE}</div>"
    assert _title(f"{HEADLINE} | {SECTION}", body) == f"{HEADLINE} | {SECTION}"


def test_a_short_first_segment_printed_as_a_heading_is_no_headline() -> None:
    # "Opinion | ...": a section's heading of a word before a pipe is not the headline.
    body = f"<header>{LOGO}</header><article><h2>Opinion</h2>{PROSE}</article>"
    assert _title(f"Opinion | {HEADLINE} Again Today", body) != "Opinion"


def test_a_headline_linked_elsewhere_on_the_page_keeps_its_words() -> None:
    # The section's name is linked, and so is the headline (a "most read" list): only the tail goes.
    links = (f"<nav><a href='/world'>{SECTION}</a></nav>"
             f"<ul class='most-read'><li><a href='/s'>{HEADLINE}</a></li></ul>")
    body = f"<header>{LOGO}{links}</header><div class='story'>{PROSE}</div>"
    assert _title(f"{HEADLINE} | {SECTION}", body) == HEADLINE


@pytest.mark.parametrize("story", [
    f"<article><h1>{SECTION}</h1>{PROSE}</article>",
    f"<div class='section-head'><h1>{SECTION}</h1></div><div class='x'><div>{PROSE}</div></div>"])
def test_an_h1_that_is_the_linked_section_after_the_headline_gives_way(story: str) -> None:
    body = f"<header>{LOGO}<nav><a href='/world'>{SECTION}</a></nav></header>{story}"
    assert _title(f"{HEADLINE} | {SECTION}", body) == HEADLINE
    assert _title(f"{HEADLINE} | {SECTION}", body, head=f"<meta property='og:title' content='{HEADLINE} | "
                                                      f"{SECTION}'>") == HEADLINE


ABOUT = "https://vortexgames.example/about"


@pytest.mark.parametrize("href", ["/about", "https://vortexgames.example/about/"])
def test_a_sites_page_linked_from_its_navigation_keeps_its_h1(href: str) -> None:
    # "Site | Page": the navigation's link to this very page, or a title that opens with the site.
    body = (f"<header><a href='/'>Vortex Games</a><nav><a href='{href}'>About bugs</a></nav></header>"
            f"<article><h1>About bugs</h1>{PROSE}</article>")
    page = f"<html><head><title>Vortex Games | About bugs</title></head><body>{body}</body></html>"
    assert page_metadata(lxml_html.fromstring(page), ABOUT).title == "About bugs"
    other = body.replace(href, "/pages/about-bugs")  # linked elsewhere, but the title opens with the site
    page = f"<html><head><title>Vortex Games | About bugs</title></head><body>{other}</body></html>"
    assert page_metadata(lxml_html.fromstring(page), ABOUT).title == "About bugs"
