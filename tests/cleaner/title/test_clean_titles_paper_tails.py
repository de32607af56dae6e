"""A site's name after the headline that says it is a paper, however long beside the headline, and a
slogan that names the news at both ends (issue 14), where nothing on the page names the site:
- a Vietnamese paper's long name ("- Báo Pháp Luật TP. Hồ Chí Minh", "| Báo Công an Nhân dân điện tử",
  "| Báo điện tử Tiền Phong", "- Báo Người Lao Động Online") was kept where it was more than half as
  long as the headline: such a name goes beside a headline of four words or more half its length;
- a Turkish paper's "- Son Dakika Ekonomi Haberleri" (breaking economy news) after the headline was kept:
  a last segment that is a news slogan (``news_slogan``) ending in a word for the news goes beside a
  headline as long at least.
Guards: "- Báo cáo tài chính" (a report), a headline of three words, a clause about news outlets, a
slogan on a topic ("Noticias de última hora sobre el paro").
"""

from __future__ import annotations

import pytest
from helpers import LINE_BODY
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

BODY = "".join(f"<p>{LINE_BODY} ({n})</p>" for n in range(6))
URL = "https://www.some-news.example/a/2024/04/12/story-123.html"


def _title(tab: str, lang: str) -> str | None:
    page = (f"<html lang='{lang}'><head><title>{tab}</title><meta property='og:title' content=\"{tab}\">"
            "</head><body><header><a href='/' class='logo'><img src='/logo.png'></a></header>"
            f"<main><article><div class='article-body'>{BODY}</div></article></main>"
            "<footer><p>Contact</p></footer></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize(("tab", "headline", "lang"), [
    ("Giá xăng dầu đồng loạt giảm từ chiều nay - Báo Pháp Luật TP. Hồ Chí Minh",
     "Giá xăng dầu đồng loạt giảm từ chiều nay", "vi"),
    ("Giá xăng dầu đồng loạt giảm từ chiều nay - Báo Người Lao Động Online",
     "Giá xăng dầu đồng loạt giảm từ chiều nay", "vi"),
    ("Giá xăng dầu giảm mạnh | Báo Công an Nhân dân điện tử", "Giá xăng dầu giảm mạnh", "vi"),
    ("Giá xăng dầu giảm từ chiều nay | Báo điện tử Tiền Phong", "Giá xăng dầu giảm từ chiều nay", "vi"),
    ("Merkez Bankası faizi yüzde 50'de sabit tuttu - Son Dakika Ekonomi Haberleri",
     "Merkez Bankası faizi yüzde 50'de sabit tuttu", "tr"),
    ("Kahramanmaraş'ta 4.2 büyüklüğünde deprem meydana geldi - Son Dakika Haberleri",
     "Kahramanmaraş'ta 4.2 büyüklüğünde deprem meydana geldi", "tr"),
])
def test_a_long_paper_name_or_news_slogan_goes(tab: str, headline: str, lang: str) -> None:
    assert _title(tab, lang) == headline


@pytest.mark.parametrize(("tab", "lang"), [
    ("Công bố kết quả kinh doanh quý I - Báo cáo tài chính", "vi"),
    ("Giá xăng giảm - Báo Pháp Luật TP. Hồ Chí Minh", "vi"),
    ("Reporters face new limits - news outlets object", "en"),
    ("El Gobierno publica las cifras del paro - Noticias de última hora sobre el paro", "es"),
])
def test_a_headlines_own_clause_or_a_short_headline_stays_whole(tab: str, lang: str) -> None:
    assert _title(tab, lang) == tab
