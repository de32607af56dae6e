"""A topic run in before the headline with a colon ("Climate Crisis: Headline") in the sharing and tab
titles, that the page prints only as a step of its breadcrumb (a ``<nav>``/``<ol>`` named so,
``BreadcrumbList`` microdata or JSON-LD), where no <h1> prints the headline (issue 14): the topic goes,
as one printed as a kicker does. Guards: an <h1> that prints the topic with the headline keeps it (the
BBC's "Ukraine war: Headline"), a topic only the main menu or no element names stays, and so does one
that would leave fewer than three words."""

from __future__ import annotations

import pytest
from helpers import STORY_PROSE
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

URL = "https://www.quaynews.example/world/2024/04/12/harbour-sea-wall"
HEADLINE = "Harbour town votes to build new sea wall after storms"
NAV = ("<nav class='breadcrumb' aria-label='Breadcrumb'><ol><li><a href='/'>Home</a></li>"
       "<li><a href='/world/'>World</a></li><li><a href='/topics/climate/'>{topic}</a></li></ol></nav>")
ITEM = "<li itemprop='itemListElement' itemscope itemtype='https://schema.org/ListItem'>"
MICRODATA = ("<ol itemscope itemtype='https://schema.org/BreadcrumbList'>"
             f"{ITEM}<a itemprop='item' href='/'><span itemprop='name'>Start</span></a></li>"
             f"{ITEM}<span itemprop='name'>{{topic}}</span></li></ol>")
LD = ('<script type="application/ld+json">{{"@context": "https://schema.org", "@graph": [{{"@type": '
      '"BreadcrumbList", "itemListElement": [{{"@type": "ListItem", "position": 1, "name": "Home", "item": '
      '"https://www.quaynews.example/"}}, {{"@type": "ListItem", "position": 2, "item": {{"@id": '
      '"https://www.quaynews.example/climate/", "name": "{topic}"}}}}]}}]}}</script>')
MENU = "<nav class='main-menu'><ul><li><a href='/topics/climate/'>{topic}</a></li></ul></nav>"


def _title(title: str, before: str = "", head: str = "", h1: str = "", site: str = "Quay News") -> str | None:
    page = (f"<html><head><title>{title} | {site}</title><meta property='og:title' content=\"{title}\">"
            f"{head}</head><body><header><a href='/' class='logo'><img src='/logo.png' alt='{site}'></a>"
            f"</header><main>{before}<article>{h1}<div class='article-body'>{STORY_PROSE}</div></article>"
            "</main></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize(("topic", "where"), [
    ("Climate Crisis", "nav"),
    ("Klimakrise", "nav"),
    ("Climate Crisis", "microdata"),
    ("Climate Crisis", "ld"),
    ("Crise climatique", "ld"),
])
def test_a_topic_only_the_breadcrumb_prints_goes(topic: str, where: str) -> None:
    block = {"nav": NAV, "microdata": MICRODATA, "ld": LD}[where].format(topic=topic)
    before, head = ("", block) if where == "ld" else (block, "")
    assert _title(f"{topic}: {HEADLINE}", before=before, head=head) == HEADLINE


def test_the_h1_that_prints_the_topic_keeps_it() -> None:
    title = f"Ukraine war: {HEADLINE}"
    assert _title(title, before=NAV.format(topic="Ukraine war"), h1=f"<h1>{title}</h1>") == title


@pytest.mark.parametrize("before", ["", MENU.format(topic="Climate Crisis"),
                                    NAV.format(topic="Climate Policy")])
def test_a_topic_no_breadcrumb_prints_stays(before: str) -> None:
    assert _title(f"Climate Crisis: {HEADLINE}", before=before) == f"Climate Crisis: {HEADLINE}"


def test_a_headline_too_short_left_stays() -> None:
    title = "Climate Crisis: Sea wall"
    assert _title(title, before=NAV.format(topic="Climate Crisis")) == title


STEP = '{{{{"@type": "ListItem", "position": {n}, "name": "{name}"}}}}'
LD_WITH_HEADLINE = ('<script type="application/ld+json">{{"@type": "BreadcrumbList", "itemListElement": ['
                    + ", ".join(STEP.format(n=n, name=name) for n, name in
                                enumerate(["Home", "{topic}", "{headline}"], 1)) + ']}}</script>')


@pytest.mark.parametrize("title", [f"Climate Crisis - {HEADLINE}", f"Climate Crisis | {HEADLINE}",
                                   f"{HEADLINE} - Climate Crisis"])
def test_a_section_only_the_json_ld_breadcrumb_names_goes(title: str) -> None:
    head = LD_WITH_HEADLINE.format(topic="Climate Crisis", headline=HEADLINE)
    assert _title(title, head=head) == HEADLINE


def test_the_breadcrumb_step_that_is_the_headline_is_no_section() -> None:
    head = LD_WITH_HEADLINE.format(topic="Climate Crisis", headline=HEADLINE)
    assert _title(f"Storm special - {HEADLINE}", head=head) == f"Storm special - {HEADLINE}"
