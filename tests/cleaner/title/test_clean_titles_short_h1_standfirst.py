"""A headline of two words over the text whose sharing or tab title is the headline, a colon and the
standfirst printed under it ("Faiz sabit: Merkez Bankası politika faizini yüzde 50'de tuttu" over
"<h1>Faiz sabit</h1><p class='spot'>Merkez Bankası politika faizini ...</p>", as CMSs that write the
title from the headline and its standfirst set it) (issue 14): a short <h1> before a colon in the titles
was read as a topic's name run in before the headline (``title_forms._run_in``), and the longer title
came out. Now, where the title's rest is the standfirst printed right under the <h1> (a paragraph, or an
element named as a standfirst: "spot", "bajada", "lead"), the <h1> is the headline. Guards: the title's
rest printed as a heading under the <h1> (a kicker's <h1> over the headline), and printed nowhere.
"""

from __future__ import annotations

import pytest
from helpers import prose
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

CASES = [  # (lang, <h1>, standfirst, its element, address)
    ("tr", "Faiz sabit", "Merkez Bankası politika faizini yüzde 50 seviyesinde tuttu", "p class='spot'",
     "https://egehaber.example/ekonomi/faiz-sabit-123"),
    ("es", "Presupuesto aprobado", "El concejo aprobó el crédito para el nuevo puente del puerto",
     "p class='bajada'", "https://diariodelpuerto.example/politica/presupuesto-aprobado"),
    ("pt", "Orçamento aprovado", "A câmara aprovou o empréstimo para a nova ponte do porto", "p",
     "https://jornaldoporto.example/politica/orcamento-aprovado"),
    ("en", "Budget approved", "Council backs the loan for the new harbour bridge after all-night session",
     "div class='article-lead'", "https://harbourpost.example/news/budget-approved"),
]


def _page(lang: str, h1: str, tab: str, under: str) -> str:
    return (f"<html lang='{lang}'><head><title>{tab} | Harbour Post</title>"
            f"<meta property='og:title' content=\"{tab}\">"
            f"<meta property='og:site_name' content='Harbour Post'>"
            f"</head><body><main><article><h1 class='post-title'>{h1}</h1>{under}"
            f"<div class='content'>{prose(8)}</div></article></main></body></html>")


def _title(lang: str, h1: str, tab: str, under: str, url: str) -> str | None:
    return page_metadata(lxml_html.fromstring(_page(lang, h1, tab, under)), url).title


@pytest.mark.parametrize(("lang", "h1", "dek", "tag", "url"), CASES, ids=[case[0] for case in CASES])
def test_a_short_h1_before_its_standfirst_in_the_title_is_the_headline(lang: str, h1: str, dek: str, tag: str,
                                                                      url: str) -> None:
    under = f"<{tag}>{dek}</{tag.split()[0]}>"
    assert _title(lang, h1, f"{h1}: {dek}", under, url) == h1


def test_the_titles_rest_printed_as_a_headline_under_a_kickers_h1_is_the_headline() -> None:
    headline = "Stadtrat beschließt Kredit für neue Hafenbrücke"
    under = f"<h2 class='article-title'>{headline}</h2>"
    assert _title("de", "Haushalt 2024", f"Haushalt 2024: {headline}", under,
                  "https://nordkurier.example/politik/haushalt-123.html") == headline


def test_the_titles_rest_printed_nowhere_keeps_the_title() -> None:
    title = "Ukraine war: Russia strikes Kyiv power plants overnight"
    assert _title("en", "Ukraine war", title, "<p class='byline'>By Jane Doe</p>",
                  "https://harbourpost.example/world/ukraine-war-strikes") == title
