"""A kicker line set apart inside a heading whose lines sit in one wrapper element (issue 14):
"<h1><span class='leading-tight'><span>Krieg in der Ukraine</span><span class='sr-only'>:</span>
<span>Headline</span></span></h1>", where the titles run the kicker in with a colon ("Krieg in der
Ukraine: Headline - Site"). The rules read a kicker among the heading's own children only, so the
kicker's words were kept in the headline. Guards: a headline wrapped whole, a headline set over two
lines that a title states joined, a lower-case second line."""

from __future__ import annotations

import pytest
from helpers import LINE_BODY
from lxml import html as lxml_html

from cleaner.metadata import page_metadata
from cleaner.title.headings import heading_text

BODY = "".join(f"<p>{LINE_BODY} ({n})</p>" for n in range(6))
DE = "Selenskyj fordert mehr Luftabwehr von den westlichen Verbündeten"
KICKER = "Krieg in der Ukraine"
URL = "https://www.hafenblatt.example/ausland/ukraine-selenskyj-a-12345.html"


def _title(tab: str, heading: str) -> str | None:
    page = (f"<html lang='de'><head><title>{tab}</title><meta property='og:site_name' content='HAFENBLATT'>"
            f"</head><body><header><a href='/'>HAFENBLATT</a></header><main><article>{heading}"
            f"<div class='body'>{BODY}</div></article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize("heading", [
    f"<h1><span class='leading-tight'><span class='text-primary'>{KICKER}</span>"
    f"<span class='sr-only'>:</span><span class='align-middle'>{DE}</span></span></h1>",
    f"<h1><a href='{URL}'><span><span>{KICKER}</span><span>{DE}</span></span></a></h1>",
    f"<h2><div class='lines'><span>{KICKER}</span> <span>{DE}</span></div></h2>",
])
@pytest.mark.parametrize("tab", [f"{KICKER}: {DE} - HAFENBLATT", f"{DE} - HAFENBLATT"])
def test_a_kicker_line_inside_a_wrapper_is_no_part_of_the_headline(heading: str, tab: str) -> None:
    assert _title(tab, heading) == DE


def test_heading_text_reads_through_the_wrapper() -> None:
    element = lxml_html.fromstring(f"<h1><span><span>{KICKER}</span><span>{DE}</span></span></h1>")
    assert heading_text(element) == DE


@pytest.mark.parametrize(("heading", "expected"), [
    (f"<h1><span class='wrap'>{DE}</span></h1>", DE),  # wrapped whole
    ("<h1><span><span>Hafen in Not:</span><span>ein neuer Plan für die Werft</span></span></h1>",
     "Hafen in Not: ein neuer Plan für die Werft"),  # the second line goes on in lower case
])
def test_a_wrapped_headline_stays_whole(heading: str, expected: str) -> None:
    assert heading_text(lxml_html.fromstring(heading)) == expected


def test_two_lines_a_title_states_joined_stay_one_headline() -> None:
    heading = ("<h1><span><span>Council Approves New Budget</span>"
               "<span>For Harbour Repairs After Dispute</span></span></h1>")
    whole = "Council Approves New Budget For Harbour Repairs After Dispute"
    assert _title(f"{whole} - HAFENBLATT", heading) == whole
