"""A headline printed in a block named as the title (no <h1>: ``<h3 class="title">``, ``<div
class="article-title">``) and set over two lines kept no space at its line break (issue 14): the block's
text was read whole, so a Korean headline "수도권 광역버스 노선 확대<br>출퇴근 배차 줄인다" came out
"...확대출퇴근 ...", an English one "...harbour wall<br>as storms..." "...wallas storms ...".
``headings.titled_blocks`` reads such a block as it reads a heading (``heading_text``): a space at the
break where the script spaces its words. Guards: a Chinese headline's lines still join with no space; a
block's text on one line is unchanged."""

from __future__ import annotations

import pytest
from helpers import prose
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

URL = "https://www.hanbada.example/arti/society/1234567.html"


def _title(lang: str, block: str, og: str) -> str | None:
    page = (f"<html lang='{lang}'><head><title>{og} : 사회 : Hanbada</title>"
            f"<meta property='og:title' content='{og}'></head><body><header><a class='logo' href='/'>"
            f"<img src='/l.svg' alt='Hanbada'></a></header><main><div class='article-head'>{block}</div>"
            f"<div class='article-text'>{prose(6)}</div></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize(("lang", "block", "og", "headline"), [
    ("ko", "<h3 class='title'>수도권 광역버스 노선 대폭 확대<br>출퇴근 배차 줄인다</h3>",
     "수도권 광역버스 노선 대폭 확대…출퇴근 배차 줄인다",
     "수도권 광역버스 노선 대폭 확대 출퇴근 배차 줄인다"),
    ("ko", "<div class='article-title'>정부, 물가 안정 종합대책 발표<br>공공요금 동결</div>",
     "정부, 물가 안정 종합대책 발표…공공요금 동결", "정부, 물가 안정 종합대책 발표 공공요금 동결"),
    ("en", "<div class='article-title'>Council approves new harbour wall<br>as winter storms near</div>",
     "Council approves new harbour wall… as winter storms near",
     "Council approves new harbour wall as winter storms near"),
])
def test_a_titled_blocks_lines_keep_a_space(lang: str, block: str, og: str, headline: str) -> None:
    assert _title(lang, block, og) == headline


@pytest.mark.parametrize(("lang", "block", "og", "headline"), [
    ("zh", "<div class='news-title'>一季度国内生产总值<br>同比增长5.3%</div>",
     "一季度国内生产总值…同比增长5.3%", "一季度国内生产总值同比增长5.3%"),
    ("ko", "<h3 class='title'>수도권 광역버스 노선 대폭 확대…출퇴근 배차 줄인다</h3>",
     "수도권 광역버스 노선 대폭 확대…출퇴근 배차 줄인다",
     "수도권 광역버스 노선 대폭 확대…출퇴근 배차 줄인다"),
])
def test_unspaced_lines_and_one_line_blocks_are_unchanged(lang: str, block: str, og: str,
                                                          headline: str) -> None:
    assert _title(lang, block, og) == headline
