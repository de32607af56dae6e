"""Prose written straight in a ``<div>`` after a subheading and a video block (cleaner.body.gaps).

The precision pass reads no ``<div>`` once the body has enough ``<p>`` text, and drops a closing
paragraph set as a ``<div>`` of text alone after an ``<h2>`` and an embedded player; gaps puts it back
after the last kept paragraph, in the same body block, the subheading and the media between them
ending no run; the subheading right before the ``<div>`` comes back over it (``gaps._heading_before``).
A ``<div>`` whose text the kept text already holds (a pull quote repeating the end of a paragraph)
stays out, as does one named for a caption or for related stories.
"""

from __future__ import annotations

from lxml import html as lxml_html

from cleaner.body.containers import container_of, first_kept_paragraph
from cleaner.body.gaps import with_dropped_paragraphs
from cleaner.extract import extract

KEPT = [f"Paragraph {n} of the report says what the delegations agreed on in Geneva, in a sentence with "
        "more words in it." for n in range(5)]
FINAL = ("The ministry will publish the full text of the agreement next week, after the delegations "
         "sign it in Bern.")
PLAYER = "<div><iframe src='https://video.example/embed/1'></iframe></div>"


def _paragraphs(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def _restored(page: str, kept: list[str]) -> list[str]:
    tree = lxml_html.fromstring(page)
    text = "\n".join(kept)
    return with_dropped_paragraphs(container_of(first_kept_paragraph(tree, text)), text).split("\n")


def test_a_closing_text_div_after_a_subheading_and_a_player_comes_back() -> None:
    pages = {
        "in the article's own block": f"<article><h1>Delegations agree</h1>"
                                      f"<div>{_paragraphs(*KEPT[:2])}</div><h2>Videos</h2>"
                                      f"{_paragraphs(*KEPT[2:])}{PLAYER}<h2>What next</h2>"
                                      f"<div>{FINAL}</div></article>",
        "in a body block": f"<article><h1>Delegations agree</h1><div class='body'>{_paragraphs(*KEPT[:3])}"
                           f"<h2>Videos</h2>{PLAYER}{_paragraphs(*KEPT[3:])}<h2>What next</h2>"
                           f"<div>{FINAL}</div></div></article>",
    }
    for why, article in pages.items():
        page = f"<html><body>{article}</body></html>"
        assert _restored(page, KEPT) == [*KEPT, "What next", FINAL], why
        assert extract(page).text.split("\n")[-2:] == ["What next", FINAL], why


def test_text_the_kept_text_holds_or_named_furniture_stays_out() -> None:
    quote = KEPT[4][KEPT[4].index("says") :].capitalize()  # the end of a kept paragraph, repeated
    for block in (f"<div>{quote}</div>", f"<div class='video-caption'>{FINAL}</div>",
                  f"<h2>Related</h2><div class='related'>{FINAL}</div>"):
        page = (f"<html><body><article><h1>Delegations agree</h1>{_paragraphs(*KEPT)}{PLAYER}{block}"
                "</article></body></html>")
        assert _restored(page, KEPT) == KEPT, block
