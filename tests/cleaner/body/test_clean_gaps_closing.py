"""The story's last paragraphs, which the precision pass dropped with the block they close the body
in (cleaner.body.gaps._closing_prose): a block right inside the body's block that trafilatura discards by
its name or style ("article-bottom", "link", a border)."""

from __future__ import annotations

from helpers import article_lines

from cleaner.extract import extract

ENGLISH = article_lines(10)
SPANISH = article_lines(10, "es")
GERMAN = article_lines(10, "de")


def _page(lines: list[str], closing_block: str, last: int = 7, after: str = "") -> str:
    body = "".join(f"<p>{line}</p>" for line in lines[:last])
    rest = "".join(f"<p>{line}</p>" for line in lines[last:])
    return ("<html><head><title>Council passes the budget</title></head><body><nav><a href='/'>Home</a></nav>"
            "<main><article><h1>Council passes the budget</h1><div class='article-body'>"
            f"{body}<div {closing_block}>{rest}</div>{after}</div></article></main>"
            "<footer><p>About us</p></footer></body></html>")


def test_the_last_paragraphs_in_a_block_the_fast_pass_discards_are_put_back() -> None:
    cases = {
        "article-bottom": (ENGLISH, "class='article-bottom'"),
        "a link block": (SPANISH, "class='link'"),
        "a border above": (GERMAN, "style='border-top: 1px solid #ccc'"),
    }
    for why, (lines, block) in cases.items():
        assert extract(_page(lines, block)).text.split("\n") == lines, why


def test_a_note_or_a_bio_after_the_story_stays_out() -> None:
    note = "This story was produced with the support of a foundation that had no say in its content."
    page = _page([*ENGLISH[:7], note], "class='bottom-note'")
    assert note not in extract(page).text
    bio = "The writer is a reporter covering city hall; she joined the paper in 2019 after ten years abroad."
    page = _page([*ENGLISH[:7], bio], "class='bottom-bio'")
    assert bio not in extract(page).text
