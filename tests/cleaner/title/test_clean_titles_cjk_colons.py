"""A colon after a Chinese or Japanese headline (issue 14): a speaker's words after it are the
headline's ("國際油價大漲 分析師：恐再漲一成", "立法會通過預算案 財政司司長：經濟穩步復甦",
"…首相：月内に取りまとめ"); they were cut as a site's name where nothing on the page names the site,
and the headline lost its second half.
Only a name that says it is one goes after the colon (a word for a paper, the news, a network or a site,
Latin letters, a number at its end: "：中日新聞Web", "：朝日新聞デジタル", "｜香港01"), now also after a
spaced ASCII colon ("… : 読売新聞", which was kept). Korean papers' " : " before a section and a name in
Hangul is as before.
"""

from __future__ import annotations

import pytest
from helpers import LINE_BODY
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

BODY = "".join(f"<p>{LINE_BODY} ({n})</p>" for n in range(6))
URL = "https://www.some-news.example/a/2024/04/12/story-123.html"
HK = "立法會通過預算案 財政司司長：經濟穩步復甦"
CN = "外交部回应美方言论 发言人：坚决反对干涉内政"
JA = "名古屋城の木造復元、市が新たな工程表を公表"
YOMIURI = "政府、物価高対策で新たな給付金を検討"


def _title(tab: str, lang: str, h1: str = "") -> str | None:
    page = (f"<html lang='{lang}'><head><title>{tab}</title><meta property='og:title' content=\"{tab}\">"
            "</head><body><header><a href='/' class='logo'><img src='/logo.png'></a></header>"
            f"<main><article>{h1}<div class='article-body'>{BODY}</div></article></main>"
            "<footer><p>Contact</p></footer></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize(("tab", "headline", "lang"), [
    ("國際油價大漲 分析師：恐再漲一成 - 自由財經", "國際油價大漲 分析師：恐再漲一成", "zh"),
    (f"{HK} | 明報新聞網", HK, "zh"),
    (HK, HK, "zh"),
    (f"{CN}-中新网", CN, "zh"),
    ("物価高対策で新給付金 首相：月内に取りまとめ", "物価高対策で新給付金 首相：月内に取りまとめ", "ja"),
    ("国際油価が急騰 専門家：さらに上昇も", "国際油価が急騰 専門家：さらに上昇も", "ja"),
])
def test_a_speakers_words_after_a_colon_stay(tab: str, headline: str, lang: str) -> None:
    assert _title(tab, lang) == headline


def test_a_japanese_papers_name_after_a_spaced_colon_goes() -> None:
    assert _title(f"{YOMIURI} : 読売新聞", "ja") == YOMIURI


@pytest.mark.parametrize(("tab", "headline", "lang"), [
    (f"{JA}：中日新聞Web", JA, "ja"),
    (f"{JA}：東京新聞 TOKYO Web", JA, "ja"),
    (f"{JA}：朝日新聞デジタル", JA, "ja"),
    (f"{HK}｜香港01｜政情", HK, "zh"),
    ("習近平：堅定不移推進高水平對外開放 - 新華網", "習近平：堅定不移推進高水平對外開放", "zh"),
    ("정부, 내년 최저임금 인상률 발표 : 사회 : 뉴스 : 한겨레", "정부, 내년 최저임금 인상률 발표", "ko"),
])
def test_names_after_a_colon_and_other_separators_still_go(tab: str, headline: str, lang: str) -> None:
    assert _title(tab, lang) == headline


def test_an_h1_printing_the_headline_is_as_before() -> None:
    headline = "國際油價大漲 分析師：恐再漲一成"
    assert _title(f"{headline} - 自由財經", "zh", f"<h1>{headline}</h1>") == headline
