"""Japanese papers' and portals' names after the headline in forms the title rules did not read (issue
14), where the page states no site name and the domain does not spell it:
- a name in kanji and Latin letters past twelve characters ("東京新聞 TOKYO Web"): only its kanji and
  kana count toward a name's length;
- a name in kanji with Latin letters in lower case after them ("西日本新聞me"): no word in lower case;
- a portal's full-width hyphen-minus before its name, after the day the story was posted in brackets
  ("…（2024年4月12日掲載）－ポータルニュース").
Guards: a long Japanese clause after a bar stays, as does a full-width hyphen between two long halves of
a headline, and a series' part in brackets."""

from __future__ import annotations

import pytest
from helpers import LINE_BODY
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

JAPANESE = "港湾の新しい規則で漁業者が生活の先行きを心配する声"
BODY = "".join(f"<p>{LINE_BODY} ({n})</p>" for n in range(6))


def _title(tab: str) -> str | None:
    page = (f"<html lang='ja'><head><title>{tab}</title><meta property='og:title' content='{tab}'></head>"
            "<body><header><a href='/' class='logo'><img src='/logo.png'></a></header>"
            f"<main><article><div class='article-body'>{BODY}</div></article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), "https://www.minato-np.example/article/98765").title


@pytest.mark.parametrize("title", [
    f"{JAPANESE} | 東海新聞 TOKAI Web", f"{JAPANESE}｜東海新聞 TOKAI Web",
    f"{JAPANESE} | 南日本新聞me", f"{JAPANESE} - 港町新聞me",
    f"{JAPANESE}（2024年4月12日掲載）－ポータルニュース", f"{JAPANESE}－ポータルニュース",
])
def test_a_japanese_name_goes(title: str) -> None:
    assert _title(title) == JAPANESE


@pytest.mark.parametrize("title", [
    f"{JAPANESE} | 漁業者の生活を守るため政府は新たな支援策を検討している",  # a clause, not a name
    "港湾の新しい規則が施行－漁業者が生活の先行きを心配し行政に説明を求める声が相次ぐ",  # two halves
    f"{JAPANESE}（上）",  # a series' part in brackets
])
def test_a_headlines_own_words_stay(title: str) -> None:
    assert _title(title) == title
