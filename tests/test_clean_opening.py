"""The top of an extracted body (cleaner.opening): headline, deck and byline lines go, a deck set in
the body and a lead paragraph stay."""

from __future__ import annotations

from lxml import html as lxml_html

from cleaner.opening import without_opening

HEADLINE = "Brazil calls for binding cyber rules"
DECK = "Itamaraty wants a treaty on state behaviour; the United States resist"
FIRST = "The Brazilian government on Friday called for binding rules on state behaviour in cyberspace."
SECOND = "The proposal is to be discussed in the new permanent mechanism of the United Nations."


def _tree(header: str, body: str):
    page = f"<html><body><header><h1>{HEADLINE}</h1>{header}</header><div class='body'>{body}</div>"
    return lxml_html.fromstring(page)


def test_deck_beside_the_headline_and_byline_go() -> None:
    tree = _tree(f"<h2 class='c-content-head__subtitle'>{DECK}</h2>", f"<p>{FIRST}</p><p>{SECOND}</p>")
    text = "\n".join([HEADLINE, DECK, "By Ana Souza · April 12, 2024", FIRST, SECOND])
    assert without_opening(tree, text, HEADLINE, ["Ana Souza"]) == f"{FIRST}\n{SECOND}"


def test_deck_in_the_body_and_unnamed_byline_stay() -> None:
    # A deck set in the body's block is the body's; a "By" line that names no author of the page stays.
    tree = _tree("", f"<h2 class='subhead'>{DECK}</h2><p>{FIRST}</p><p>{SECOND}</p>")
    text = "\n".join([DECK, "By the end of the week, the text was agreed.", FIRST, SECOND])
    assert without_opening(tree, text, HEADLINE, ["Ana Souza"]) == text
