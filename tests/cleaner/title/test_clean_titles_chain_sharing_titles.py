"""A sharing title that is the headline beside a tab title that sets a chain of sections and the site
after it ("정부, 물가 안정 종합대책 발표 < 경제일반 < 경제 < 기사본문 - 한빛일보", as Korean news CMSs write
it; og:title the headline alone): the sharing title was read as the site's name the tab title opens with
(``sitenames.names_site_of``: a text before a rest at least as long), and the site's name came out as the
title (issue 14). A heading of four words or more before a chain of names only is the tab title's
headline. Guards: a short name before a headline, and a site's name before a chain as before."""

from __future__ import annotations

import pytest
from helpers import prose
from lxml import html as lxml_html

from cleaner.metadata import page_metadata
from cleaner.title.title_forms import whole_candidates

CASES = [  # (lang, headline, chain after it)
    ("ko", "정부, 물가 안정 종합대책 발표…과일값 잡는다", " < 경제일반 < 경제 < 기사본문 - 한빛일보"),
    ("ko", "서울시, 내년 예산 48조원 편성", " < 사회일반 < 사회 < 기사본문 - 서울뉴스"),
    ("zh", "国务院部署稳经济措施", " < 要闻 < 新闻中心 < 正文 - 华东网"),
]
URL = "https://www.hanbit.example/news/articleView.html?idxno=12345"


def _title(lang: str, head: str, body: str) -> str | None:
    page = (f"<html lang='{lang}'><head>{head}</head><body><div class='container'>{body}"
            f"<div class='article-body'>{prose(8)}</div></div></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize(("lang", "headline", "chain"), CASES)
def test_the_sharing_title_before_a_chain_is_the_headline(lang: str, headline: str, chain: str) -> None:
    head = f"<title>{headline}{chain}</title><meta property='og:title' content='{headline}'>"
    assert _title(lang, head, f"<h1>{headline}</h1>") == headline
    assert _title(lang, head, f"<div class='article-head-title'>{headline}</div>") == headline
    assert whole_candidates([headline, headline + chain], set()) == [headline, headline + chain]


def test_a_name_before_a_headline_is_still_the_site() -> None:
    # "Harbour Times" before a headline of a sentence: the name, not a headline.
    tab = "Harbour Times - Council approves the harbour loan plan after a long night"
    assert whole_candidates(["Harbour Times", tab], set()) == [tab]


def test_a_short_name_before_a_chain_is_still_the_site() -> None:
    # Two words before the chain: no heading's length, read as before.
    tab = "한빛일보 < 경제일반 < 경제 < 기사본문 < 전체기사 < 뉴스 < 오늘의 주요 소식"
    before = whole_candidates(["한빛일보", tab], set())
    assert before == [tab]
