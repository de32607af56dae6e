"""A topic run in before the headline with a colon in the sharing and tab titles ("Ukraine war:
Headline | Site", "Krieg in der Ukraine: Headline - Site") on a page whose headline is in no heading the
rules can match (set by script), where the page prints that topic in an element its class names a
kicker (kicker, overline, topline, eyebrow, Dachzeile ...): the page's own markup shows it is a kicker,
so it goes (issue 14). Only then: a topic the page prints nowhere as a kicker stays ("Ukraine war: ..." is
the BBC's headline as printed), as does one where a kicker element names another thing, or where the
kicker is in a sidebar."""

from __future__ import annotations

import pytest
from helpers import LINE_BODY
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

BODY = "".join(f"<p>{LINE_BODY} ({n})</p>" for n in range(6))
HEADLINE = "Council approves new budget for harbour repairs after long dispute"
URL = "https://www.quaysidechronicle.example/news/2024/04/12/council-approves-budget-98765.html"


def _title(topic: str, markup: str, aside: str = "", lang: str = "en",
           headline: str = HEADLINE) -> str | None:
    run_in = f"{topic}: {headline}"
    page = (f"<html lang='{lang}'><head><title>{run_in} | Quayside Chronicle</title>"
            f"<meta property='og:title' content='{run_in}'>"
            "<meta property='og:site_name' content='Quayside Chronicle'></head><body>"
            f"<header><a href='/'>Quayside Chronicle</a><nav><a href='/world'>World</a></nav></header>"
            f"<main><article>{markup}<div class='article-body'>{BODY}</div></article>{aside}</main>"
            "</body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize("markup", [
    "<p class='kicker'>{topic}</p>",
    "<div><span class='article__overline'>{topic}</span></div>",
    "<div class='story-eyebrow'><a href='/topics/ukraine'>{topic}</a></div>",
    "<span class='topline'>{topic}:</span>",
])
def test_a_topic_the_page_prints_as_a_kicker_goes(markup: str) -> None:
    assert _title("Ukraine war", markup.format(topic="Ukraine war")) == HEADLINE


def test_a_dachzeile() -> None:
    headline = "Selenskyj fordert mehr Luftabwehr von den westlichen Verbündeten"
    markup = "<div class='dachzeile'>Krieg in der Ukraine</div>"
    assert _title("Krieg in der Ukraine", markup, lang="de", headline=headline) == headline


@pytest.mark.parametrize(("topic", "markup", "aside"), [
    ("Ukraine war", "", ""),  # printed nowhere as a kicker
    ("Brexit", "<p class='kicker'>Politics</p>", ""),  # the kicker names another thing
    ("Ukraine war", "", "<aside><p class='kicker'>Ukraine war</p><p>More on the war</p></aside>"),
])
def test_a_topic_no_kicker_shows_stays(topic: str, markup: str, aside: str) -> None:
    assert _title(topic, markup, aside) == f"{topic}: {HEADLINE}"
