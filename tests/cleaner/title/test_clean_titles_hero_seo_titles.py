"""The page's one <h1>, in a hero block set apart from the text (a full-width section straight under
<body>, the text in a column beside an aside), where the sharing and tab titles were written for search
engines and share a word of meaning with it only ("Harga BBM Naik, Ini Daftar Lengkapnya di Seluruh
Indonesia" over "Pemerintah Naikkan Harga Pertalite dan Solar Mulai Siang Ini") (issue 14): the <h1> was
no leading headline (no block holds it and the prose but <body>) and the title did not agree with it
(a quarter of its words), so the SEO title came out. Now such an <h1> of a sentence's length, outside
the page's asides and masthead, with a run of prose after it before any linked heading
(``openings.leads_to_prose``), is the headline where a sharing title (og:title, JSON-LD or Twitter
headline; not the tab title alone) shares a word of meaning with it (``title_forms.touches``); one that
shares none gives way too since test_clean_titles_hero_unshared. Guards: two <h1>s of a sentence's length (a
promotion's under the text) keep the title; a short <h1> (a series' name) keeps the title; a section's
<h1> over linked teasers keeps the title; a tab title alone keeps it.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

_LINE = {
    "id": "Pemerintah resmi menaikkan harga bahan bakar minyak bersubsidi mulai Jumat siang pukul dua.",
    "ro": "Guvernul a aprobat joi o ordonanță de urgență privind plafonarea prețurilor la energie.",
    "ko": "정부는 12일 물가 안정을 위한 종합 대책을 발표하고 취약계층에 대한 지원을 크게 확대하기로 했다고"
          " 밝혔다.",
    "en": "The city council voted on Thursday to approve a loan for the new harbour bridge after months.",
}
CASES = [  # (lang, SEO title, <h1>, address)
    ("id", "Harga BBM Naik, Ini Daftar Lengkapnya di Seluruh Indonesia",
     "Pemerintah Naikkan Harga Pertalite dan Solar Mulai Siang Ini", "https://warta.example/news/20240412/bbm"),
    ("ro", "Plafonare energie 2024: ce se schimbă",
     "Guvernul prelungește plafonarea prețurilor la energie până în decembrie",
     "https://libertate.example/stiri/guvern-4912345"),
    ("ko", "물가 대책 총정리…누가 얼마 받나", "정부, 취약계층 지원 3조원 확대…물가 잡기 총력 나선다",
     "https://hangang.example/news/2024/04/12/ABC/"),
    ("en", "Harbour bridge loan: what it means for commuters",
     "Council backs new harbour crossing after months of bitter debate", "https://harbourpost.example/n/1"),
]


def _page(lang: str, tab: str, hero: str, promo: str = "") -> str:
    text = "".join(f"<p>{_LINE[lang]}</p>" for _ in range(7))
    return (f"<html lang='{lang}'><head><title>{tab} | Harbour Post</title>"
            f"<meta property='og:title' content=\"{tab}\">"
            f"<meta property='og:site_name' content='Harbour Post'>"
            f"</head><body><header class='site-header'><a href='/' class='brand'>Home</a></header>"
            f"<section class='hero'><div class='hero__inner'>{hero}</div><figure><img src='/x.jpg'></figure>"
            f"</section><div class='meta'><span class='author'>A. B.</span></div>"
            f"<div class='layout'><div class='col-main'><div class='text'>{text}</div>{promo}</div>"
            f"<aside><h3>Popular</h3><ul><li><a href='/x'>Other story</a></li></ul></aside></div>"
            f"</body></html>")


def _title(lang: str, tab: str, hero: str, url: str, promo: str = "") -> str | None:
    return page_metadata(lxml_html.fromstring(_page(lang, tab, hero, promo)), url).title


@pytest.mark.parametrize(("lang", "tab", "h1", "url"), CASES, ids=[case[0] for case in CASES])
def test_the_hero_h1_a_reworded_title_touches_is_the_headline(lang: str, tab: str, h1: str, url: str) -> None:
    assert _title(lang, tab, f"<h1 class='hero__title'>{h1}</h1>", url) == h1


def test_a_title_sharing_no_word_with_the_h1_gives_way_to_it() -> None:
    # Turned by test_clean_titles_hero_unshared: nothing on the page but the words tells this <h1> from
    # the headline, and the headline as printed is the <h1>.
    tab = "Minimálbér 2025: itt vannak a számok"
    h1 = "Egymillió ember fizetése nő januártól a kormány döntése nyomán"
    assert _title("en", tab, f"<h1>{h1}</h1>", "https://portfolio.example/gazdasag/1") == h1


def test_two_h1s_of_a_sentences_length_keep_the_title() -> None:
    tab, h1 = CASES[3][1], CASES[3][2]
    other = "<h1 class='promo'>Subscribe today for the harbour newsletter and more</h1>"
    assert _title("en", tab, f"<h1>{h1}</h1>", CASES[3][3], promo=other) == tab


def test_a_short_h1_keeps_the_title() -> None:
    tab = "Harbour bridge loan: what it means for commuters"
    assert _title("en", tab, "<h1>Harbour Bridge</h1>", "https://harbourpost.example/n/2") == tab


def test_a_sections_h1_over_linked_teasers_keeps_the_title() -> None:
    tab = "Harbour bridge loan: what it means for commuters"
    teasers = "".join(f"<h3><a href='/n/{n}'>Teaser headline number {n}</a></h3><p>{_LINE['en']}</p>"
                      for n in range(6))
    assert _title("en", tab, f"<h1>All the latest harbour news today</h1>{teasers}",
                  "https://harbourpost.example/n/3") == tab


def test_a_tab_title_alone_keeps_the_title() -> None:
    tab, h1, url = CASES[3][1], CASES[3][2], CASES[3][3]
    page = _page("en", tab, f"<h1>{h1}</h1>").replace(f"<meta property='og:title' content=\"{tab}\">", "")
    assert page_metadata(lxml_html.fromstring(page), url).title == tab
