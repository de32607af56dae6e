"""A tab title that is only the site's name, which neither a site-name tag nor the domain spells
(a Persian or Russian name on a Latin domain), over an <h1> headline set apart from the text (issue
14): the logo's link home names the site (its text or its image's alt), so the <h1> is the headline.
Guards: a short headline the logo does not name, and a logo that names another thing, keep the title."""

from __future__ import annotations

import pytest
from helpers import PLANET_DIVS
from lxml import html as lxml_html

from cleaner.metadata import page_metadata
from cleaner.title.taglines import home_names

URL = "https://www.bandarnews.example/fa/news/12345"
PROSE = PLANET_DIVS


def _title(tab: str, logo: str, headline: str) -> str | None:
    body = (f"<header>{logo}<nav><a href='/fa/world'>World</a></nav></header>"
            f"<div class='c'><div class='row'><h1 class='title'>{headline}</h1></div></div>"
            f"<div class='c2'><div>{PROSE}</div></div>")
    page = lxml_html.fromstring(f"<html><head><title>{tab}</title></head><body>{body}</body></html>")
    return page_metadata(page, URL).title


FA_SITE = "خبرگزاری بندر"
FA_HEADLINE = "ستاره‌شناسان بخار آب را در سیاره‌ای دور یافتند"
RU_SITE = "Новости порта"
RU_HEADLINE = "Бюджет порта одобрен после долгого спора"


@pytest.mark.parametrize(("site", "headline", "logo"), [
    (FA_SITE, FA_HEADLINE, f"<a href='/' class='logo'><img alt='{FA_SITE}' src='/logo.png'></a>"),
    (FA_SITE, FA_HEADLINE, f"<a href='/'>{FA_SITE}</a>"),
    (RU_SITE, RU_HEADLINE, f"<a href='https://www.bandarnews.example/'><img alt='{RU_SITE}'></a>"),
])
def test_tab_title_the_logo_names_gives_way_to_the_h1(site: str, headline: str, logo: str) -> None:
    assert _title(site, logo, headline) == headline


def test_a_logo_naming_something_else_keeps_the_title() -> None:
    logo = "<a href='/'><img alt='Портньюс' src='/l.png'></a>"
    assert _title(RU_SITE, logo, RU_HEADLINE) == RU_SITE


def test_home_names_reads_links_home_only() -> None:
    page = lxml_html.fromstring("<html><body><a href='/world'>World</a><a href='/'><img alt='Quayside'>"
                                "</a><a href='/'>Quayside</a></body></html>")
    assert home_names(page) == ["Quayside"]
