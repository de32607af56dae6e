"""A tab title that sets a chain of sections and the site after the headline, a word or two each
("정부, 물가 안정 종합대책 발표 < 경제일반 < 경제 < 기사본문 - 한강일보", as Korean news CMSs write it), on
a page with no sharing title whose headline is a block named as the title, not an <h1> (issue 14): the
headline was read as a site's name that the title opens with (``title_forms.opens_with_name``: a name, a
separator, then text that reads as no name), and the site's name came out as the title. Now the segment
before such a chain (three segments or more, none longer than two words) is a headline where it has four
words or more. Guards: a site's name before a headline ("Harbour Evening Post - Council approves ..."),
and a short <h1> (the site's name) before a chain of sections stay as before.
"""

from __future__ import annotations

import pytest
from helpers import prose
from lxml import html as lxml_html

from cleaner.metadata import page_metadata
from cleaner.title.title_forms import opens_with_name

CASES = [  # (lang, headline, chain after it, address)
    ("ko", "정부, 물가 안정 종합대책 발표", " < 경제일반 < 경제 < 기사본문 - 한강일보",
     "https://www.hangang.example/news/articleView.html?idxno=12345"),
    ("ko", "서울시, 내년 예산 48조원 편성", " < 사회일반 < 사회 < 기사본문 - 서울뉴스",
     "https://www.seoulnews.example/news/articleView.html?idxno=777"),
    ("zh", "国务院部署稳经济措施", " < 要闻 < 新闻中心 < 正文 - 华东网",
     "https://www.huadong.example/news/articleView.html?idxno=42"),
    ("th", "นายกฯ สั่งเร่งช่วยเกษตรกร ภัยแล้ง", " < การเมือง < ข่าว < บทความ - ข่าวสยาม",
     "https://www.siamnews.example/news/articleView.html?idxno=7"),
    ("en", "Council Approves Harbour Loan Plan", " < Local News < News < Article View - Harbour Times",
     "https://harbourtimes.example/news/articleView.html?idxno=9"),
]


def _title(lang: str, tab: str, block: str, url: str) -> str | None:
    page = (f"<html lang='{lang}'><head><title>{tab}</title></head><body><div class='container'>"
            f"<div class='article-head-title'>{block}</div><div class='article-body'>{prose(8)}</div>"
            f"</div></body></html>")
    return page_metadata(lxml_html.fromstring(page), url).title


@pytest.mark.parametrize(("lang", "headline", "chain", "url"), CASES, ids=[c[0] + c[3][8:20] for c in CASES])
def test_the_headline_before_a_chain_of_sections_is_the_title(lang: str, headline: str, chain: str,
                                                              url: str) -> None:
    assert _title(lang, headline + chain, headline, url) == headline


def test_a_site_name_before_a_headline_is_still_a_name() -> None:
    assert opens_with_name("Harbour Evening Post - Council approves new budget for the harbour",
                           "Harbour Evening Post")


def test_a_short_heading_before_a_chain_of_sections_is_as_before() -> None:
    assert not opens_with_name("Harbour Evening Post | Local | News | Home", "Harbour Evening Post")
