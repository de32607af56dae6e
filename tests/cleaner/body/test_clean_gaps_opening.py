"""The first paragraphs of a story that the precision pass dropped with their block (named or
styled like furniture: "link", a border), before the first paragraph it kept: put back in front
(cleaner.body.gaps). A deck's block, a byline, or text before the headline is no opening."""

from __future__ import annotations

from lxml import html as lxml_html

from cleaner.body.containers import container_of, first_kept_paragraph
from cleaner.body.gaps import with_dropped_paragraphs as _with_dropped

OPENING = ["The delegations met for three days in the capital and agreed on a plan for the river basin.",
           "Their ministers will sign it next month, after each parliament has had the text for a week."]
KEPT = [f"Paragraph {n} of the story says what the delegations agreed on, in a full sentence."
        for n in range(3)]


def _page(before: str) -> str:
    kept = "".join(f"<p>{line}</p>" for line in KEPT)
    return f"<html><body><article><h1>Delegations agree</h1>{before}{kept}</article></body></html>"


def _with_dropped_paragraphs(page: str) -> list[str]:
    tree = lxml_html.fromstring(page)
    text = "\n".join(KEPT)
    return _with_dropped(container_of(first_kept_paragraph(tree, text)), text).split("\n")


def test_the_opening_paragraphs_dropped_with_their_block_are_put_back() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in OPENING)
    for block in ("<div class='link'>", "<div style='border-bottom: 1px solid #ddd'>",
                  "<div class='text-bottom'>"):
        assert _with_dropped_paragraphs(_page(f"{block}{paragraphs}</div>")) == [*OPENING, *KEPT], block


def test_a_deck_a_byline_or_text_before_the_headline_is_no_opening() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in OPENING)
    for before in (f"<div class='standfirst'>{paragraphs}</div>",
                   f"<div class='article-summary'>{paragraphs}</div>",
                   f"<p class='dek'>{OPENING[0]}</p>",
                   f"<div class='link'>{paragraphs}<p class='byline'>By Ann Lee, Health News, in the capital"
                   "</p></div>"):
        assert _with_dropped_paragraphs(_page(before)) == KEPT, before[:30]
    kept = "".join(f"<p>{line}</p>" for line in KEPT)
    above = (f"<html><body><article><div class='link'>{paragraphs}</div><h1>Delegations agree</h1>{kept}"
             "</article></body></html>")
    assert _with_dropped_paragraphs(above) == KEPT


def test_extract_puts_the_opening_back_in_front() -> None:
    from cleaner.extract import extract

    opening = "".join(f"<p>{line}</p>" for line in OPENING)
    story = [f"Paragraph {n} of the story says what the delegations agreed on, in a full sentence, and more."
             for n in range(8)]
    page = ("<html><body><nav><a href='/'>Home</a></nav><article><h1>Delegations agree</h1>"
            f"<div class='link'>{opening}</div>" + "".join(f"<p>{line}</p>" for line in story)
            + "</article><footer><p>About us</p></footer></body></html>")
    assert extract(page).text.splitlines() == [*OPENING, *story]
