"""A desk's word beside a wire agency (issue 14): "Redacción, EFE", "Redaktion / dpa", "Rédaction, AFP".
The desk is the outlet's staff, who put the agency's copy on the page; the agency is the author the
byline names. Whichever element holds the line (a byline's class, an author block in the page's
language, a "Von"/"Por" line or a bare line under the headline), the author list is the agency,
as a byline naming a person beside a desk's bare word gives the person. A desk alone stays the
author as written; a desk named with its outlet in one name ("Redacción Prensa Latina") too.
Bylines built from the structures of Spanish, German, French, Polish and Latin American outlets'
templates, not copied from any."""

from __future__ import annotations

import pytest
from test_clean_authors_desks import _page

from cleaner.extract import extract


@pytest.mark.parametrize(("byline", "authors"), [
    # a byline's class: read so before
    ('<div class="byline"><span>Redacción</span>, <span>EFE</span></div>', ["EFE"]),
    ('<div class="byline">Rédaction, AFP</div>', ["AFP"]),
    # an author block in the page's language, with the agency in lower case as dpa writes itself
    ('<div class="autor">Redaktion / dpa</div>', ["dpa"]),
    ('<p class="article__autor">Von Redaktion, dpa</p>', ["dpa"]),
    # a "by" line under the headline, no marker class
    ('<p>Von <span>Redaktion</span>, <span>dpa</span></p>', ["dpa"]),
    ('<p>Por Redacción / AFP</p>', ["AFP"]),
    # a bare line under the headline: the desk, then the agency
    ('<div class="meta"><span>Redacción / AFP</span></div>', ["AFP"]),
    ('<p class="info">Redakcja, PAP</p>', ["PAP"]),
    ('<p class="info">Redaktion, dpa</p>', ["dpa"]),
])
def test_a_desk_beside_an_agency_gives_the_agency(byline: str, authors: list[str]) -> None:
    assert extract(_page(byline=byline)).authors == authors


@pytest.mark.parametrize(("byline", "authors"), [
    ('<div class="byline">Redaktion</div>', ["Redaktion", "The Daily Example"]),  # the outlet after the word
    ('<div class="autor">Anna Schmidt, dpa</div>', ["Anna Schmidt", "dpa"]),
    ('<p>Von Anna Schmidt, dpa</p>', ["Anna Schmidt", "dpa"]),
    ('<p class="info">Anna Schmidt | dpa</p>', ["Anna Schmidt", "dpa"]),
    # a desk's word and a word that is no agency: no credit line
    ('<p class="info">Redacción / Opinión</p>', ["The Daily Example"]),
])
def test_a_desk_alone_or_a_person_with_an_agency_as_before(byline: str, authors: list[str]) -> None:
    assert extract(_page(byline=byline)).authors == authors
