"""The <h1> over a short Chinese, Japanese or Korean story (issue 14): ``headings._opens_prose`` wanted
500 characters of prose after the <h1>, counted as letters; a story of 300 such characters (a short
NHK or Yonhap item) says as much as one of 600 letters, and its <h1> was not known to open the text
outside an <article>, so a reworded sharing or tab title replaced the headline the page prints. Now a
Chinese, Japanese or Korean character counts as two there (read only where three paragraphs fall short
of 500 characters).
Guards: a Latin story as short in characters, and a Korean one short even so, are as before.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

URL = "https://www.coastpost.example/news/ferry-winter-2024-123456.html"
CASES = {
    "ko": ("겨울에도 여객선 운항 계속된다", "여객선 겨울 운항 의결",
           "지역 의회는 화요일 겨울철에도 여객선 운항을 계속하기로 의결했다고 관계자들이 "
           "긴 회의 끝에 밝혔다. 당국은 향후 운항 계획도 설명했다."),
    "ja": ("冬もフェリーは走り続ける", "地域議会、航路維持を決定",
           "地域議会は火曜日、冬の間もフェリーの運航を続けることを賛成多数で決めた。長い審議の後、担当者が明らかにした。"
           "関係者は今後の運航計画についても説明した。"),
    "zh": ("冬季渡轮照常运营", "议会表决通过航线维持方案",
           "地区议会周二投票决定在冬季月份继续提供渡轮服务，官员在市政厅长时间会议后表示。相关部门还介绍了今后的运营安排和票价调整。"),
}


def _title(lang: str, headline: str, shared: str, paragraph: str, paragraphs: int = 5) -> str | None:
    body = "".join(f"<p>{paragraph}</p>" for _ in range(paragraphs))
    page = (f"<html lang='{lang}'><head><title>{shared} - Coast Post</title>"
            f"<meta property='og:title' content=\"{shared}\">"
            "<meta property='og:site_name' content='Coast Post'></head><body>"
            "<header><a href='/' class='logo'><img src='/logo.png' alt='Coast Post'></a></header>"
            f"<div class='main'><h1>{headline}</h1><div class='meta'>2024-04-12 08:30</div>"
            f"<div class='content'>{body}</div></div><footer><p>© 2024 Coast Post</p></footer></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize("lang", ["ko", "ja", "zh"])
def test_the_h1_over_a_short_dense_story_is_the_headline(lang: str) -> None:
    headline, shared, paragraph = CASES[lang]
    assert len(paragraph) * 5 < 500  # short in characters
    assert _title(lang, headline, shared, paragraph) == headline


def test_a_latin_story_as_short_is_as_before() -> None:
    paragraph = "The council voted on Tuesday to keep the ferry running in winter, officials said."
    shared = "Ferry to run through winter after council vote"
    assert _title("en", "All aboard: the little ferry that refused to stop", shared, paragraph) == shared


def test_a_dense_story_short_even_so_is_as_before() -> None:
    headline, shared, _ = CASES["ko"]
    paragraph = "지역 의회는 화요일 겨울철에도 여객선 운항을 계속하기로 의결했다고 밝혔다."
    assert _title("ko", headline, shared, paragraph, paragraphs=3) == shared
