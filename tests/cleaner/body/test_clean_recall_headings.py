"""A subheading between the two blocks a body is split over: the container's second reading, which
gives the whole body, may drop it; it is put back as for the fast text (cleaner.body.recall.with_headings)."""

from __future__ import annotations

from helpers import article_lines

from cleaner.extract import extract

ENGLISH = article_lines(14)
FRENCH = article_lines(14, "fr")


def _page(lines: list[str], heading: str) -> str:
    first = "".join(f"<p>{line}</p>" for line in lines[:5])
    rest = "".join(f"<p>{line}</p>" for line in lines[5:])
    return ("<html><head><title>Council passes the budget</title></head><body><nav><a href='/'>Home</a></nav>"
            "<main><article><h1>Council passes the budget</h1><div class='byline'>By Ann Lee</div>"
            f"<div class='article-body'>{first}</div><h2>{heading}</h2>"
            f"<div class='article-body-2'>{rest}</div>"
            "</article></main><footer><p>About us</p></footer></body></html>")


def test_the_subheading_between_the_bodys_two_blocks_stays() -> None:
    for lines, heading in ((ENGLISH, "More on the vote"), (FRENCH, "Ce que prévoit le budget")):
        result = extract(_page(lines, heading))
        assert result.text.split("\n") == [*lines[:5], heading, *lines[5:]], heading
        assert result.extractor == "trafilatura:container"
