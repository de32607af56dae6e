"""The <h1> over a short story in an <article> (issue 14): a paywalled page shows its headline, the
standfirst and perhaps an opening paragraph before "Subscribe to continue reading"; a news brief runs to
a paragraph or two. Its <h1> was not known to open the text (``headings._opens_prose`` wanted three
paragraphs and 500 characters), and a reworded sharing or tab title replaced the headline the page
prints. Now, inside an <article>, 80 characters of prose after the <h1> are enough (nearly all of
the article's prose after it, as before).
Guards: the same short text outside any <article>, an <h1> below the article's text, titles that
agree with the <h1>.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

URL = "https://www.coastpost.example/news/ferry-winter-2024-123456.html"
LEADS = {
    "en": "Operators say bookings rose by a third over the autumn and more crossings are planned for the "
          "coldest weeks of the year.",
    "de": "Die Betreiber melden ein Drittel mehr Buchungen im Herbst und planen zusätzliche Fahrten in den "
          "kältesten Wochen des Jahres.",
    "fr": "Les opérateurs font état d'un tiers de réservations en plus cet automne et prévoient davantage "
          "de traversées pendant les semaines les plus froides.",
    "ko": "운영사들은 가을 예약이 3분의 1 늘었다며 가장 추운 몇 주 동안 운항 횟수를 늘릴 계획이라고 밝혔다. "
          "지역 의회는 화요일 겨울철에도 여객선 운항을 계속하기로 의결했다.",
    "ja": "運航会社によると、秋の予約は3割増え、最も寒い時期には便を増やす計画だという。地域議会は火曜日、"
          "冬の間もフェリーの運航を続けることを賛成多数で決めた。関係者は今後の運航計画についても説明した。",
}
CASES = {
    "en": ("All aboard: the little ferry that refused to stop",
           "Ferry to run through winter after council vote"),
    "de": ("Leinen los: Die kleine Fähre, die nicht aufgeben wollte", "Fähre fährt auch im Winter weiter"),
    "fr": ("Tous à bord : le petit ferry qui refusait de s'arrêter", "Le ferry naviguera tout l'hiver"),
    "ko": ("겨울에도 여객선 운항 계속된다", "여객선 겨울 운항 의결"),
    "ja": ("冬もフェリー運航を継続へ", "フェリー冬季運航 議会可決"),
}
PAYWALL = ("<div class='paywall'><h2>Subscribe to continue reading</h2>"
           "<a href='/subscribe'>Subscribe</a></div>")


def _title(lang: str, main: str, shared: str) -> str | None:
    page = (f"<html lang='{lang}'><head><title>{shared} | Coast Post</title>"
            f"<meta property='og:title' content=\"{shared}\">"
            "<meta property='og:site_name' content='Coast Post'></head><body>"
            "<header><a href='/' class='logo'><img src='/logo.png' alt='Coast Post'></a>"
            "<nav><a href='/news'>News</a><a href='/sport'>Sport</a></nav></header>"
            f"<main>{main}</main><footer><p>© 2024 Coast Post</p></footer></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize("lang", ["en", "de", "fr", "ko", "ja"])
def test_the_h1_over_a_paywalled_articles_opening_is_the_headline(lang: str) -> None:
    headline, shared = CASES[lang]
    main = f"<article><h1>{headline}</h1><p class='standfirst'>{LEADS[lang]}</p>{PAYWALL}</article>"
    assert _title(lang, main, shared) == headline


def test_the_h1_over_a_brief_of_two_paragraphs_is_the_headline() -> None:
    headline, shared = CASES["en"]
    main = f"<article><h1>{headline}</h1><p>{LEADS['en']}</p><p>{LEADS['en']}</p></article>"
    assert _title("en", main, shared) == headline


def test_a_short_text_outside_an_article_is_as_before() -> None:
    headline, shared = CASES["en"]
    main = f"<div class='story'><h1>{headline}</h1><p class='standfirst'>{LEADS['en']}</p>{PAYWALL}</div>"
    assert _title("en", main, shared) == shared


def test_an_h1_below_the_articles_text_is_not_the_headline() -> None:
    headline, shared = CASES["en"]
    main = f"<article><p>{LEADS['en']}</p><p>{LEADS['en']}</p><h1>{headline}</h1></article>"
    assert _title("en", main, shared) == shared


def test_titles_that_agree_with_the_h1_are_as_before() -> None:
    headline = "Ferry to run through winter after council vote"
    main = f"<article><h1>{headline}</h1><p>{LEADS['en']}</p></article>"
    assert _title("en", main, headline) == headline
