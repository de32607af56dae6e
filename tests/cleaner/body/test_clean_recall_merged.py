"""A second reading of the container that holds another part of the body than the fast pass's text:
both together, in page order (cleaner.body.recall.merged, cleaner.extract._unless_cut_short)."""

from __future__ import annotations

from lxml import html as lxml_html

from cleaner.body.recall import looks_cut_short, merged
from cleaner.extract import extract

_TOPICS = ["the river crossing", "the school budget", "the bus depot", "the night market", "the harbour wall",
           "the library roof", "the tram extension", "the flood barrier", "the housing estate",
           "the water works", "the old cinema", "the cycle lanes", "the sports hall", "the ferry pier"]
PARAGRAPHS = [
    f"Councillors spent most of the evening on {topic}, which officials say will cost about {n + 3} million "
    f"euros over {n % 4 + 2} years. Residents who spoke at the meeting asked why the plans for {topic} had "
    f"changed since the spring, and the planning office promised a written answer within {n + 10} days."
    for n, topic in enumerate(_TOPICS)]
HEAD = ('<h1>Council approves the city plan after a long night</h1><div class="byline">By Jane Roe</div>'
        '<time datetime="2024-05-01T10:00:00+02:00">1 May 2024</time>')
NAV = "<nav><ul>" + "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(8)) + "</ul></nav>"
FOOT = ("<footer><p>Copyright 2024 Example Media. All rights reserved.</p><ul>"
        + "".join(f'<li><a href="/f{i}">Footer link {i}</a></li>' for i in range(6)) + "</ul></footer>")


def _page(body: str) -> str:
    return (f'<html lang="en"><head><title>City plan - Example</title></head><body>{NAV}{body}{FOOT}'
            "</body></html>")


def _paragraphs(first: int, last: int) -> str:
    return "".join(f"<p>{text}</p>" for text in PARAGRAPHS[first:last])


def _kept(text: str) -> list[int]:
    """Which of PARAGRAPHS the text holds, in its order."""
    lines = text.splitlines()
    return [index for line in lines for index, paragraph in enumerate(PARAGRAPHS) if line == paragraph]


def test_a_body_split_over_two_rows_is_read_whole() -> None:
    """The first three paragraphs in a block named like a body in one row, the rest in the next row:
    the fast pass kept the first three, the container's second reading the rest alone (the block it
    took for the body); neither is the article, both together are."""
    page = _page(f'<div class="story">{HEAD}<div class="row"><div class="post-content">{_paragraphs(0, 3)}'
                 f'</div></div><div class="row"><div class="col">{_paragraphs(3, 14)}</div></div></div>')
    assert _kept(extract(page).text) == list(range(14))


def test_a_body_split_deep_in_the_layout_is_read_whole() -> None:
    page = _page(f'<div class="col"><div class="a1"><div class="article-body">{HEAD}{_paragraphs(0, 3)}'
                 f'</div></div><div class="a2"><div class="x"><div class="y">{_paragraphs(3, 14)}</div></div>'
                 "</div></div>")
    assert _kept(extract(page).text) == list(range(14))


def test_a_body_set_in_divs_after_its_first_paragraphs_is_read_whole() -> None:
    """Two ``<p>`` paragraphs, then the body in ``<div class="paragraph">`` blocks: the fast pass kept
    the two, and the cut was not noticed while only ``<p>`` prose was measured."""
    divs = "".join(f'<div class="paragraph">{text}</div>' for text in PARAGRAPHS[2:13])
    page = _page(f'<main><div class="story">{HEAD}{_paragraphs(0, 2)}<div class="article-body">{divs}</div>'
                 "</div></main>")
    assert _kept(extract(page).text) == list(range(13))


def test_prose_in_divs_counts_only_where_the_body_is_not_in_paragraphs() -> None:
    divs = "".join(f"<div>{text}</div>" for text in PARAGRAPHS[2:8])
    few = lxml_html.fromstring(f"<div>{_paragraphs(0, 2)}{divs}</div>")
    assert looks_cut_short("\n".join(PARAGRAPHS[:2]), few)
    # The body is in <p>s (five or more): a <div>'s own text there is furniture, not missing prose.
    many = lxml_html.fromstring(f"<div>{_paragraphs(0, 8)}{divs}</div>")
    assert not looks_cut_short("\n".join(PARAGRAPHS[:8]), many)
    hidden = lxml_html.fromstring(f'<div>{_paragraphs(0, 2)}<div hidden="">{divs}</div></div>')
    assert not looks_cut_short("\n".join(PARAGRAPHS[:2]), hidden)


def test_merged_keeps_page_order_and_needs_new_prose() -> None:
    container = lxml_html.fromstring(f"<div>{_paragraphs(0, 6)}</div>")
    fast = "\n".join([PARAGRAPHS[0], PARAGRAPHS[3]])
    second = "\n".join([PARAGRAPHS[1], PARAGRAPHS[2], PARAGRAPHS[4], PARAGRAPHS[5]])
    assert _kept(merged(fast, second, container) or "") == list(range(6))
    assert merged(fast, f"{PARAGRAPHS[3]}\nShare this", container) is None
