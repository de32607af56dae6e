"""A headline that ends with the source it quotes after a dash ("... — Минтранс", "... – IEA", "... -
INDEC"), on a page with no <h1> headline, lost that source (issue 14): the sharing title states the
headline whole and the tab title adds the site's name after it ("Headline — Минтранс - Новости Гавани,
18.11.2026"), but the sharing title's last segment was cut as a site's name no tag named
(``unnamed_sites.strip_unnamed_site``: a capitalised name after a dash). Now where a sharing title that
names no site is what the tab title holds before the segments naming the site, it is the headline whole
(``titles._head_of_named_tab``). Guards: a section's name the navigation links or a heading prints after
the headline is still cut (test_clean_titles_minor_headings' 'Science and Technology' too); a sharing
title with a name after it and no tab title holding it is cut as before; a headline with an <h1> is
unchanged."""

from __future__ import annotations

import pytest
from helpers import prose
from lxml import html as lxml_html

from cleaner.metadata import page_metadata

SITE = "Harbour Post"
NAV = ("<header><a href='/' class='logo'>Harbour Post</a><nav><a href='/politics'>Politics</a> "
       "<a href='/world'>World</a></nav></header>")


def _title(lang: str, url: str, tab: str, og: str, site: str = SITE, heading: str = "") -> str | None:
    page = (f"<html lang='{lang}'><head><title>{tab}</title><meta property='og:title' content='{og}'>"
            f"<meta property='og:site_name' content='{site}'></head><body>{NAV}<main><article>{heading}"
            f"<div class='article-body'>{prose(6)}</div></article></main></body></html>")
    return page_metadata(lxml_html.fromstring(page), url).title


@pytest.mark.parametrize(("lang", "url", "headline", "tail", "site"), [
    ("ru", "https://www.gavan-news.example/20261118/avtobusy-1951234567.html",
     "Правительство выделит деньги на сельские автобусы — Минтранс", " - Новости Гавани, 18.11.2026",
     "Новости Гавани"),
    ("en", "https://www.harbourpost.example/business/oil-demand-peak",
     "Oil demand to peak before 2030 – IEA", " | Harbour Post", SITE),
    ("es", "https://www.diariopuerto.example/economia/inflacion-octubre",
     "La inflación bajó al 2,1% en octubre - INDEC", " | Diario Puerto", "Diario Puerto"),
])
def test_a_quoted_source_ending_the_headline_stays(lang: str, url: str, headline: str, tail: str,
                                                   site: str) -> None:
    assert _title(lang, url, headline + tail, headline, site) == headline


def test_a_section_the_page_prints_apart_is_still_cut() -> None:
    url = "https://www.harbourpost.example/politics/budget-vote"
    og = "Council delays the harbour budget vote again - Politics"
    assert _title("en", url, f"{og} | {SITE}", og) == "Council delays the harbour budget vote again"
    og = "Council delays the harbour budget vote again - City Hall Watch"
    heading = "<h3>City Hall Watch</h3>"
    expected = "Council delays the harbour budget vote again"
    assert _title("en", url, f"{og} | {SITE}", og, heading=heading) == expected


def test_a_name_after_a_sharing_title_no_tab_title_holds_is_cut_as_before() -> None:
    url = "https://www.harbourpost.example/business/oil-demand-peak"
    og = "Oil demand to peak before 2030 – Harbour Post Business"
    tab = f"Oil demand to peak before 2030 | {SITE}"
    assert _title("en", url, tab, og) == "Oil demand to peak before 2030"


def test_a_headline_with_its_h1_is_unchanged() -> None:
    url = "https://www.harbourpost.example/business/oil-demand-peak"
    headline = "Oil demand to peak before 2030 – IEA"
    assert _title("en", url, f"{headline} | {SITE}", headline, heading=f"<h1>{headline}</h1>") == headline
