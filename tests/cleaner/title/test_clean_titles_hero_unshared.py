"""The page's one <h1> of a sentence's length in a hero block over the text, beside a sharing title written
for search that shares no word of meaning with it ("A city bets on concrete to hold back the sea" over
"Harbour sea wall budget: what the vote means for residents"), lost to the sharing title (issue 14):
481b524 took such an <h1> only where a word was shared, and kept the title where none was
(test_clean_titles_hero_seo_titles' Hungarian guard, now turned: nothing on that page but the words tells
its <h1> from the headline, and the headline as printed is the <h1>). Now the shared word is asked no
more of an <h1> of five words or more; the hero rule's other conditions stand (the one <h1>, outside
asides and masthead, prose after it before any linked heading, a sharing title stated). Guards: a shorter
<h1> ("Across the city", a section's name over the column) and the site's slogan printed under the logo
keep the title; a second <h1> of a sentence's length keeps it; a tab title alone keeps it."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

_LINE = {
    "en": "The city council voted on Thursday to approve repairs to the harbour's sea wall after months.",
    "es": "El Gobierno aprobó este viernes una reforma de la ley de vivienda que limita los alquileres.",
    "ru": "Правительство утвердило новую программу поддержки малого бизнеса, сообщила пресс-служба.",
    "hu": "A kormány pénteken elfogadta az új lakhatási támogatási programot a fiatal családoknak.",
}
CASES = [  # (lang, the title written for search, the hero's <h1>)
    ("en", "Harbour sea wall budget: what the vote means for residents",
     "A city bets on concrete to hold back the sea"),
    ("es", "Ley de vivienda: qué cambia para inquilinos y propietarios",
     "Vivir de alquiler se convierte en un lujo para los jóvenes"),
    ("ru", "Программа поддержки малого бизнеса: кто получит льготный кредит",
     "Город, который ждёт перемен уже десять лет"),
    ("hu", "Minimálbér 2025: itt vannak a számok",
     "Egymillió ember fizetése nő januártól a kormány döntése nyomán"),
]
URL = "https://harbourpost.example/n/2024/04/12/98765"
SLOGAN = "Independent reporting for the whole coast since 1887"


def _title(lang: str, sharing: str, hero: str, promo: str = "", stated: bool = True) -> str | None:
    text = "".join(f"<p>{_LINE[lang]}</p>" for _ in range(7))
    og = f"<meta property='og:title' content=\"{sharing}\">" if stated else ""
    page = (f"<html lang='{lang}'><head><title>{sharing} | Harbour Post</title>{og}"
            "<meta property='og:site_name' content='Harbour Post'></head><body>"
            f"<header class='site-header'><a href='/' class='brand'>Harbour Post</a><p>{SLOGAN}</p></header>"
            f"<section class='hero'><div class='hero__inner'>{hero}</div><figure><img src='/x.jpg'></figure>"
            f"</section><div class='meta'><span class='author'>A. B.</span></div>"
            f"<div class='layout'><div class='col-main'><div class='text'>{text}</div>{promo}</div>"
            f"<aside><h3>Popular</h3><ul><li><a href='/x'>Other story</a></li></ul></aside></div>"
            f"</body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize(("lang", "sharing", "h1"), CASES, ids=[case[0] for case in CASES])
def test_the_hero_h1_sharing_no_word_with_the_title_is_the_headline(lang: str, sharing: str, h1: str) -> None:
    assert _title(lang, sharing, f"<h1>{h1}</h1>") == h1
    assert _title(lang, sharing, f"<h1 class='hero__title'>{h1}</h1>") == h1


def test_a_short_hero_h1_keeps_the_title() -> None:
    sharing = CASES[0][1]
    assert _title("en", sharing, "<h1>Across the city</h1>") == sharing
    assert _title("en", sharing, "<h1>Holding back the tide</h1>") == sharing


def test_the_sites_slogan_in_the_hero_keeps_the_title() -> None:
    sharing = CASES[0][1]
    assert _title("en", sharing, f"<h1>{SLOGAN}</h1>") == sharing


def test_two_h1s_or_a_tab_title_alone_keep_the_title() -> None:
    lang, sharing, h1 = CASES[0]
    promo = "<h1 class='promo'>Subscribe today for the harbour newsletter and more</h1>"
    assert _title(lang, sharing, f"<h1>{h1}</h1>", promo) == sharing
    assert _title(lang, sharing, f"<h1>{h1}</h1>", stated=False) == sharing
