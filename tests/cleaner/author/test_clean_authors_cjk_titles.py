"""Chinese, Japanese and Korean bylines with a title other than "reporter" (issue 14): a columnist
("정덕현 칼럼니스트"), an editorial writer ("김철수 논설위원", "山田太郎 編集委員", "論説委員"), a
commentator ("王小明 评论员"), a correspondent ("통신원", "通讯员"), under the headline or closing
the article with an e-mail address, as Korean, Japanese and Chinese outlets set them; and the
Korean reporter's signature under the article ("홍길동 기자 hong@example.co.kr"), which closes most
Korean news stories. "本报评论员" (the paper's commentator: its editorial board) names no one.
Pages built from the structures of such outlets' templates, not copied from any."""

from __future__ import annotations

import json

import pytest

from cleaner.extract import extract

SENTENCE = ("서울시는 화요일 새로운 예산안을 통과시켰다. "
            "시의회는 밤늦게까지 토론을 이어갔으며 학교와 도로 보수 비용을 두고 의견이 갈렸다. ")
OUTLET = "예시일보"


def _page(top: str = "", foot: str = "", paragraphs: int = 12) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "서울시 예산안 통과",
          "datePublished": "2024-04-12T10:00:00+09:00",
          "publisher": {"@type": "Organization", "name": OUTLET}}
    body = "".join(f"<p>{SENTENCE * 2}</p>" for _ in range(paragraphs))
    return (f'<html lang="ko"><head><title>서울시 예산안 통과 - {OUTLET}</title>'
            f'<meta property="og:site_name" content="{OUTLET}">'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>'
            f'<body><article><h1>서울시 예산안 통과</h1>{top}<div id="article-view">{body}{foot}</div>'
            f'</article></body></html>')


@pytest.mark.parametrize(("page", "authors"), [
    # the signature closing the article, after the text (70 paragraphs: far below the headline)
    (_page(foot="<p>홍길동 기자 hong@example.co.kr</p>", paragraphs=70), ["홍길동"]),
    (_page(foot="<p>정덕현 칼럼니스트 columnist@example.co.kr</p>", paragraphs=70), ["정덕현"]),
    (_page(foot="<p>山田太郎 編集委員</p>", paragraphs=70), ["山田太郎"]),
    # the byline under the headline
    (_page(top='<div class="info">김철수 논설위원</div>'), ["김철수"]),
    (_page(top='<div class="info">王小明 评论员</div>'), ["王小明"]),
    (_page(top='<div class="info">이영희 통신원</div>'), ["이영희"]),
])
def test_cjk_titles_beside_the_name(page: str, authors: list[str]) -> None:
    assert extract(page).authors == authors


def test_the_signature_leaves_the_text() -> None:
    result = extract(_page(foot="<p>홍길동 기자 hong@example.co.kr</p>", paragraphs=70))
    assert "hong@example.co.kr" not in result.text and result.text.rstrip().endswith("갈렸다.")


@pytest.mark.parametrize("page", [
    _page(top='<div class="info">本报评论员</div>'),  # the paper's commentator: no one
    _page(foot="<p>시의회는 다음 주에 다시 모인다.</p>", paragraphs=70),  # a sentence closing the text
])
def test_no_name_from_the_papers_title_or_a_closing_sentence(page: str) -> None:
    assert extract(page).authors == [OUTLET]
