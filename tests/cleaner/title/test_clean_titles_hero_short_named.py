"""A feature's hero <h1> of three or four words, named as the title by its theme ("hero__title",
"longform-headline"), beside a sharing title written for search that tells of it in other words ("Les
enfants du fleuve" over "Sénégal : sur le fleuve, une jeunesse entre exil et espoir"), lost to the
sharing title (issue 14): the hero rule (test_clean_titles_hero_seo_titles, _hero_unshared) asks five
words of the <h1>, as a shorter one there may be a section's or series' name over the column. Now one of
three or four words is the headline where its class or id names it as a title or headline and not as a
label (section, category, topic...), it is no link's text on the page, and no sharing title holds all its
words (a series' name run in before the headline). Guards: a bare short hero <h1> ("Across the city"), a
two-word one named as a title, one named as a section's title, one that is the navigation's link, and a
series' name the title runs in keep the sharing title."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

_LINE = {
    "en": "The city council voted on Thursday to approve repairs to the harbour's sea wall after months.",
    "es": "El Gobierno aprobó este viernes una reforma de la ley de vivienda que limita los alquileres.",
    "fr": "Le conseil municipal a voté jeudi la réfection de la digue du port après des mois de débats.",
    "de": "Der Stadtrat hat am Donnerstag die Sanierung der Hafenmauer nach monatelangem Streit beschlossen.",
}
URL = "https://harbourpost.example/n/2024/04/12/98765"


def _title(lang: str, sharing: str, hero: str, nav: str = "", tab: str | None = None) -> str | None:
    text = "".join(f"<p>{_LINE[lang]}</p>" for _ in range(7))
    page = (f"<html lang='{lang}'><head><title>{tab or sharing} | Harbour Post</title>"
            f"<meta property='og:title' content=\"{sharing}\">"
            "<meta property='og:site_name' content='Harbour Post'></head><body>"
            f"<header class='site-header'><a href='/' class='brand'>Harbour Post</a><nav>{nav}</nav></header>"
            f"<section class='hero'><div class='hero__inner'>{hero}</div><figure><img src='/x.jpg'></figure>"
            f"</section><div class='meta'><span class='author'>A. B.</span></div>"
            f"<div class='layout'><div class='col-main'><div class='text'>{text}</div></div>"
            f"<aside><h3>Popular</h3><ul><li><a href='/x'>Other story</a></li></ul></aside></div>"
            f"</body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize(("lang", "sharing", "h1"), [
    ("en", "Why the harbour's sea wall failed and what the repairs will cost", "Holding back the tide"),
    ("es", "Cómo el litio transformó los pueblos de la Puna argentina", "La última frontera"),
    ("fr", "Sénégal : sur le fleuve, une jeunesse entre exil et espoir", "Les enfants du fleuve"),
    ("de", "Hafenmauer: Warum die Sanierung so lange gedauert hat", "Die letzte Mauer"),
])
@pytest.mark.parametrize("name", ["hero__title", "longform-headline", "feature-title"])
def test_a_short_hero_h1_named_as_the_title_is_the_headline(lang: str, sharing: str, h1: str,
                                                            name: str) -> None:
    assert _title(lang, sharing, f"<h1 class='{name}'>{h1}</h1>") == h1


SHARING = "Why the harbour's sea wall failed and what the repairs will cost"


@pytest.mark.parametrize("hero", [
    "<h1>Holding back the tide</h1>",  # bare: nothing tells it from a series' name
    "<h1 class='hero__title'>Across town</h1>",  # two words
    "<h1 class='section-title'>Across the city</h1>",  # a section's
    "<h1 class='hero__title'><a href='/series/tide'>Holding back the tide</a></h1>",  # a link
])
def test_a_short_hero_h1_not_named_as_the_headline_keeps_the_title(hero: str) -> None:
    assert _title("en", SHARING, hero) == SHARING


def test_a_short_hero_h1_the_navigation_links_keeps_the_title() -> None:
    nav = "<a href='/series/tide'>Holding back the tide</a><a href='/news'>News</a>"
    assert _title("en", SHARING, "<h1 class='hero__title'>Holding back the tide</h1>", nav) == SHARING


def test_a_series_name_the_title_runs_in_keeps_the_title() -> None:
    sharing = "The Long Read: why the harbour's sea wall failed after forty years"
    assert _title("en", sharing, "<h1 class='hero__title'>The Long Read</h1>") != "The Long Read"


def test_a_series_name_the_tab_title_sets_as_a_segment_keeps_the_title() -> None:
    tab = f"{SHARING} | The Long Read"
    assert _title("en", SHARING, "<h1 class='hero__title'>The Long Read</h1>", tab=tab) == SHARING
