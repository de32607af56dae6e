"""Titles compared across letter case as each language writes its capitals (issue 14): Turkish and
Azerbaijani "I"/"ı" and "İ"/"i" (Python's casefold reads "KADIN" as "kadin" and "İ" as "i" with a
combining dot), Greek capitals written without accents ("ΣΕΙΣΜΟΣ" for "Σεισμός"), German "ß" set as
"SS". A headline set in capitals over a sentence-case title (Hürriyet, Sözcü, Haberler.com set
headlines so; Greek portals their labels) is the title's letters, as for any language; a label in
capitals before the headline ("SON DAKİKA", "ΕΚΤΑΚΤΟ") is a kicker; a menu link in capitals names
a section's <h1>."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaner.metadata import page_metadata
from cleaner.title.kickers import is_label, strip_kicker
from cleaner.title.sitekeys import caseless, fold_key
from cleaner.title.sitenames import title_words

URL = "https://www.limanhaber.example/gundem/2024/05/03/liman-plani-kabul-edildi-41822"
SITE = "Liman Haber"
PROSE = "".join(f"<p>Belediye meclisi {n}. oturumda liman planını uzun bir tartışmanın ardından oyladı ve "
                "kabul etti, dedi başkan.</p>" for n in range(6))


def _page_title(head: str, h1: str, nav: str = "") -> str | None:
    page = lxml_html.fromstring(
        f"<html><head>{head}</head><body><header><a class='logo' href='/'>{SITE}</a><nav>{nav}</nav>"
        f"</header><main><article>{h1}<div class='content'>{PROSE}</div></article></main></body></html>")
    return page_metadata(page, URL).title


CAPITAL_H1S = [
    # (tab title, og:title, the page's <h1> in capitals, the headline expected)
    ("Kadınlar liman planına itiraz etti - Liman Haber", "Kadınlar liman planına itiraz etti",
     "KADINLAR LİMAN PLANINA İTİRAZ ETTİ", "Kadınlar liman planına itiraz etti"),
    ("Işıklar söndü: Bakü'de elektrik kesintisi | Liman Haber", None,
     "IŞIKLAR SÖNDÜ: BAKÜ'DE ELEKTRİK KESİNTİSİ", "Işıklar söndü: Bakü'de elektrik kesintisi"),
    ("Tuzla tersanesinde yangın: iki işçi yaralandı | Liman Haber", None,
     "TUZLA TERSANESİNDE YANGIN: İKİ İŞÇİ YARALANDI", "Tuzla tersanesinde yangın: iki işçi yaralandı"),
    # Azerbaijani (Latin script, the same dotless and dotted i)
    ("Bakıda yağış gözlənilir, sürücülərə xəbərdarlıq edildi - Liman Haber", None,
     "BAKIDA YAĞIŞ GÖZLƏNİLİR, SÜRÜCÜLƏRƏ XƏBƏRDARLIQ EDİLDİ",
     "Bakıda yağış gözlənilir, sürücülərə xəbərdarlıq edildi"),
]


@pytest.mark.parametrize(("tab", "og", "h1", "expected"), CAPITAL_H1S)
def test_a_headline_in_turkish_capitals_is_the_titles_letters(tab, og, h1, expected):
    head = f"<title>{tab}</title>" + (f"<meta property='og:title' content=\"{og}\">" if og else "")
    assert _page_title(head, f"<h1>{h1}</h1>") == expected


@pytest.mark.parametrize(("capitals", "printed"), [
    ("KADINLAR SEVİNDİ", "Kadınlar sevindi"),
    ("İSTANBUL'DA IŞIKLAR", "İstanbul'da ışıklar"),
    ("ΣΕΙΣΜΟΣ ΣΤΗΝ ΚΡΗΤΗ", "Σεισμός στην Κρήτη"),
    ("DIE STRASSE AM HAFEN", "Die Straße am Hafen"),
])
def test_capitals_fold_as_their_language_writes_them(capitals, printed):
    assert fold_key(capitals) == fold_key(printed)
    assert title_words(capitals) == title_words(printed)
    assert caseless(capitals) == caseless(printed)


@pytest.mark.parametrize(("title", "expected"), [
    ("SON DAKİKA İstanbul'da 5,1 büyüklüğünde deprem", "İstanbul'da 5,1 büyüklüğünde deprem"),
    ("VİDEO Şehir merkezinde sel felaketi yaşandı", "Şehir merkezinde sel felaketi yaşandı"),
    ("ÖZEL HABER: Bakan açıkladı, yeni vergi geliyor", "Bakan açıkladı, yeni vergi geliyor"),
    ("ΕΚΤΑΚΤΟ: Σεισμός 5,2 Ρίχτερ στην Κρήτη", "Σεισμός 5,2 Ρίχτερ στην Κρήτη"),
    ("ΒΙΝΤΕΟ: Η στιγμή του σεισμού στο Ηράκλειο", "Η στιγμή του σεισμού στο Ηράκλειο"),
    ("NA ŻYWO Łódź: pożar kamienicy w centrum miasta", "Łódź: pożar kamienicy w centrum miasta"),
])
def test_a_label_in_capitals_is_cut_in_every_script(title, expected):
    assert strip_kicker(title) == expected


@pytest.mark.parametrize("label", ["ΕΚΤΑΚΤΟ", "ΑΠΟΚΛΕΙΣΤΙΚΟ", "SON DAKİKA", "CANLI"])
def test_a_badge_in_capitals_is_a_label(label):
    assert is_label(label)


@pytest.mark.parametrize("title", ["LIVE bands return to the harbour festival",
                                   "VİDEO oyunları satışları rekor kırdı bu yıl"])
def test_words_going_on_in_lower_case_keep_their_first(title):
    assert strip_kicker(title) == title


def test_a_section_h1_named_by_a_menu_link_in_turkish_capitals():
    """A two-word <h1> over the text that a navigation link in capitals names ("EKONOMİ GÜNDEMİ"; the
    title holds both words) is the section's label, not the headline."""
    head = ("<title>Merkez Bankası faizi sabit bıraktı, ekonomi gündemi yoğun | Liman Haber</title>"
            "<meta property='og:title' content='Merkez Bankası faizi sabit bıraktı, ekonomi gündemi yoğun'>")
    nav = "<a href='/yerel'>YEREL</a><a href='/ekonomi'>EKONOMİ GÜNDEMİ</a>"
    title = _page_title(head, "<h1>Ekonomi gündemi</h1>", nav)
    assert title == "Merkez Bankası faizi sabit bıraktı, ekonomi gündemi yoğun"
