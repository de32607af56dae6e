"""The headline as the page prints it where its sharing and tab titles write it otherwise (issue 14):
straight quotes for the page's curly ones or guillemets, '...' for '…', '-' or '--' for a dash, a
non-breaking space, a soft hyphen or a zero-width space in the <h1>, a trailing full stop, an entity
escaped twice, a title in capitals over a sentence-case <h1>, and a section's name before the
headline in the titles ("Politics - Headline"). The <h1> opens the text or stands apart from it (a
hero block over a second container with the text in <div>s). Where the page sets its <h1> in
capitals, the title's letters are kept."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

URL = "https://www.quaysidechronicle.example/politics/2024/04/12/harbour-plan"
SITE = "Quayside Chronicle"
PARAGRAPHS = [f"The minister spoke on day {n} of the talks, the report said after months of argument "
              "between the parties over the harbour." for n in range(6)]


def _near(heading: str) -> str:
    prose = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return f"<main><article>{heading}<div class='body'>{prose}</div></article></main>"


def _far(heading: str) -> str:
    prose = "".join(f"<div>{text}</div><br>" for text in PARAGRAPHS)
    return (f"<div class='container'><div class='hero'><a href='/politics'>Politics</a>{heading}</div></div>"
            f"<div class='share'>Share</div><div class='container'><div class='col-md-8'>{prose}</div></div>")


def _title(og: str, heading: str, layout) -> str | None:
    head = (f"<title>{og} | {SITE}</title><meta property='og:title' content=\"{og}\">"
            f"<meta property='og:site_name' content='{SITE}'>")
    body = f"<header><a class='logo' href='/'>{SITE}</a></header>{layout(heading)}"
    page = lxml_html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")
    return page_metadata(page, URL).title


CASES = [
    # (sharing title, the page's <h1>, the headline expected)
    ("Politics - Minister says 'no deal' on harbour plan", "<h1>Minister says ‘no deal’ on harbour plan</h1>",
     "Minister says ‘no deal’ on harbour plan"),
    ("Politics | Minister says 'no deal' on harbour plan", "<h1>Minister says “no deal” on harbour plan</h1>",
     "Minister says “no deal” on harbour plan"),
    ("Minister says 'no deal' on harbour plan", "<h1>Minister says ‘no deal’ on harbour plan</h1>",
     "Minister says ‘no deal’ on harbour plan"),
    ('Le maire promet un "nouveau port"', "<h1>Le maire promet un « nouveau port »</h1>",
     "Le maire promet un « nouveau port »"),
    ("Harbour plan approved... for now", "<h1>Harbour plan approved… for now</h1>",
     "Harbour plan approved… for now"),
    ("Harbour plan -- what we know so far", "<h1>Harbour plan&nbsp;— what we know so far</h1>",
     "Harbour plan — what we know so far"),
    ("Harbour plan approved after long dispute", "<h1>Harbour plan approved after long dispute.</h1>",
     "Harbour plan approved after long dispute."),
    ("Harbour plan approved after long dispute",
     "<h1>Harbour plan ap&shy;proved after long&#8203; dispute</h1>",
     "Harbour plan approved after long dispute"),
    ("HARBOUR PLAN APPROVED AFTER LONG DISPUTE", "<h1>Harbour plan approved after long dispute</h1>",
     "Harbour plan approved after long dispute"),
    ("Tom &amp;amp; Jerry return to harbour screens", "<h1>Tom &amp; Jerry return to harbour screens</h1>",
     "Tom & Jerry return to harbour screens"),
    # The page sets its <h1> in capitals: the title's letters.
    ("Politics - Minister says 'no deal' on harbour plan", "<h1>MINISTER SAYS 'NO DEAL' ON HARBOUR PLAN</h1>",
     "Minister says 'no deal' on harbour plan"),
]


@pytest.mark.parametrize("layout", [_near, _far], ids=["opens-text", "apart"])
@pytest.mark.parametrize(("og", "heading", "expected"), CASES)
def test_headline_as_printed(og: str, heading: str, expected: str, layout) -> None:
    assert _title(og, heading, layout) == expected


@pytest.mark.parametrize("layout", [_near, _far], ids=["opens-text", "apart"])
def test_site_name_printed_in_the_h1_goes(layout) -> None:
    # A theme that sets the tab title as the heading: "Headline | Site" in the <h1> too.
    headline = "Harbour plan approved after long dispute"
    assert _title(f"{headline} | {SITE}", f"<h1>{headline} | {SITE}</h1>", layout) == headline


@pytest.mark.parametrize("layout", [_near, _far], ids=["opens-text", "apart"])
def test_words_after_a_dash_in_the_h1_that_name_no_site_stay(layout) -> None:
    headline = "Take C.A.R.E. - Quayside at the harbour fair 2024"
    assert _title(headline, f"<h1>{headline}</h1>", layout) == headline
