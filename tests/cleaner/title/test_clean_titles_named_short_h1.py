"""A headline of two words over the story whose words the sharing and tab titles lack ("Tide turns" over
"Council approves $45m sea wall repairs after months of debate | Site", a feature's headline beside a
title written for search) was dropped for the longer title (issue 14): nothing but the titles' words told
a short <h1> from a label. The page's own word now tells (``title_forms.short_headline``): the theme names
the <h1> as the post's title ("entry-title", "article-title", ``itemprop="headline"``), or the standfirst
printed under it holds most of a title's words (the title was written from the standfirst). Guards
(test_clean_titles_short_h1 stays as it was): a bare <h1> the titles lack ("Ceasefire collapses"), a label
named as the title ("Live updates"), a topic the title runs in before its headline ("Ukraine war: ..."),
a standfirst that restates no title."""

from __future__ import annotations

import pytest
from helpers import prose
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

SITE = "Bay Herald"
URL = "https://www.bayherald.example/local/2024/04/12/98765.html"
NAV = ("<header><a href='/' class='logo'>Bay Herald</a><nav><a href='/local'>Local</a> "
       "<a href='/world'>World</a></nav></header>")
CASES = [  # (lang, the <h1>, the title written for search, a standfirst restating it)
    ("en", "Tide turns", "Council approves $45m sea wall repairs after months of debate",
     "The council approves $45m sea wall repairs after months of debate, ending a long fight."),
    ("de", "Zehn Euro", "Bundesregierung beschließt Entlastungspaket für Familien mit Kindern",
     "Die Bundesregierung beschließt ein Entlastungspaket für Familien mit Kindern."),
    ("es", "Techo alquiler", "El Gobierno aprueba la reforma de la ley de vivienda que limita los alquileres",
     "El Gobierno aprueba la reforma de la ley de vivienda que limita los alquileres en zonas tensionadas."),
]


def _title(lang: str, title: str, h1: str, after: str = "") -> str | None:
    head = f"<title>{title} | {SITE}</title><meta property='og:title' content='{title}'>"
    page = (f"<html lang='{lang}'><head>{head}</head><body>{NAV}<main><article>{h1}{after}"
            f"<div class='article-body'>{prose(8)}</div></article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize(("lang", "h1", "title", "dek"), CASES, ids=[case[1] for case in CASES])
def test_a_short_h1_named_as_the_posts_title_is_the_headline(lang: str, h1: str, title: str,
                                                             dek: str) -> None:
    assert _title(lang, title, f"<h1 class='entry-title'>{h1}</h1>") == h1
    assert _title(lang, title, f"<h1 itemprop='headline'>{h1}</h1>") == h1


@pytest.mark.parametrize(("lang", "h1", "title", "dek"), CASES, ids=[case[1] for case in CASES])
def test_a_short_h1_of_the_class_headline_is_the_headline(lang: str, h1: str, title: str, dek: str) -> None:
    assert _title(lang, title, f"<h1 class='headline'>{h1}</h1>") == h1
    assert _title(lang, title, f"<h1 class='Headline text-4xl'>{h1}</h1>") == h1


def test_a_short_h1_of_a_headline_list_class_leaves_the_title() -> None:
    # "headlines", "headline-list": a list's name, not the headline's.
    title = CASES[0][2]
    assert _title("en", title, "<h1 class='headlines'>Tide turns</h1>") == title
    assert _title("en", title, "<h1 class='headline-list'>Tide turns</h1>") == title


@pytest.mark.parametrize(("lang", "h1", "title", "dek"), CASES, ids=[case[1] for case in CASES])
def test_a_short_h1_over_a_standfirst_that_restates_the_title_is_the_headline(lang: str, h1: str, title: str,
                                                                              dek: str) -> None:
    assert _title(lang, title, f"<h1>{h1}</h1>", f"<p class='dek'>{dek}</p>") == h1


def test_a_bare_h1_the_titles_lack_leaves_the_title() -> None:
    title = "Ceasefire holds as talks resume in Cairo"
    assert _title("en", title, "<h1>Ceasefire collapses</h1>") == title
    unrelated = "<p class='dek'>Residents packed the hall.</p>"
    assert _title("en", title, "<h1>Tide turns</h1>", unrelated) == title


def test_labels_and_run_in_topics_named_as_the_title_stay_as_before() -> None:
    live = "Storm batters the coast overnight as thousands lose power"
    assert _title("en", live, "<h1 class='entry-title'>Live updates</h1>") == live
    topic = "Ukraine war: Russia strikes Kyiv overnight"
    assert _title("en", topic, "<h1 class='entry-title'>Ukraine war</h1>") == topic
