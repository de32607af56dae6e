"""A headline the page's HTML writes in capitals (issue 14): "<h1>STADTRAT BESCHLIESST NEUE REGELN</h1>"
under a sharing title in sentence case. The capitals are the page's type, as a style sheet's would be;
the headline's letters are the title's, as the publisher writes it where it states it (og:title, the
tab title), in every script that has capitals. Where the titles are in capitals too, capitals it is.
Guards: a headline set in capitals by a style sheet (``text-transform: uppercase``) is written in its own
letters, and a title in capitals over it gives them; a heading in capitals that is a section's label is
still no headline.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

URL = "https://www.abendpost.example/politik/2025/03/11/stadtrat-mieten-1042.html"
SITE = "Abendpost"
PROSE = "".join(f"<p>Der Stadtrat hat am Dienstagabend nach langer Debatte eine neue Satzung beschlossen "
                f"({n}), die ab Januar für die ganze Innenstadt gilt.</p>" for n in range(6))
HEADLINES = [
    ("Council votes to keep the night ferry running", "COUNCIL VOTES TO KEEP THE NIGHT FERRY RUNNING"),
    ("Stadtrat beschließt neue Regeln für Mieten", "STADTRAT BESCHLIESST NEUE REGELN FÜR MIETEN"),
    ("Belediye meclisi yeni hattı onayladı", "BELEDİYE MECLİSİ YENİ HATTI ONAYLADI"),
    ("Radni zdecydowali o budowie nowej linii", "RADNI ZDECYDOWALI O BUDOWIE NOWEJ LINII"),
    ("Власти утвердили план ремонта дорог", "ВЛАСТИ УТВЕРДИЛИ ПЛАН РЕМОНТА ДОРОГ"),
    ("Το συμβούλιο ενέκρινε τη νέα γραμμή τραμ", "ΤΟ ΣΥΜΒΟΥΛΙΟ ΕΝΕΚΡΙΝΕ ΤΗ ΝΕΑ ΓΡΑΜΜΗ ΤΡΑΜ"),
]


def _title(h1: str, title: str) -> str | None:
    page = (f"<html><head><title>{title} | {SITE}</title><meta property='og:title' content=\"{title}\">"
            f"</head><body><header><a class='logo' href='/'>{SITE}</a></header><main><article>{h1}"
            f"<div class='content'>{PROSE}</div></article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), URL).title


@pytest.mark.parametrize(("stated", "capitals"), HEADLINES)
def test_a_headline_written_in_capitals_takes_the_stated_titles_letters(stated: str, capitals: str) -> None:
    assert _title(f"<h1 class='article-title'>{capitals}</h1>", stated) == stated
    assert _title(f"<h1 class='article-title'>{capitals}</h1>", capitals) == capitals


@pytest.mark.parametrize(("stated", "capitals"), HEADLINES)
def test_a_headline_set_in_capitals_by_a_style_keeps_its_own_letters(stated: str, capitals: str) -> None:
    h1 = f"<h1 style='text-transform: uppercase'>{stated}</h1>"
    assert _title(h1, stated) == stated
    assert _title(h1, capitals) == stated


def test_a_label_in_capitals_is_still_no_headline() -> None:
    stated = "Stadtrat beschließt neue Regeln für Mieten in der Innenstadt"
    h1 = "<h1><a href='/politik'>POLITIK</a></h1>"
    assert _title(h1, stated) == stated
