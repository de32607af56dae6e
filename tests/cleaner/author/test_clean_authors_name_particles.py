"""Dutch and German name particles as printed (issue 14): "Anna van der Berg", not "Anna Van Der Berg".
A JSON-LD author written surname first ("Berg, Anna van der") was returned turned and also split as
trafilatura's author reads it ("Berg", "Anna van der"); a name in capitals ("ANNA VAN DER BERG", a
byline's style) or in lower case was capitalised word by word, its particles too. Pages built from the
shapes of Dutch, Flemish and German outlets' templates, not copied from any."""

from __future__ import annotations

import json

import pytest
from helpers import COUNCIL_BODY, byline_page

from cleaner.extract import extract


def _ld_page(author: object) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council passes the budget",
          "author": author}
    return (f'<html><head><title>Council passes the budget</title>'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body><article>'
            f'<h1>Council passes the budget</h1>{COUNCIL_BODY}</article></body></html>')


def _meta_page(author: str) -> str:
    return (f'<html><head><title>Council passes the budget</title><meta name="author" content="{author}">'
            f'</head><body><article><h1>Council passes the budget</h1>{COUNCIL_BODY}</article></body></html>')


@pytest.mark.parametrize(("page", "authors"), [
    (_ld_page({"@type": "Person", "name": "Berg, Anna van der"}), ["Anna van der Berg"]),
    (_ld_page([{"@type": "Person", "name": "Berg, Anna van der"},
               {"@type": "Person", "name": "Vries, Jan de"}]),
     ["Anna van der Berg", "Jan de Vries"]),
    (byline_page('<p class="byline">Door ANNA VAN DER BERG</p>'), ["Anna van der Berg"]),
    (byline_page('<p class="byline">Von HANS VON DOHNANYI</p>'), ["Hans von Dohnanyi"]),
    (byline_page('<p class="byline">door anna van der berg</p>'), ["Anna van der Berg"]),
    (_meta_page("JAN TER HORST"), ["Jan ter Horst"]),
])
def test_the_particles_stay_in_lower_case(page: str, authors: list[str]) -> None:
    assert extract(page).authors == authors


@pytest.mark.parametrize(("page", "authors"), [
    # a lone "Van" is as often a Vietnamese middle name, "De" an Italian surname's: capitalised
    (byline_page('<p class="byline">By NGUYEN VAN AN</p>'), ["Nguyen Van An"]),
    (byline_page('<p class="byline">Di DANIELE DE ROSSI</p>'), ["Daniele De Rossi"]),
    # printed in mixed case: as printed, the Flemish capital too
    (byline_page('<p class="byline">Door Jan Van der Linden</p>'), ["Jan Van der Linden"]),
    (_meta_page("Anna Van Der Berg"), ["Anna Van Der Berg"]),
    (_ld_page({"@type": "Person", "name": "Anna van der Berg"}), ["Anna van der Berg"]),
    (byline_page('<p class="byline">By TOM KRISHER</p>'), ["Tom Krisher"]),
])
def test_other_names_as_before(page: str, authors: list[str]) -> None:
    assert extract(page).authors == authors
