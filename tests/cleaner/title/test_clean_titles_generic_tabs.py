"""A tab title that says nothing of the story over the page's one <h1> set apart from the text (issue
14): the site's section or slogan beside its name ("Local News | Site", "Site - Breaking News, Sport,
Weather", "Noticias de última hora | Site", a slogan in Title Case), or a word a CMS writes on every
page ("News", "Article"), with no sharing title, on an address with no slug (a numeric id). The <h1> sits in a
hero block apart from the text in <div>s and no class names it the headline; it is the headline.
A title that shares a word with the <h1>, a sentence beside the site's name (a headline written
apart from the <h1>), an address whose slug spells the title, an <h1> in an aside and a page of two
<h1>s keep the title."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

SITE = "Quayside Chronicle"
URL = "https://www.quaysidechronicle.example/article/48213"


def _title(tab: str, h1: str, prose: str, url: str = URL, extra: str = "", head: str = "") -> str | None:
    text = "".join(f"<div>{prose} ({n})</div><br>" for n in range(6))
    page = lxml_html.fromstring(
        f"<html><head><title>{tab}</title>{head}</head><body><header><a href='/'><img src='/logo.png' "
        f"alt='logo'></a></header><div class='container'><div class='hero'><h1>{h1}</h1></div></div>"
        f"<div class='share'>Share</div>{extra}<div class='container'><div class='col-md-8'>{text}</div>"
        "</div></body></html>")
    return page_metadata(page, url).title


EN = ("Council approves harbour plan after long dispute",
      "The council met late on Tuesday and voted on the plan after months of argument between parties.")
CASES = [
    (f"Local News | {SITE}", *EN),
    (f"{SITE} | The Voice of the Coast", *EN),
    (f"{SITE} - Breaking News, Sport, Weather", *EN),
    ("News", *EN),
    ("Article", *EN),
    (f"Noticias de última hora | {SITE}", "El ayuntamiento aprueba el plan del puerto tras meses de debate",
     "El pleno votó el martes por la noche el plan después de meses de discusión entre los grupos."),
    (f"Nachrichten aus der Region | {SITE}",
     "Stadtrat beschließt Hafenplan nach langem Streit zwischen den Fraktionen",
     "Der Rat tagte am Dienstagabend und stimmte nach monatelangem Streit über den Plan ab."),
    (f"Actualités - {SITE}", "Le conseil municipal adopte le plan du port après des mois de débat",
     "Le conseil s'est réuni mardi soir et a voté le plan après des mois de discussions entre les groupes."),
    (f"{SITE} - Berita Terkini Hari Ini", "DPRD setujui rencana pelabuhan setelah perdebatan panjang",
     "Dewan bersidang Selasa malam dan memutuskan rencana itu setelah berbulan-bulan berdebat."),
]


@pytest.mark.parametrize(("tab", "h1", "prose"), CASES)
def test_the_h1_wins_over_a_tab_title_that_tells_nothing(tab, h1, prose):
    assert _title(tab, h1, prose) == h1


@pytest.mark.parametrize("section", ["Local News", "Breaking News, Sport, Weather"])
def test_a_sharing_title_that_is_the_section_beside_the_sites_name(section):
    og = f"<meta property='og:title' content='{section}'>"
    assert _title(f"{section} | {SITE}", *EN, head=og) == EN[0]


def test_a_tab_title_sharing_a_word_with_the_h1_is_no_slogan():
    tab = f"Harbour news and views | {SITE}"
    assert _title(tab, *EN) == "Harbour news and views"


def test_a_sentence_beside_the_sites_name_stays():
    tab = f"{SITE} – Harbour board sets a new timetable for the winter season"
    assert _title(tab, *EN) == "Harbour board sets a new timetable for the winter season"


def test_a_title_the_address_spells_stays():
    tab = f"Minister resigns over ferry contract | {SITE}"
    url = "https://www.quaysidechronicle.example/2024/05/03/minister-resigns-over-ferry-contract"
    assert _title(tab, *EN, url=url) == "Minister resigns over ferry contract"


def test_an_h1_in_an_aside_or_beside_another_is_not_taken():
    tab = f"Local News | {SITE}"
    h1, prose = EN
    aside = "<aside class='newsletter'><h1>Sign up for our morning briefing email today</h1></aside>"
    assert _title(tab, "", prose, extra=aside) == "Local News"
    second = "<div class='promo'><h1>Our new podcast on the harbour is out now</h1></div>"
    assert _title(tab, h1, prose, extra=second) == "Local News"
