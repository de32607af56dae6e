"""A slogan that names the news between the headline and the site's name, in more languages (issue 14):
"Headline | Tin tức mới nhất 24h - Site" (Vietnamese "tin tức", news, in two words), "Headline - Son
dakika gündem haberleri - Site" (Turkish "son dakika", breaking), "Headline | Toute l'actualité en
continu | Site" (French, the word for the news after an elided article). Cut where the site's name
after it is told (a site-name tag, the domain) or reads as a name, as ``news_slogan`` cuts the others.
Guards: a headline that ends in the news on a topic ("- Latest news on the floods | Site": a story's own
words, not a slogan), and a slogan that stands alone at the end with no site's name beside it, unless it
names the news at both ends ("- Son dakika haberleri": test_clean_titles_paper_tails)."""

from __future__ import annotations

import pytest
from helpers import STORY_PROSE
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

EN = "Council approves new budget for harbour repairs after long dispute"
VI = "Hà Nội khởi công xây dựng cầu mới bắc qua sông Hồng trong năm nay"
TR = "Belediye meclisi liman onarımı için yeni bütçeyi uzun tartışmanın ardından onayladı"
FR = "Le conseil municipal approuve un nouveau budget pour réparer le port après un long débat"


def _title(tab: str, lang: str = "en", site: str | None = None) -> str | None:
    meta = f"<meta property='og:site_name' content='{site}'>" if site else ""
    page = (f"<html lang='{lang}'><head><title>{tab}</title>{meta}</head><body>"
            "<header><a href='/' class='logo'><img src='/logo.png'></a></header>"
            f"<main><article><div class='article-body'>{STORY_PROSE}</div></article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), "https://www.harbourdaily.example/news/98765").title


@pytest.mark.parametrize(("tab", "headline", "lang", "site"), [
    (f"{VI} | Tin tức mới nhất 24h - Báo Hà Nội", VI, "vi", None),
    (f"{VI} - Tin tức mới nhất 24h - harbourdaily.example", VI, "vi", None),
    (f"{VI} - Tin mới nhất trong ngày | Báo Hà Nội", VI, "vi", "Báo Hà Nội"),
    (f"{TR} - Son Dakika Gündem ve Spor Haberleri - Liman Haber", TR, "tr", None),
    (f"{TR} | Son dakika gündem haberleri | Liman Haber", TR, "tr", "Liman Haber"),
    (f"{TR} - Son dakika haberleri", TR, "tr", None),  # names the news at both ends: a slogan alone too
    (f"{FR} | L'actualité en direct et en continu | Quayside Chronicle", FR, "fr", None),
    (f"{FR} - Toute l'actualité en continu - Harbour Daily", FR, "fr", None),
])
def test_a_news_slogan_in_more_words_goes(tab: str, headline: str, lang: str, site: str | None) -> None:
    assert _title(tab, lang, site) == headline


@pytest.mark.parametrize(("tab", "lang", "site"), [
    (f"{EN} - Latest news on the floods", "en", None),
    (f"{EN} - latest news on the floods", "en", "Quayside Chronicle"),
    (f"{VI} - Tin tức mới nhất 24h", "vi", None),
])
def test_a_headline_that_ends_in_the_news_stays(tab: str, lang: str, site: str | None) -> None:
    assert _title(tab, lang, site) == tab


@pytest.mark.parametrize(("tab", "headline"), [
    (f"{EN} - Latest news on the floods | Quayside Chronicle", f"{EN} - Latest news on the floods"),
    (f"{EN} | latest news about the floods - Harbour Daily", f"{EN} | latest news about the floods"),
])
def test_the_news_on_a_topic_before_the_sites_name_stays(tab: str, headline: str) -> None:
    assert _title(tab) == headline
