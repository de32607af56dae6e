"""A short headline printed as the <h1> over the story under a longer sharing or tab title written for
search that holds its words inflected otherwise (issue 14): "Последняя смена" over "Металлурги вышли на
последнюю смену ...", "Köprüye onay çıktı" over "... köprü projesi için krediyi onayladı". A two-word
<h1> stood only where the title held each of its words letter for letter (``short_headline``), and an
<h1> of three or four words was read as a section's name where no word of it was the title's as
written (``sections.section_name``), so the longer title was returned. Now a word inflected otherwise
counts (``sections.inflected_in``: the same first four letters or more, endings of two and four letters
at most after them): each word of a two-word <h1>, or two words of a longer one (one alone may be a
section's name's by chance). Guards: a section's name sharing one stem with the title ("Science and
Technology" over "Technological leap ..."; "Politik und Wirtschaft" over "Politiker streiten ..."), a
two-word <h1> one of whose words the title lacks, words that only open alike ("approach"/"approval").
"""

from __future__ import annotations

import pytest
from helpers import prose
from lxml import html as lxml_html

from cleaner.metadata import page_metadata
from cleaner.title.sections import inflected_in

SITE = "Harbour Courier"
URL = "https://www.harbourcourier.example/news/2024/03/12/98765.html"
PROSE = prose(8)
NAV = ("<header><a href='/' class='logo'>Harbour Courier</a><nav><a href='/news'>News</a> "
       "<a href='/world'>World</a> <a href='/sport'>Sport</a></nav></header>")

SHORT = [  # (lang, the <h1>, the longer title)
    ("ru", "Последняя смена", "Металлурги вышли на последнюю смену закрывающегося завода"),
    ("fi", "Sillalle lainaa", "Kaupunginvaltuusto hyväksyi lainan uuden sillan rakentamiseen"),
    ("de", "Neue Brücke", "Stadtrat genehmigt Kredit für den Bau der neuen Brücke am Hafen"),
    ("tr", "Köprüye onay çıktı", "Belediye meclisi köprü projesi için krediyi onayladı"),
    ("pl", "Wstrzymana budowa mostów", "Radni wstrzymali budowę nowego mostu na Wiśle"),
]


def _title(lang: str, head: str, h1: str) -> str | None:
    page = (f"<html lang='{lang}'><head>{head}</head><body>{NAV}<main><article><h1>{h1}</h1>{PROSE}"
            "</article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


def _heads(title: str) -> list[str]:
    """The longer title as og:title and in the tab title, and in the tab title alone."""
    return [f"<title>{title} | {SITE}</title><meta property='og:title' content='{title}'>"
            f"<meta property='og:site_name' content='{SITE}'>",
            f"<title>{title} - {SITE}</title><meta property='og:site_name' content='{SITE}'>"]


@pytest.mark.parametrize(("lang", "h1", "longer"), SHORT, ids=[case[0] for case in SHORT])
def test_a_short_h1_the_title_tells_in_other_forms_is_the_headline(lang: str, h1: str, longer: str) -> None:
    for head in _heads(longer):
        assert _title(lang, head, h1) == h1


SECTIONS = [  # a section's name over the story, one stem in common with the headline by chance
    ("en", "Science and Technology", "Technological leap lets sensors map the warming ocean current"),
    ("en", "World News Today", "Worldwide markets slide as oil prices jump after the weekend"),
    ("de", "Politik und Wirtschaft", "Politiker streiten über die Finanzierung der neuen Hafenbrücke"),
]


@pytest.mark.parametrize(("lang", "h1", "longer"), SECTIONS, ids=[case[1] for case in SECTIONS])
def test_a_section_name_sharing_one_stem_stays_a_section(lang: str, h1: str, longer: str) -> None:
    for head in _heads(longer):
        assert _title(lang, head, h1) == longer


def test_a_two_word_h1_one_of_whose_words_the_title_lacks_is_left_alone() -> None:
    longer = "Депутаты одобрили кредит на строительство моста через Обь"
    for head in _heads(longer):
        assert _title("ru", head, "Мост раздора") == longer


def test_inflected_forms() -> None:
    assert inflected_in("смена", {"смену"})
    assert inflected_in("köprüye", {"köprü"})
    assert inflected_in("onay", {"onayladı"})
    assert inflected_in("мост", {"моста"})
    assert not inflected_in("approach", {"approval"})  # endings of three and three letters
    assert not inflected_in("раздора", {"моста", "обь"})
    assert not inflected_in("new", {"news"})  # under four letters: as written only
