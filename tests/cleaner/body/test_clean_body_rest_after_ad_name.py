"""The body's rest in a block named for its place after an ad slot ("post-after-ad",
"text-block--after-ad", "article-body_below-ad"), after a picture, a video or the ad itself, no
<article> around the story: the name read as an ad's (cleaner.body.next_blocks.OTHER_CONTENT), so
the container stayed the first block and the story came out as its first paragraphs. Guards: blocks
named for an ad ("ad", "ad-slot", "native-ad", "ads-after", "post-ads") are no body's rest by name."""

from __future__ import annotations

import pytest
from helpers import article_lines
from lxml import html as lxml_html

from cleaner.body.next_blocks import body_rest_name
from cleaner.extract import extract

AD = "<div class='ad-slot'><span>Advertisement</span><div id='gpt-ad-2'></div></div>"
FIGURE = "<figure><img src='/img/ferry.jpg'><figcaption>The ferry on Monday.</figcaption></figure>"
VIDEO = "<div class='video-embed'><iframe src='https://player.example.com/embed/7'></iframe></div>"


def _page(lang: str, name: str, between: str) -> tuple[str, list[str]]:
    lines = article_lines(10, lang)
    first = "".join(f"<p>{line}</p>" for line in lines[:3])
    rest = "".join(f"<p>{line}</p>" for line in lines[3:])
    page = (f"<html lang='{lang}'><head><title>Council budget</title></head><body><header><nav><ul>"
            "<li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav></header>"
            "<div class='main-col'><h1>Council passes the budget after a long night</h1>"
            f"<div class='article-body'>{first}</div>{between}<div class='{name}'>{rest}</div></div>"
            "<footer><p>© 2025 Example Times</p></footer></body></html>")
    return page, lines


@pytest.mark.parametrize("lang", ["en", "de", "es", "pt"])
@pytest.mark.parametrize("name", ["post-after-ad", "text-block--after-ad", "article-body_below-ad"])
@pytest.mark.parametrize("between", [AD, FIGURE, VIDEO])
def test_the_rest_in_a_block_named_after_the_ad_is_read(lang: str, name: str, between: str) -> None:
    page, lines = _page(lang, name, between)
    text = extract(page).text
    assert all(line in text for line in lines)


@pytest.mark.parametrize("name", ["ad", "ad-slot", "native-ad", "ads-after", "sidebar_ad", "post-ads"])
def test_a_block_named_for_an_ad_is_no_rest_of_the_body(name: str) -> None:
    block = lxml_html.fromstring(f"<div class='{name}'><p>Sponsored.</p></div>")
    assert not body_rest_name(block)
